import { useEffect, useState } from 'react';
import { PublicFairListSchema, type FairEvent, type PublicFair } from '../../shared/api/fairs.ts';
import { fairsEn } from '../../shared/i18n/fairs-en.ts';
import { fairsKo } from '../../shared/i18n/fairs-ko.ts';
import { formatSeoul } from '../../shared/schemas/fairTime.ts';
import { useLang } from '../i18n/index.ts';
import { askNotifications, notify, reminderDelay } from './reminders.ts';

/** The published fairs open or coming, read after hydration (the server's /list HTML holds none: the schedule changes by the clock). */
function useFairs(): PublicFair[] {
  const [fairs, setFairs] = useState<PublicFair[]>([]);
  useEffect(() => {
    let live = true;
    fetch('/api/fairs', { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : null))
      .then((body: unknown) => {
        const parsed = PublicFairListSchema.safeParse(body);
        if (live && parsed.success) setFairs(parsed.data.fairs);
      })
      // No schedule is shown rather than a broken one; the rest of /list does not depend on it.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return fairs;
}

/**
 * /list's 일정: each open or coming fair's events with their times in Seoul, a calendar file each, and
 * "알림 받기": when the event starts while the page is open, a notice here (and a system notification
 * if allowed). Shown only when some fair has events. Its strings are read straight from
 * shared/i18n/fairs-*, like the landing page's fairs.
 */
export function ScheduleSection() {
  const fairs = useFairs();
  const { lang, l } = useLang();
  const s = lang === 'ko' ? fairsKo : fairsEn;
  const [reminded, setReminded] = useState<ReadonlySet<number>>(new Set());
  const [started, setStarted] = useState<FairEvent | null>(null);

  useEffect(() => {
    const timers = fairs
      .flatMap((f) => f.events)
      .filter((e) => reminded.has(e.id))
      .map((e) => {
        const delay = reminderDelay(e.startsAt, Date.now());
        return delay === null
          ? undefined
          : setTimeout(() => {
              setStarted(e);
              notify(`${s.startsNow}: ${l(e.title)}`, formatSeoul(new Date(e.startsAt), lang));
            }, delay);
      });
    return () => timers.forEach((t) => clearTimeout(t));
  }, [fairs, reminded, s, l, lang]);

  const withEvents = fairs.filter((f) => f.events.length > 0);
  if (withEvents.length === 0) return null;
  const remind = (e: FairEvent) => {
    setReminded((r) => new Set([...r, e.id]));
    void askNotifications();
  };
  return (
    <section className="card schedule" aria-labelledby="schedule-title">
      <h2 id="schedule-title">{s.scheduleTitle}</h2>
      <p>{s.scheduleLead}</p>
      <div role="alert">
        {started ? (
          <p className="notice">
            {s.startsNow}: <strong>{l(started.title)}</strong>
          </p>
        ) : null}
      </div>
      {withEvents.map((f) => (
        <section key={f.slug} aria-labelledby={`schedule-${f.slug}`}>
          <h3 id={`schedule-${f.slug}`}>
            {l(f.title)} · <a href={`/f/${f.slug}`}>{s.fairPage}</a>
          </h3>
          <ol className="schedule__events">
            {f.events.map((e) => (
              <li key={e.id} data-event={e.id}>
                <strong>{l(e.title)}</strong> ({s[`kind_${e.kind}`]}) · <time dateTime={e.startsAt}>{formatSeoul(new Date(e.startsAt), lang)}</time>{' '}
                <a href={`/f/${f.slug}/events/${e.id}.ics?lang=${lang}`} download>
                  {s.addToCalendar}
                  <span className="visually-hidden"> {l(e.title)}</span>
                </a>{' '}
                {reminded.has(e.id) ? (
                  <span role="status">{s.reminderSet}</span>
                ) : reminderDelay(e.startsAt, Date.now()) !== null ? (
                  <button type="button" className="button" onClick={() => remind(e)}>
                    {s.remind}
                    <span className="visually-hidden"> {l(e.title)}</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
