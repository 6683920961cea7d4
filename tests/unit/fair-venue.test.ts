import { describe, expect, it } from 'vitest';
import { listBooths } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { fixtureCatalogue } from '../../shared/catalogue/fixture.ts';
import { venueFingerprint } from '../../shared/protocol/index.ts';
import { layoutWorld } from '../../shared/world/index.ts';
import { venueForFair } from '../../shared/world/fairVenue.ts';

const venue = fixtureCatalogue(CATALOGUE, 30);
const all = listBooths(venue);
const programme = all.find((b) => b.kind === 'programme')!;
const enterprise = all.find((b) => b.kind === 'enterprise')!;

describe('venueForFair', () => {
  it('lays out exactly the fair’s booths, a programme and an enterprise', () => {
    const layout = layoutWorld(venueForFair(venue, [programme.id, enterprise.id]));
    expect(layout.booths.map((b) => b.id).sort()).toEqual([programme.id, enterprise.id].sort());
    // The venue's own places stay: the plaza, the history hall, the mascot.
    expect(layout.historyStations.length).toBe(layoutWorld(venue).historyStations.length);
  });

  it('drops wings left without a booth', () => {
    const cut = venueForFair(venue, [programme.id]);
    expect(cut.valueChain.activities.flatMap((a) => a.stages.map((s) => s.id))).toEqual([programme.zoneId]);
    expect(cut.enterprises).toEqual([]);
    expect(layoutWorld(cut).areas.filter((a) => a.kind === 'zone')).toHaveLength(1);
  });

  it('is deterministic: the same fair gives the same fingerprint, another fair another', () => {
    const ids = all.slice(0, 5).map((b) => b.id);
    const a = venueFingerprint(layoutWorld(venueForFair(venue, ids)));
    expect(venueFingerprint(layoutWorld(venueForFair(structuredClone(venue), [...ids].reverse())))).toBe(a);
    expect(venueFingerprint(layoutWorld(venueForFair(venue, ids.slice(1))))).not.toBe(a);
    expect(a).not.toBe(venueFingerprint(layoutWorld(venue)));
  });

  it('ignores ids the venue does not have and leaves the venue itself unchanged', () => {
    const before = JSON.stringify(venue);
    expect(layoutWorld(venueForFair(venue, ['no-such-booth'])).booths).toEqual([]);
    expect(JSON.stringify(venue)).toBe(before);
  });
});
