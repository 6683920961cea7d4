/**
 * A fair's clock is Seoul's whatever zone the machine runs in (shared/schemas/fairTime.ts), and its
 * page (server/fairs/page.ts) says what a visitor needs before, during and after it.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { listBooths } from '../../shared/catalogue/booths.ts';
import { fairStatus, formatSeoul, formatUntil, instantToSeoulLocal, seoulLocalToInstant, seoulRange, timeUntil } from '../../shared/schemas/fairTime.ts';
import type { TimedFair } from '../../server/db/fairsRepo.ts';
import { renderFairPage } from '../../server/fairs/page.ts';

describe('Seoul time', () => {
  it('reads a datetime-local value as Seoul’s clock, not the machine’s', () => {
    // 10:00 in Seoul is 01:00 UTC the same day; a quarter to one in the morning is the day before in UTC.
    expect(seoulLocalToInstant('2026-12-05T10:00')?.toISOString()).toBe('2026-12-05T01:00:00.000Z');
    expect(seoulLocalToInstant('2026-12-05T00:45')?.toISOString()).toBe('2026-12-04T15:45:00.000Z');
    expect(seoulRange('2026-12-05T10:00', '2026-12-05T18:00')).toEqual({ startsAt: '2026-12-05T01:00:00.000Z', endsAt: '2026-12-05T09:00:00.000Z' });
    expect(seoulRange('2026-12-05T18:00', '2026-12-05T10:00')).toBeNull();
    expect(seoulRange('2026-02-30T10:00', '2026-03-01T10:00')).toBeNull();
  });

  it('writes an instant back as Seoul’s clock shows it (round trip)', () => {
    expect(instantToSeoulLocal(new Date('2026-12-04T15:45:00Z'))).toBe('2026-12-05T00:45');
    expect(instantToSeoulLocal(seoulLocalToInstant('2027-01-01T23:59')!)).toBe('2027-01-01T23:59');
  });

  it('refuses what is not a date and time (a day that does not exist, an hour past 23, other shapes)', () => {
    for (const bad of ['2026-02-30T10:00', '2026-12-05T24:00', '2026-12-05 10:00', '2026-12-05T10:00Z', '']) expect(seoulLocalToInstant(bad)).toBeNull();
  });

  it('formats dates in Seoul for people in both languages', () => {
    const at = new Date('2026-12-04T15:45:00Z');
    expect(formatSeoul(at, 'ko')).toMatch(/2026년 12월 5일/);
    expect(formatSeoul(at, 'ko')).toMatch(/12:45|오전 12:45|00:45/);
    expect(formatSeoul(at, 'en')).toMatch(/5 December 2026/);
  });

  it('says how far off a start is in the largest whole unit', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(timeUntil(new Date('2026-12-04T05:00:00Z'), now)).toEqual({ value: 3, unit: 'day' });
    expect(timeUntil(new Date('2026-12-01T05:30:00Z'), now)).toEqual({ value: 5, unit: 'hour' });
    expect(timeUntil(new Date('2026-12-01T00:00:20Z'), now)).toEqual({ value: 1, unit: 'minute' });
    expect(formatUntil(new Date('2026-12-04T05:00:00Z'), now, 'en')).toBe('in 3 days');
    expect(formatUntil(new Date('2026-12-04T05:00:00Z'), now, 'ko')).toBe('3일 후');
  });

  it('puts a fair before, during or after its dates (start inclusive, end exclusive)', () => {
    const span = { startsAt: new Date('2026-12-05T01:00:00Z'), endsAt: new Date('2026-12-07T09:00:00Z') };
    expect(fairStatus(span, new Date('2026-12-05T00:59:59Z'))).toBe('upcoming');
    expect(fairStatus(span, new Date('2026-12-05T01:00:00Z'))).toBe('open');
    expect(fairStatus(span, new Date('2026-12-07T08:59:59Z'))).toBe('open');
    expect(fairStatus(span, new Date('2026-12-07T09:00:00Z'))).toBe('ended');
  });
});

describe('a fair’s page', () => {
  const [boothA, boothB] = listBooths(CATALOGUE);
  const fair: TimedFair = {
    id: 2,
    title: { ko: '가치온마켓 겨울장', en: 'Gachion Market, Winter' },
    slug: 'winter-market',
    startsAt: new Date('2026-12-05T01:00:00Z'),
    endsAt: new Date('2026-12-07T09:00:00Z'),
    shardCapacity: null,
    editsNeedApproval: false,
    published: true,
    boothIds: [boothA!.id, boothB!.id],
    events: [{ id: 7, title: { ko: '<b>공정무역</b> 이야기', en: 'Fair trade talk' }, kind: 'talk', startsAt: new Date('2026-12-05T02:00:00Z'), endsAt: new Date('2026-12-05T03:00:00Z'), boothId: boothA!.id, zoneId: null }],
  };

  it('before its start: when it opens, in Seoul, and how far off; no booths yet', () => {
    const page = renderFairPage(fair, CATALOGUE, new Date('2026-12-02T01:00:00Z'), 'en');
    expect(page.html).toContain('data-status="upcoming"');
    expect(page.html).toContain('5 December 2026');
    expect(page.html).toContain('in 3 days');
    expect(page.html).not.toContain(boothA!.title.en);
  });

  it('while it runs: its booths and schedule, escaped, with the ways into the world and the list', () => {
    const page = renderFairPage(fair, CATALOGUE, new Date('2026-12-05T05:00:00Z'), 'ko');
    expect(page.html).toContain('data-status="open"');
    expect(page.html).toContain(`href="/booth/${boothA!.id}?view=list&amp;fair=${fair.slug}"`);
    expect(page.html).toContain(`>${boothA!.title.ko}</a>`);
    expect(page.html).toContain('&lt;b&gt;공정무역&lt;/b&gt; 이야기');
    // Into the fair's own hall and its booths' list, not the whole exhibition's.
    expect(page.html).toContain(`href="/world?fair=${fair.slug}"`);
    expect(page.html).toContain(`href="/list?fair=${fair.slug}"`);
  });

  it('after its end: that it has ended', () => {
    const page = renderFairPage(fair, CATALOGUE, new Date('2026-12-08T00:00:00Z'), 'en');
    expect(page.html).toContain('data-status="ended"');
    expect(page.html).toContain('This fair has ended.');
    expect(page.html).not.toContain('href="/world');
  });
});
