/**
 * The HTML of a timed fair's page (/f/:slug) as the server sends it: before its start, when it opens
 * (Seoul's date and time, and how far off); while it runs, its booths and schedule with the ways in
 * (world, list: the fair's own hall and booths, `?fair=<slug>`); after it, that it has ended. Complete as rendered, like the landing page: plain
 * links, no app started on it. Pure: the fair, the venue, the clock and the language in, text out.
 */
import { ENTERPRISE_ZONE_ID, ENTERPRISE_ZONE_TITLE, findBooth, listZones } from '../../shared/catalogue/booths.ts';
import { en } from '../../shared/i18n/en.ts';
import { fairsEn } from '../../shared/i18n/fairs-en.ts';
import { fairsKo } from '../../shared/i18n/fairs-ko.ts';
import { ko } from '../../shared/i18n/ko.ts';
import { withFair } from '../../shared/api/fairLink.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { fairStatus, formatSeoul, formatUntil } from '../../shared/schemas/fairTime.ts';
import type { Lang, Localized } from '../../shared/schemas/localized.ts';
import type { FairEventRow, TimedFair } from '../db/fairsRepo.ts';
import { escapeHtml as e } from '../http/ssrDocument.ts';

const STRINGS = { ko: { fairs: fairsKo, common: ko.common }, en: { fairs: fairsEn, common: en.common } };

export interface FairPageText {
  title: string;
  description: string;
  siteName: string;
  html: string;
}

const time = (at: Date, lang: Lang) => `<time datetime="${at.toISOString()}">${e(formatSeoul(at, lang))}</time>`;

/** A booth's name in the venue, or its id when the venue no longer has it open. */
function boothName(venue: Catalogue, id: string, lang: Lang): string {
  const booth = findBooth(venue, id);
  return booth ? booth.summary.title[lang] : id;
}

/** Where an event happens in words: its booth's name, or its zone's, or null. */
export function placeName(venue: Catalogue, ev: Pick<FairEventRow, 'boothId' | 'zoneId'>, lang: Lang): string | null {
  if (ev.boothId !== null) return boothName(venue, ev.boothId, lang);
  if (ev.zoneId === null) return null;
  if (ev.zoneId === ENTERPRISE_ZONE_ID) return ENTERPRISE_ZONE_TITLE[lang];
  return listZones(venue).find((z) => z.id === ev.zoneId)?.title[lang] ?? null;
}

function eventItem(ev: FairEventRow, fairSlug: string, venue: Catalogue, lang: Lang): string {
  const s = STRINGS[lang].fairs;
  const name = placeName(venue, ev, lang);
  const where = ev.boothId !== null ? `<a href="${e(withFair(`/booth/${encodeURIComponent(ev.boothId)}?view=list`, fairSlug))}">${e(name ?? ev.boothId)}</a>` : name === null ? '' : e(name);
  const place = where ? ` · ${e(s.atBooth)}: ${where}` : '';
  const ics = ` · <a href="/f/${e(fairSlug)}/events/${ev.id}.ics?lang=${lang}" download>${e(s.addToCalendar)}<span class="visually-hidden"> ${e(ev.title[lang])}</span></a>`;
  return `<li class="fair-event" data-event="${ev.id}"><span class="fair-event__kind">${e(s[`kind_${ev.kind}`])}</span> <strong>${e(ev.title[lang])}</strong><br />${time(ev.startsAt, lang)} – ${time(ev.endsAt, lang)}${place}${ics}</li>`;
}

export function renderFairPage(fair: TimedFair, venue: Catalogue, now: Date, lang: Lang): FairPageText {
  const s = STRINGS[lang];
  const name = (l: Localized) => e(l[lang]);
  const status = fairStatus(fair, now);
  const langLinks = (['ko', 'en'] as const)
    .map((code) => `<a href="?lang=${code}" lang="${code}" hreflang="${code}" class="lang-switch__button"${code === lang ? ' aria-current="true"' : ''}>${e(s.common[code === 'ko' ? 'langKo' : 'langEn'])}</a>`)
    .join('');
  const header = `<header class="site-header"><a class="skip-link" href="#main">${e(s.common.skipToContent)}</a><div class="site-header__bar"><a href="/" class="brand"><span class="brand__name">${e(s.common.appName)}</span></a><div class="lang-switch" role="group" aria-label="${e(s.common.languageGroup)}">${langLinks}</div></div></header>`;

  let body: string;
  if (status === 'upcoming') {
    body = `<p class="lead fair-status" data-status="upcoming">${e(s.fairs.upcomingLead)} ${time(fair.startsAt, lang)} (${e(formatUntil(fair.startsAt, now, lang))})</p>`;
  } else if (status === 'ended') {
    body = `<p class="lead fair-status" data-status="ended">${e(s.fairs.endedLead)} ${e(s.fairs.endedAt)}: ${time(fair.endsAt, lang)}</p><p><a href="/">${e(s.fairs.backHome)}</a></p>`;
  } else {
    const booths = fair.boothIds.length
      ? `<ul class="fair-booths">${fair.boothIds.map((id) => `<li><a href="${e(withFair(`/booth/${encodeURIComponent(id)}?view=list`, fair.slug))}">${e(boothName(venue, id, lang))}</a></li>`).join('')}</ul>`
      : `<p>${e(s.fairs.noBooths)}</p>`;
    const events = fair.events.length ? `<ol class="fair-schedule">${fair.events.map((ev) => eventItem(ev, fair.slug, venue, lang)).join('')}</ol>` : `<p>${e(s.fairs.noEvents)}</p>`;
    body = [
      `<p class="lead fair-status" data-status="open">${e(s.fairs.openLead)} ${e(s.fairs.until)}: ${time(fair.endsAt, lang)}</p>`,
      `<p class="inline-links"><a class="button button--primary" href="${e(withFair('/world', fair.slug))}">${e(s.fairs.enterWorld)}</a> <a class="button button--secondary" href="${e(withFair('/list', fair.slug))}">${e(s.fairs.openList)}</a></p>`,
      `<h2>${e(s.fairs.boothsTitle)}</h2>${booths}`,
      `<h2>${e(s.fairs.scheduleTitle)}</h2><p class="hint">${e(s.fairs.timesNote)}</p>${events}`,
    ].join('');
  }
  const title = fair.title[lang];
  return {
    title,
    siteName: s.common.appName,
    description: `${title} · ${formatSeoul(fair.startsAt, lang)} – ${formatSeoul(fair.endsAt, lang)}`,
    html: `<div class="page">${header}<main id="main" tabindex="-1" class="content fair-page"><h1>${name(fair.title)}</h1>${body}</main></div>`,
  };
}
