/**
 * One schedule event as an iCalendar file (RFC 5545), for a visitor's calendar: times in UTC (the
 * calendar shows them in its own zone), text escaped, long lines folded at 75 octets.
 */
import type { Lang } from '../../shared/schemas/localized.ts';
import type { FairEventRow } from '../db/fairsRepo.ts';

/** 2026-12-05T01:00:00.000Z → 20261205T010000Z */
const utc = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Content lines longer than 75 octets continue on lines starting with a space, never splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    // The first line holds 75 octets; each continuation 74 after its leading space.
    if (octets + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface IcsInput {
  event: FairEventRow;
  fairTitle: string;
  /** Where it happens, in words (a booth's or zone's name), if anywhere. */
  place: string | null;
  /** The fair page's absolute address. */
  url: string;
  /** The host the UID is made unique under. */
  host: string;
  lang: Lang;
  now: Date;
}

export function eventIcs({ event, fairTitle, place, url, host, lang, now }: IcsInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Seeot World//Fairs//KO',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:fair-event-${event.id}@${host}`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART:${utc(event.startsAt)}`,
    `DTEND:${utc(event.endsAt)}`,
    `SUMMARY:${icsText(event.title[lang])}`,
    `DESCRIPTION:${icsText(fairTitle)}`,
    ...(place ? [`LOCATION:${icsText(place)}`] : []),
    `URL:${url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
