import type { ReactNode } from 'react';
import type { FairEvent, PublicFair } from '../../shared/api/fairs.ts';
import { fairsEn } from '../../shared/i18n/fairs-en.ts';
import { fairsKo } from '../../shared/i18n/fairs-ko.ts';
import { formatSeoul } from '../../shared/schemas/fairTime.ts';
import { useLang } from '../i18n/index.ts';
import { useLivesNow, useLivesNowFeed } from '../live/livesNow.ts';
import { reminderDelay, useReminders } from './reminders.ts';

export interface ScheduleEventsProps {
  /** Fairs with events left (fairsFeed.ts `withEvents`). */
  fairs: readonly PublicFair[];
  /** The level of each fair's heading where the list stands. */
  heading: 'h2' | 'h3';
  /** What an event at a booth offers besides its time (the world: go there), or nothing. */
  boothAction?: (event: FairEvent) => ReactNode;
}

/**
 * Each fair's events with their times in Seoul, what is happening now, a live sale's booth on air, a
 * calendar file and "알림 받기" (one reminder store for the page: reminders.ts). /list's 일정 and the
 * world's panel both show this. Strings straight from shared/i18n/fairs-*.
 */
export function ScheduleEvents({ fairs, heading: Heading, boothAction }: ScheduleEventsProps) {
  const { lang, l } = useLang();
  const s = lang === 'ko' ? fairsKo : fairsEn;
  const asked = useReminders((r) => r.asked);
  const remind = useReminders((r) => r.remind);
  const hasLives = fairs.some((f) => f.events.some((e) => e.kind === 'live'));
  useLivesNowFeed(hasLives);
  const onAir = useLivesNow((n) => n.lives);
  const now = Date.now();

  return fairs.map((f) => (
    <section key={f.slug} className="schedule__fair" aria-labelledby={`schedule-${f.slug}`}>
      <Heading id={`schedule-${f.slug}`}>
        {l(f.title)} · <a href={`/f/${f.slug}`}>{s.fairPage}</a>
      </Heading>
      <ol className="schedule__events">
        {f.events.map((e) => (
          <li key={e.id} data-event={e.id}>
            <strong>{l(e.title)}</strong> ({s[`kind_${e.kind}`]}) · <time dateTime={e.startsAt}>{formatSeoul(new Date(e.startsAt), lang)}</time>
            {Date.parse(e.startsAt) <= now ? <span className="schedule__now"> · {s.happeningNow}</span> : null}
            {e.kind === 'live' && onAir?.some((live) => live.boothId === e.boothId) ? <span className="schedule__on-air">{s.onAirNow}</span> : null}{' '}
            <a href={`/f/${f.slug}/events/${e.id}.ics?lang=${lang}`} download>
              {s.addToCalendar}
              <span className="visually-hidden"> {l(e.title)}</span>
            </a>{' '}
            {asked.has(e.id) ? (
              <span role="status">{s.reminderSet}</span>
            ) : reminderDelay(e.startsAt, now) !== null ? (
              <button type="button" className="button" onClick={() => remind(e)}>
                {s.remind}
                <span className="visually-hidden"> {l(e.title)}</span>
              </button>
            ) : null}
            {e.boothId && boothAction ? <> {boothAction(e)}</> : null}
          </li>
        ))}
      </ol>
    </section>
  ));
}
