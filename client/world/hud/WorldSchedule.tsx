import { useEffect, useRef } from 'react';
import type { FairEvent } from '../../../shared/api/fairs.ts';
import { fairsEn } from '../../../shared/i18n/fairs-en.ts';
import { fairsKo } from '../../../shared/i18n/fairs-ko.ts';
import { useLang } from '../../i18n/index.ts';
import { useFairsFeed, useFairsFeedReader, withEvents } from '../../schedule/fairsFeed.ts';
import { ScheduleEvents } from '../../schedule/ScheduleEvents.tsx';
import '../../schedule/schedule.css';
import { PanelFrame } from '../booth-panel/PanelFrame.tsx';
import { usePanelDismiss } from '../booth-panel/usePanelDismiss.ts';
import { CalendarIcon } from './HudIcon.tsx';
import { useWorld } from '../state/context.ts';

/** The fairs with events left, read while the world is open (one read shared with any other schedule on the page). */
export function useWorldFairs() {
  useFairsFeedReader();
  return withEvents(useFairsFeed((f) => f.fairs));
}

/** The toolbar's 일정 button, a pictogram like its neighbours: there only while some fair has events left, so a quiet day adds nothing to the HUD. */
export function ScheduleButton({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const { lang } = useLang();
  const s = lang === 'ko' ? fairsKo : fairsEn;
  if (useWorldFairs().length === 0) return null;
  return (
    <button type="button" className="btn-pill world-hud__button world-hud__schedule" aria-expanded={open} title={s.scheduleTitle} onClick={onToggle}>
      <CalendarIcon />
      <span className="visually-hidden">{s.scheduleTitle}</span>
    </button>
  );
}

/**
 * The world's 일정: the same schedule as /list (ScheduleEvents) in a panel beside the world, built
 * like the info desk's (PanelFrame, focus and Esc rules), where an event at a booth opens it
 * (the booth route stands the visitor in front of it).
 */
export function SchedulePanel({ onOpenBooth, onClose }: { onOpenBooth(boothId: string): void; onClose(): void }) {
  const { lang, l } = useLang();
  const s = lang === 'ko' ? fairsKo : fairsEn;
  const { store } = useWorld();
  const ref = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  usePanelDismiss(ref, onClose);
  useEffect(() => title.current?.focus({ preventScroll: true }), []);
  const fairs = useWorldFairs();
  const known = (e: FairEvent) => e.boothId !== null && store.getState().layout.booths.some((b) => b.id === e.boothId);

  return (
    <PanelFrame panelRef={ref} className="schedule-panel" titleId="world-schedule-title" expandLabel={s.scheduleExpand} shrinkLabel={s.scheduleShrink} onClose={onClose}>
      <h2 id="world-schedule-title" tabIndex={-1} ref={title}>
        {s.scheduleTitle}
      </h2>
      <p>{s.scheduleWorldLead}</p>
      <ScheduleEvents
        fairs={fairs}
        heading="h3"
        boothAction={(e) =>
          known(e) ? (
            <button type="button" className="button" onClick={() => onOpenBooth(e.boothId!)}>
              {s.goToBooth}
              <span className="visually-hidden"> {l(e.title)}</span>
            </button>
          ) : null
        }
      />
    </PanelFrame>
  );
}
