/**
 * Booths staff create and place in /admin (shared/venue/merge.ts): a booth with no catalogue entry
 * stands on its stored base entry, checked by the enterprise schema; staff move an enterprise into a
 * stage's zone and the world's layout follows; a stored entry that does not fit is left out whole.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { ENTERPRISE_ZONE_ID, findBooth, listZones } from '../../shared/catalogue/booths.ts';
import { mergeVenue, type StoredBooth } from '../../shared/venue/merge.ts';
import { layoutWorld } from '../../shared/world/layout.ts';

const stage = CATALOGUE.valueChain.activities[0]!.stages[0]!;
const programme = stage.programmes[0]!;

const created = (id: string, entry: unknown, zoneId = ENTERPRISE_ZONE_ID): StoredBooth => ({ id, kind: 'enterprise', zoneId, entry });
const entry = { name: { ko: '새싹상회', en: 'Saessak Store' }, icon: 'leaf', paragraphs: ['동네 가게입니다.'] };

describe('mergeVenue with booths staff created', () => {
  it('a created booth without a programme joins the enterprise hall and the layout', () => {
    const { venue, skipped } = mergeVenue(CATALOGUE, [], [created('saessak', entry)]);
    expect(skipped).toEqual([]);
    const b = findBooth(venue, 'saessak');
    expect(b?.kind).toBe('enterprise');
    if (b?.kind !== 'enterprise') return;
    expect(b.enterprise.name.ko).toBe('새싹상회');
    expect(b.enterprise.programmeId).toBeUndefined();
    expect(b.programme).toBeUndefined();
    expect(b.summary.zoneId).toBe(ENTERPRISE_ZONE_ID);
    expect(layoutWorld(venue).booths.find((p) => p.id === 'saessak')?.areaId).toBe(ENTERPRISE_ZONE_ID);
  });

  it('its edits overlay the stored entry as they overlay a brochure entry', () => {
    const { venue } = mergeVenue(CATALOGUE, [{ boothId: 'saessak', path: 'name.ko', value: '새싹상점' }], [created('saessak', entry)]);
    const b = findBooth(venue, 'saessak');
    expect(b?.summary.title).toEqual({ ko: '새싹상점', en: 'Saessak Store' });
  });

  it('placed in a stage, it stands in that stage’s zone, after its programmes, in the world too', () => {
    const { venue } = mergeVenue(CATALOGUE, [], [created('saessak', { ...entry, programmeId: programme.id }, stage.id)]);
    expect(listZones(venue).find((z) => z.id === stage.id)?.boothIds.at(-1)).toBe('saessak');
    expect(layoutWorld(venue).booths.find((p) => p.id === 'saessak')?.areaId).toBe(stage.id);
  });

  it('a brochure enterprise moved to a stage leaves the hall; its row back in the hall brings it back', () => {
    const id = CATALOGUE.enterprises[0]!.id;
    const moved = mergeVenue(CATALOGUE, [], [{ id, kind: 'enterprise', zoneId: stage.id, entry: null }]).venue;
    expect(findBooth(moved, id)?.summary.zoneId).toBe(stage.id);
    expect(listZones(moved).find((z) => z.id === ENTERPRISE_ZONE_ID)?.boothIds ?? []).not.toContain(id);
    const back = mergeVenue(CATALOGUE, [], [{ id, kind: 'enterprise', zoneId: ENTERPRISE_ZONE_ID, entry: null }]).venue;
    expect(back).toEqual(CATALOGUE);
  });

  it('a stored entry the schema refuses, or naming a programme the venue lacks, is left out whole and reported', () => {
    const { venue, skipped } = mergeVenue(CATALOGUE, [], [
      created('no-name', { icon: 'leaf', paragraphs: ['x'] }),
      created('lost', { ...entry, programmeId: 'no-such-programme' }),
    ]);
    expect(findBooth(venue, 'no-name')).toBeUndefined();
    expect(findBooth(venue, 'lost')).toBeUndefined();
    expect(skipped).toEqual([
      { boothId: 'no-name', path: 'entry', reason: 'invalid_entry' },
      { boothId: 'lost', path: 'entry', reason: 'invalid_entry' },
    ]);
  });

  it('a zone the venue lacks keeps the booth in the hall and is reported; the catalogue’s own entry wins over a stored one of the same id', () => {
    const id = CATALOGUE.enterprises[0]!.id;
    const { venue, skipped } = mergeVenue(CATALOGUE, [], [created('saessak', entry, 'no-such-stage'), created(id, entry)]);
    expect(findBooth(venue, 'saessak')?.summary.zoneId).toBe(ENTERPRISE_ZONE_ID);
    expect(skipped).toEqual([{ boothId: 'saessak', path: 'zoneId', reason: 'unknown_zone' }]);
    expect(findBooth(venue, id)?.summary.title).toEqual(CATALOGUE.enterprises[0]!.name);
  });
});
