import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/catalogue/search.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { useLang } from '../../i18n/index.ts';
import { SearchBox } from '../../ui/SearchBox.tsx';
import { PanelFrame } from '../booth-panel/PanelFrame.tsx';
import { usePanelDismiss } from '../booth-panel/usePanelDismiss.ts';
import { useWorld, useWorldState } from '../state/context.ts';
import { planGuide, targetOfHit, type ActiveGuide } from '../state/guiding.ts';
import './guide.css';

const TITLE_ID = 'guide-title';

/** The name of what the visitor is guided to, in the page's language. */
function goalName(layout: Layout, g: ActiveGuide, l: (x: { ko: string; en: string }) => string): string {
  const found = g.target.kind === 'booth' ? layout.booths.find((b) => b.id === g.target.id) : layout.areas.find((a) => a.id === g.target.id);
  return found ? l(found.title) : '';
}

/**
 * 시웃이's panel, "어디로 갈까?" (issue 12 §2): the world's own search (SearchBox, the catalogue's
 * one matcher) over booths, zones and topics; choosing one draws the path on the floor from where
 * the visitor stands (guiding.ts) and lists the way as text, the areas it passes then the goal, with
 * "안내 끝내기". He says interface sentences only. In the world panels' frame (focus, Esc, a sheet on
 * a phone), where a phone's sheet folds away once a way is chosen so the path shows.
 */
export function GuidePanel({ onClose, narrow }: { onClose(): void; narrow: boolean }) {
  const { store, frame } = useWorld();
  const { t } = useTranslation('world');
  const { l } = useLang();
  const guide = useWorldState((s) => s.guide);
  const layout = useWorldState((s) => s.layout);
  const [noWay, setNoWay] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  usePanelDismiss(ref, onClose);
  useEffect(() => {
    ref.current?.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true });
  }, []);

  const choose = (hit: SearchHit) => {
    const s = store.getState();
    const g = planGuide(s.layout, targetOfHit(hit), frame.player.position);
    setNoWay(g === null);
    s.setGuide(g);
    if (!g) return;
    s.announce(`${t('guideThisWay')} ${t('guideFollow', { name: l(hit.title) })}`);
    // Hand the keys back to walking: focus left in the field would swallow WASD.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    if (narrow) onClose();
  };
  const end = () => {
    store.getState().setGuide(null);
    ref.current?.querySelector<HTMLInputElement>('input')?.focus();
  };
  const areaTitle = (id: string): string => {
    const a = layout.areas.find((x) => x.id === id);
    return a ? l(a.title) : '';
  };

  return (
    <PanelFrame panelRef={ref} className="guide-panel" titleId={TITLE_ID} expandLabel={t('guideExpand')} shrinkLabel={t('guideShrink')} onClose={onClose}>
      <h2 id={TITLE_ID} className="guide-panel__title">{t('guideTitle')}</h2>
      <p className="guide-panel__hint">{t('guideSearchHint')}</p>
      <SearchBox onSelect={choose} className="guide-panel__search" />
      {noWay ? <p role="status">{t('guideNoWay')}</p> : null}
      {guide ? (
        <section className="guide-panel__way" aria-labelledby="guide-way">
          <p className="guide-panel__say">
            <strong>{t('guideThisWay')}</strong> {t('guideFollow', { name: goalName(layout, guide, l) })}
          </p>
          <h3 id="guide-way">{t('guideDirections')}</h3>
          <ol className="guide-panel__steps">
            {guide.areas.map((id) => (
              <li key={id}>{areaTitle(id)}</li>
            ))}
            {guide.target.kind === 'booth' ? <li>{goalName(layout, guide, l)}</li> : null}
          </ol>
          <button type="button" className="btn-pill guide-panel__end" onClick={end}>
            {t('guideEnd')}
          </button>
        </section>
      ) : null}
    </PanelFrame>
  );
}
