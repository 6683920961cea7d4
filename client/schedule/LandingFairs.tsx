import type { PublicFair } from '../../shared/api/fairs.ts';
import { fairsEn } from '../../shared/i18n/fairs-en.ts';
import { fairsKo } from '../../shared/i18n/fairs-ko.ts';
import { formatSeoul } from '../../shared/schemas/fairTime.ts';
import { useLang } from '../i18n/index.ts';
import { useServedFairs } from './servedFairs.ts';

/** How many of an open fair's next events the landing page names (the rest are on its page). */
const NEXT_EVENTS = 3;

/**
 * The landing page's fairs: those open now (with their next events) and those coming, each linking
 * to its page. Its strings are read straight from shared/i18n/fairs-*: the landing page's i18n
 * resources stay the pages' own, and this renders on the server only.
 */
export function LandingFairs() {
  const fairs = useServedFairs();
  const { lang, l } = useLang();
  if (!fairs || fairs.open.length + fairs.coming.length === 0) return null;
  const s = lang === 'ko' ? fairsKo : fairsEn;
  const dates = (f: PublicFair) => `${formatSeoul(new Date(f.startsAt), lang)} – ${formatSeoul(new Date(f.endsAt), lang)}`;
  const item = (f: PublicFair, open: boolean) => (
    <li key={f.slug} className="landing-fairs__fair">
      <a href={`/f/${f.slug}`}>{l(f.title)}</a> <span className="landing-fairs__state">{open ? s.fairOpenNow : s.fairComing}</span>
      <br />
      {dates(f)}
      {open ? (
        <ul>
          {f.events.slice(0, NEXT_EVENTS).map((e) => (
            <li key={e.id}>
              {s[`kind_${e.kind}`]} · {l(e.title)} · {formatSeoul(new Date(e.startsAt), lang)}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
  return (
    <section className="highlights landing-fairs" aria-labelledby="landing-fairs-title">
      <h2 id="landing-fairs-title">{s.upcomingFairs}</h2>
      <p className="hero__hint">{s.timesNote}</p>
      <ul className="highlights__list">
        {fairs.open.map((f) => item(f, true))}
        {fairs.coming.map((f) => item(f, false))}
      </ul>
    </section>
  );
}
