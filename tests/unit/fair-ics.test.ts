/** Reminders of a schedule event: its calendar file (server/fairs/ics.ts), what a calendar app reads from it, and a page's timer (client/schedule/reminders.ts). */
import { describe, expect, it } from 'vitest';
import { eventIcs, foldLine, icsText } from '../../server/fairs/ics.ts';
import { reminderDelay } from '../../client/schedule/reminders.ts';

const EVENT = {
  id: 7,
  title: { ko: '공정무역, 함께; 이야기\n2부', en: 'Fair trade, together; a talk' },
  kind: 'talk' as const,
  startsAt: new Date('2026-12-05T02:00:00Z'),
  endsAt: new Date('2026-12-05T03:30:00Z'),
  boothId: 'awareness',
  zoneId: null,
};

const ics = (lang: 'ko' | 'en') =>
  eventIcs({ event: EVENT, fairTitle: '가치온마켓 겨울장', place: '인식확산', url: 'https://seeot.example/f/winter-market', host: 'seeot.example', lang, now: new Date('2026-12-01T00:00:00Z') });

/** The content lines with folded continuations joined back, as a calendar reads them. */
const unfolded = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

describe('an event’s .ics', () => {
  it('is one VEVENT with its times in UTC (11:00 in Seoul is 02:00Z), a stable UID, the fair page’s address', () => {
    const lines = unfolded(ics('en'));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('DTSTART:20261205T020000Z');
    expect(lines).toContain('DTEND:20261205T033000Z');
    expect(lines).toContain('UID:fair-event-7@seeot.example');
    expect(lines).toContain('URL:https://seeot.example/f/winter-market');
    expect(lines).toContain('LOCATION:인식확산');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('escapes commas, semicolons and newlines in text, in the visitor’s language', () => {
    expect(unfolded(ics('ko'))).toContain('SUMMARY:공정무역\\, 함께\\; 이야기\\n2부');
    expect(unfolded(ics('en'))).toContain('SUMMARY:Fair trade\\, together\\; a talk');
    expect(icsText('a\\b')).toBe('a\\\\b');
  });

  it('ends every line with CRLF and folds lines over 75 octets without splitting a Korean character', () => {
    const text = ics('ko');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    const long = `SUMMARY:${'가'.repeat(40)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });
});

describe('a page’s reminder', () => {
  it('waits until the start, and not for what has started or is further off than a page’s timer reaches', () => {
    const now = Date.parse('2026-12-05T00:00:00Z');
    expect(reminderDelay('2026-12-05T02:00:00Z', now)).toBe(2 * 3_600_000);
    expect(reminderDelay('2026-12-04T23:59:00Z', now)).toBeNull();
    expect(reminderDelay('2027-02-01T00:00:00Z', now)).toBeNull();
  });
});
