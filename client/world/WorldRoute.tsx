import { Component, useCallback, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { fontUrl } from 'virtual:glyph-coverage';
import { sceneEn } from '../../shared/i18n/scene-en.ts';
import { sceneKo } from '../../shared/i18n/scene-ko.ts';
import { useCatalogue } from '../data/catalogue.ts';
import { useLang } from '../i18n/index.ts';
import { useFairLink } from '../ui/fairLink.ts';
import { LoadingScreen } from './loading/LoadingScreen.tsx';
import { byteFraction, NO_PROGRESS, type StageId, type StageProgress } from './loading/progress.ts';
import { loadSignFont } from './loading/signFont.ts';
import { detectWebGL } from './webgl.ts';
import type { WorldAppProps } from './WorldApp.tsx';

/**
 * /world and /booth/:id: the LIGHT route chunk (no three.js here). It checks WebGL, then loads in
 * parallel the heavy 3D chunk (WorldApp), the catalogue and the sign font, showing real progress, and
 * keeps the overlay up until the scene reports its signs laid out and a frame drawn after them.
 * The router renders this same element for both paths, so it stays mounted across them.
 */

/** The sign font (WOFF2) is ~560 KB; used for the bar while Content-Length is unknown. */
const EXPECTED_FONT_BYTES = 560_000;

type WorldAppComponent = ComponentType<WorldAppProps>;
let engine: Promise<WorldAppComponent> | null = null;

function loadEngine(): Promise<WorldAppComponent> {
  engine ??= import('./WorldApp.tsx').then((m) => m.default);
  engine.catch(() => {
    engine = null; // let "retry" import again
  });
  return engine;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Catches errors thrown while the 3D app mounts or renders (e.g. a WebGL context that fails). */
class WorldErrorBoundary extends Component<{ onError: (m: string) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    this.props.onError(message(error));
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

export default function WorldRoute() {
  const navigate = useNavigate();
  const fairLink = useFairLink();
  const { lang } = useLang();
  const strings = lang === 'en' ? sceneEn : sceneKo;
  const [webgl] = useState(() => detectWebGL());
  const catalogue = useCatalogue();
  const [attempt, setAttempt] = useState(0);
  const [progress, setProgress] = useState<StageProgress>(NO_PROGRESS);
  const [error, setError] = useState<string | null>(null);
  const [App, setApp] = useState<WorldAppComponent | null>(null);
  const [fontReady, setFontReady] = useState(false);
  const [ready, setReady] = useState(false);

  const stage = useCallback((id: StageId, f: number) => {
    setProgress((p) => (p[id] === f ? p : { ...p, [id]: f }));
  }, []);

  useEffect(() => {
    if (!webgl.webgl2) void navigate(fairLink('/list?notice=no-webgl'), { replace: true });
  }, [webgl, navigate, fairLink]);

  // The 3D engine chunk: lazy, so / and /list never pay for three.js.
  useEffect(() => {
    if (!webgl.webgl2) return;
    let live = true;
    loadEngine().then(
      (C) => {
        if (!live) return;
        setApp(() => C);
        stage('engine', 1);
      },
      (e: unknown) => live && setError(message(e)),
    );
    return () => {
      live = false;
    };
  }, [attempt, webgl, stage]);

  // The sign font, streamed for byte progress, then registered with the FontFace API.
  useEffect(() => {
    if (!webgl.webgl2) return;
    let live = true;
    loadSignFont(fontUrl, ({ loaded, total }) => live && stage('font', Math.min(0.99, byteFraction(loaded, total, EXPECTED_FONT_BYTES)))).then(
      () => {
        if (!live) return;
        setFontReady(true);
        stage('font', 1);
      },
      (e: unknown) => live && setError(message(e)),
    );
    return () => {
      live = false;
    };
  }, [attempt, webgl, stage]);

  useEffect(() => {
    stage('catalogue', catalogue.status === 'ready' ? 1 : 0);
  }, [catalogue.status, stage]);

  const onSignsProgress = useCallback((f: number) => stage('signs', f), [stage]);
  const onReady = useCallback(() => {
    stage('frame', 1);
    setReady(true);
  }, [stage]);

  const retry = (): void => {
    if (catalogue.status === 'error') catalogue.retry();
    setError(null);
    setReady(false);
    setProgress((p) => ({ ...p, signs: 0, frame: 0 }));
    setAttempt((a) => a + 1);
  };

  if (!webgl.webgl2) return null;
  const shownError = error ?? (catalogue.status === 'error' ? catalogue.message : null);
  const canMount = App && fontReady && catalogue.status === 'ready' && !error;

  return (
    <div style={{ position: 'fixed', inset: 0, overflow: 'hidden', background: '#dfeff7' }}>
      {canMount && (
        <WorldErrorBoundary key={attempt} onError={setError}>
          <App catalogue={catalogue.catalogue} onSignsProgress={onSignsProgress} onReady={onReady} />
        </WorldErrorBoundary>
      )}
      {(!ready || shownError) && (
        <LoadingScreen strings={strings} progress={progress} error={shownError} onRetry={retry} listHref={fairLink('/list')} />
      )}
    </div>
  );
}
