import { Component, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import { detectWebGL } from '../../world/webgl.ts';
import type { PreviewSceneProps } from './PreviewScene.tsx';
import { useDebounced } from './useDebounced.ts';
import './preview.css';

type SceneComponent = (props: PreviewSceneProps) => ReactNode;
let engine: Promise<SceneComponent> | null = null;

/** The scene's chunk (three.js and the world's parts) and the sign font, fetched the first time the panel opens. */
function loadEngine(): Promise<SceneComponent> {
  engine ??= import('./engine.ts').then((m) => m.loadPreviewScene());
  engine.catch(() => {
    engine = null; // closing and opening the panel tries again
  });
  return engine;
}

/** A redraw follows the form after the member pauses typing this long. */
const DEBOUNCE_MS = 300;

/** Catches a scene that fails to mount (e.g. a WebGL context the browser refuses), so the page stays. */
class SceneBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function PreviewBody({ catalogue, boothId, name }: { catalogue: Catalogue; boothId: string; name: string }) {
  const { t } = useTranslation();
  const [webgl] = useState(() => detectWebGL());
  const [Scene, setScene] = useState<SceneComponent | null>(null);
  const [failed, setFailed] = useState(false);
  const shown = useDebounced(catalogue, DEBOUNCE_MS);

  useEffect(() => {
    if (!webgl.webgl2) return;
    let live = true;
    loadEngine().then(
      (C) => live && setScene(() => C),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [webgl]);

  if (!webgl.webgl2) return <p className="preview3d__note" role="status">{t('boothEdit:preview3dNoWebGL')}</p>;
  const failure = <p className="preview3d__note" role="alert">{t('boothEdit:preview3dFailed')}</p>;
  if (failed) return failure;
  if (!Scene) return <p className="preview3d__note" role="status">{t('boothEdit:preview3dLoading')}</p>;
  return (
    <>
      <SceneBoundary fallback={failure}>
        <Scene catalogue={shown} boothId={boothId} label={t('boothEdit:preview3dLabel', { name })} unplaced={t('boothEdit:preview3dUnplaced')} />
      </SceneBoundary>
      <p className="hint">{t('boothEdit:preview3dHint')}</p>
    </>
  );
}

/**
 * "3D 미리보기": the draft booth as the world will draw it, before anything is saved. Closed at first;
 * opening it fetches the 3D code (never part of the studio pages' first load), closing it unmounts the
 * canvas (its GPU memory goes with it). Without WebGL2 it says so; the text preview beside it stays.
 */
export function Preview3D({ catalogue, boothId, name }: { catalogue: Catalogue | undefined; boothId: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="preview3d" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('boothEdit:preview3dTitle')}</summary>
      {open && catalogue ? <PreviewBody catalogue={catalogue} boothId={boothId} name={name} /> : null}
    </details>
  );
}
