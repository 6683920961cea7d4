import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBooths } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { cutForFair, fairOfPage } from '../../client/data/fairCut.ts';

const [a, b] = listBooths(CATALOGUE);
const fairs = { now: new Date().toISOString(), fairs: [{ slug: 'spring-fair', title: { ko: '봄', en: 'Spring' }, startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-09T00:00:00Z', events: [], boothIds: [a!.id, b!.id] }] };

afterEach(() => vi.unstubAllGlobals());

describe('a timed fair’s page', () => {
  it('reads the fair from ?fair= only when it is a fair’s address', () => {
    expect(fairOfPage('?fair=spring-fair')).toBe('spring-fair');
    expect(fairOfPage('?view=list&fair=spring-fair')).toBe('spring-fair');
    for (const search of ['', '?fair=', '?fair=Spring', '?fair=%3Cscript%3E', `?fair=${'a'.repeat(49)}`]) expect(fairOfPage(search), search).toBe('');
  });

  it('cuts the venue to the fair’s booths as /api/fairs lists them; an unlisted fair leaves it whole', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(fairs), { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const cut = await cutForFair(CATALOGUE, 'spring-fair');
    expect(listBooths(cut).map((x) => x.id).sort()).toEqual([a!.id, b!.id].sort());
    expect(await cutForFair(CATALOGUE, 'autumn-fair')).toBe(CATALOGUE);
    expect(fetch).toHaveBeenCalledWith('/api/fairs', expect.anything());
    fetch.mockClear();
    expect(await cutForFair(CATALOGUE, '')).toBe(CATALOGUE);
    expect(fetch).not.toHaveBeenCalled();
  });
});
