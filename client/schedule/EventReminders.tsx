/**
 * Mounted once per page beside the live notices (App.tsx): when an event the visitor asked to be
 * reminded of starts (reminders.ts), a notice over whatever page is open, and a system notification
 * if the visitor allowed them.
 */
import { useEffect, useRef } from 'react';
import { fairsEn } from '../../shared/i18n/fairs-en.ts';
import { fairsKo } from '../../shared/i18n/fairs-ko.ts';
import { formatSeoul } from '../../shared/schemas/fairTime.ts';
import { useLang } from '../i18n/index.ts';
import { notify } from '../ui/notifications.ts';
import { useReminders } from './reminders.ts';

export function EventReminders() {
  const { lang, l } = useLang();
  const s = lang === 'ko' ? fairsKo : fairsEn;
  const started = useReminders((r) => r.started);
  const dismiss = useReminders((r) => r.dismiss);
  const told = useRef(new Set<number>());

  useEffect(() => {
    for (const e of started) {
      if (told.current.has(e.id)) continue;
      told.current.add(e.id);
      notify(`${s.startsNow}: ${l(e.title)}`, formatSeoul(new Date(e.startsAt), lang));
    }
  }, [started, s, l, lang]);

  // Each notice is an alert of its own, announced as it appears; no empty alert region stands on every page.
  return (
    <div>
      {started.map((e) => (
        <div key={e.id} className="page-notice" role="alert">
          <p className="page-notice__text">
            {s.startsNow}: {l(e.title)}
          </p>
          <button type="button" className="button" onClick={() => dismiss(e.id)}>
            {s.dismiss}
            <span className="visually-hidden"> {l(e.title)}</span>
          </button>
        </div>
      ))}
    </div>
  );
}
