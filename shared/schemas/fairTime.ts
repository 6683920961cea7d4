/**
 * A fair's clock is Seoul's: staff type dates and times as they are in Asia/Seoul, and visitors read
 * them so, whatever zone a browser or server runs in. Korea has kept UTC+9 without daylight saving
 * since 1988, so the conversion is a fixed offset (no time-zone database needed in either runtime).
 */

const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;
const SEOUL_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `YYYY-MM-DDTHH:mm` as a clock in Seoul shows it (the value of an `<input type="datetime-local">`) → the instant; null if it is not one. */
export function seoulLocalToInstant(local: string): Date | null {
  const m = SEOUL_LOCAL.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi) - SEOUL_OFFSET_MS;
  const back = new Date(utc + SEOUL_OFFSET_MS);
  // 2026-02-30 would roll over to March: refuse it rather than store a day nobody typed.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return new Date(utc);
}

/** A start and end typed on Seoul's clock, as ISO instants; null unless both parse and the end is later. */
export function seoulRange(start: string, end: string): { startsAt: string; endsAt: string } | null {
  const from = seoulLocalToInstant(start);
  const to = seoulLocalToInstant(end);
  return from && to && to > from ? { startsAt: from.toISOString(), endsAt: to.toISOString() } : null;
}

/** The instant as Seoul's clock shows it, `YYYY-MM-DDTHH:mm` (what a datetime-local field is filled with). */
export function instantToSeoulLocal(at: Date): string {
  return new Date(at.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 16);
}

export const FAIR_STATUSES = ['upcoming', 'open', 'ended'] as const;
export type FairStatus = (typeof FAIR_STATUSES)[number];

/** Where a fair (or an event) stands at `now`: its start is inclusive, its end exclusive. */
export function fairStatus(span: { startsAt: Date; endsAt: Date }, now: Date): FairStatus {
  if (now.getTime() < span.startsAt.getTime()) return 'upcoming';
  return now.getTime() < span.endsAt.getTime() ? 'open' : 'ended';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How far ahead `at` is, in the largest whole unit that is at least one ("in 3 days", "in 5 hours",
 * "in 10 minutes"), for Intl.RelativeTimeFormat; minutes at least 1 so "now" is never "in 0 minutes".
 */
export function timeUntil(at: Date, now: Date): { value: number; unit: 'day' | 'hour' | 'minute' } {
  const ms = Math.max(0, at.getTime() - now.getTime());
  if (ms >= DAY_MS) return { value: Math.floor(ms / DAY_MS), unit: 'day' };
  if (ms >= 60 * 60 * 1000) return { value: Math.floor(ms / (60 * 60 * 1000)), unit: 'hour' };
  return { value: Math.max(1, Math.ceil(ms / 60_000)), unit: 'minute' };
}

/** Date and time in Seoul for people, in their language (`2026년 12월 5일 (토) 오전 10:00`). */
export function formatSeoul(at: Date, lang: 'ko' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

/** "in 3 days" in the visitor's language. */
export function formatUntil(at: Date, now: Date, lang: 'ko' | 'en'): string {
  const { value, unit } = timeUntil(at, now);
  return new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(value, unit);
}
