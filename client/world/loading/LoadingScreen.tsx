import type { CSSProperties } from 'react';
import type { sceneKo } from '../../../shared/i18n/scene-ko.ts';
import { overallPercent, STAGES, type StageId, type StageProgress } from './progress.ts';

type Strings = { [K in keyof typeof sceneKo]: string };

const STAGE_LABEL: Record<StageId, keyof Strings> = {
  engine: 'stageEngine',
  catalogue: 'stageCatalogue',
  font: 'stageFont',
  signs: 'stageSigns',
  frame: 'stageFrame',
};

const overlay: CSSProperties = {
  position: 'absolute',
  inset: 0,
  display: 'grid',
  placeItems: 'center',
  background: 'linear-gradient(180deg, #dfeff7 0%, #f4eee4 100%)',
  color: '#1b1b1f',
  font: 'inherit',
  // Above the HUD (10) and its dialogs (30): nothing of the world is usable before it is ready.
  zIndex: 40,
};
const card: CSSProperties = { width: 'min(26rem, 90vw)', padding: '1.5rem', borderRadius: 16, background: '#ffffffee', boxShadow: '0 8px 30px #0002' };
const track: CSSProperties = { height: 12, borderRadius: 6, background: '#e4ded3', overflow: 'hidden' };
const list: CSSProperties = { listStyle: 'none', padding: 0, margin: '1rem 0 0', display: 'grid', gap: 4, fontSize: '0.9rem' };
const button: CSSProperties = { font: 'inherit', padding: '0.5rem 1rem', borderRadius: 8, border: '2px solid #1b1b1f', background: '#1b1b1f', color: '#fff', cursor: 'pointer' };

export interface LoadingScreenProps {
  strings: Strings;
  progress: StageProgress;
  error: string | null;
  onRetry: () => void;
  listHref: string;
}

/** The progress overlay shown over the (still loading) canvas; a real bar fed by each stage's bytes/steps. */
export function LoadingScreen({ strings, progress, error, onRetry, listHref }: LoadingScreenProps) {
  const pct = overallPercent(progress);
  return (
    <div style={overlay} data-testid="world-loading">
      <div style={card}>
        <h1 id="world-loading-title" style={{ fontSize: '1.25rem', margin: '0 0 1rem' }}>
          {error ? strings.errorTitle : strings.progressLabel}
        </h1>
        {error ? (
          <div role="alert">
            <p style={{ margin: '0 0 1rem', wordBreak: 'break-word' }}>{error}</p>
            <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
              <button type="button" style={button} onClick={onRetry}>
                {strings.retry}
              </button>
              <a href={listHref}>{strings.toList}</a>
            </div>
          </div>
        ) : (
          <>
            <div
              role="progressbar"
              aria-labelledby="world-loading-title"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={pct}
              aria-valuetext={`${pct}%`}
              style={track}
            >
              <div style={{ width: `${pct}%`, height: '100%', background: '#F26B3A', transition: 'width 120ms linear' }} />
            </div>
            <ul style={list}>
              {STAGES.map((id) => {
                const f = progress[id];
                const state = f >= 1 ? strings.stageDone : f > 0 ? `${Math.floor(f * 100)}%` : strings.stageWaiting;
                return (
                  <li key={id} style={{ display: 'flex', justifyContent: 'space-between', opacity: f >= 1 ? 0.6 : 1 }}>
                    <span>{strings[STAGE_LABEL[id]]}</span>
                    <span>{state}</span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
