import { fairsEn } from '../../shared/i18n/fairs-en.ts';
import { fairsKo } from '../../shared/i18n/fairs-ko.ts';
import { useLang } from '../i18n/index.ts';
import { useFairsFeed, useFairsFeedReader, withEvents } from './fairsFeed.ts';
import { ScheduleEvents } from './ScheduleEvents.tsx';
import './schedule.css';

/**
 * /list's 일정: each open or coming fair's events (ScheduleEvents), read after hydration. Shown only
 * when some fair has events left; a reminder's notice comes from EventReminders, over any page.
 */
export function ScheduleSection() {
  useFairsFeedReader();
  const fairs = withEvents(useFairsFeed((f) => f.fairs));
  const { lang } = useLang();
  const s = lang === 'ko' ? fairsKo : fairsEn;
  if (fairs.length === 0) return null;
  return (
    <section className="card schedule" aria-labelledby="schedule-title">
      <h2 id="schedule-title">{s.scheduleTitle}</h2>
      <p>{s.scheduleLead}</p>
      <ScheduleEvents fairs={fairs} heading="h3" />
    </section>
  );
}
