/**
 * The overlay rules of shared/venue/merge.ts: the brochure in the code is the source of every field
 * nobody edited, an edit is never overwritten by a newer brochure, and an edit that no longer fits
 * is left out (and reported) instead of breaking the venue.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { mergeVenue, type BoothOverride } from '../../shared/venue/merge.ts';

/** A later brochure reading: the catalogue with one enterprise's fields changed in the code. */
function withEnterprise(c: Catalogue, id: string, change: Partial<Catalogue['enterprises'][number]>): Catalogue {
  return { ...c, enterprises: c.enterprises.map((e) => (e.id === id ? { ...e, ...change } : e)) };
}

function enterprise(c: Catalogue, id: string) {
  const b = findBooth(c, id);
  if (b?.kind !== 'enterprise') throw new Error(`no enterprise ${id}`);
  return b.enterprise;
}

const edit = (boothId: string, path: string, value: unknown): BoothOverride => ({ boothId, path, value });

describe('mergeVenue', () => {
  it('without edits is the catalogue', () => {
    const { venue, skipped } = mergeVenue(CATALOGUE, []);
    expect(venue).toEqual(CATALOGUE);
    expect(skipped).toEqual([]);
  });

  it('an edited field shows the edit; the fields beside it stay the catalogue’s', () => {
    const { venue } = mergeVenue(CATALOGUE, [edit('nongnongi', 'name.ko', '농농이 협동조합')]);
    const e = enterprise(venue, 'nongnongi');
    expect(e.name).toEqual({ ko: '농농이 협동조합', en: 'Nongnongi' });
    expect(e.paragraphs).toEqual(enterprise(CATALOGUE, 'nongnongi').paragraphs);
    expect(enterprise(venue, 'vq-studio')).toEqual(enterprise(CATALOGUE, 'vq-studio'));
  });

  it('a field nobody edited follows a newer catalogue, while the edited one keeps its edit', () => {
    const edits = [edit('nongnongi', 'name.ko', '농농이 협동조합')];
    const newer = withEnterprise(CATALOGUE, 'nongnongi', { paragraphs: ['고쳐 읽은 브로슈어 문장입니다.'] });
    const e = enterprise(mergeVenue(newer, edits).venue, 'nongnongi');
    expect(e.paragraphs).toEqual(['고쳐 읽은 브로슈어 문장입니다.']);
    expect(e.name.ko).toBe('농농이 협동조합');
  });

  it('a newer catalogue changing the edited field does not overwrite the edit', () => {
    const edits = [edit('nongnongi', 'paragraphs', ['기업이 직접 쓴 소개입니다.'])];
    const newer = withEnterprise(CATALOGUE, 'nongnongi', { paragraphs: ['고쳐 읽은 브로슈어 문장입니다.'] });
    expect(enterprise(mergeVenue(newer, edits).venue, 'nongnongi').paragraphs).toEqual(['기업이 직접 쓴 소개입니다.']);
  });

  it('edits programme booths too, and a field inside an edited field wins over it', () => {
    const { venue } = mergeVenue(CATALOGUE, [
      edit('danbi', 'title.en', 'Danbi enterprises'),
      edit('danbi', 'title', { ko: '단비기업', en: 'Danbi' }),
    ]);
    const b = findBooth(venue, 'danbi');
    expect(b?.kind === 'programme' && b.programme.title).toEqual({ ko: '단비기업', en: 'Danbi enterprises' });
  });

  it('null removes an optional field', () => {
    expect(enterprise(CATALOGUE, 'cut-the-trash').legalForm).toBeDefined();
    const e = enterprise(mergeVenue(CATALOGUE, [edit('cut-the-trash', 'legalForm', null)]).venue, 'cut-the-trash');
    expect(e.legalForm).toBeUndefined();
  });

  it('leaves out, and reports, edits that do not fit: unknown booth or field, a value of the wrong shape, identity', () => {
    const { venue, skipped } = mergeVenue(CATALOGUE, [
      edit('gone-from-brochure', 'name.ko', '없는 부스'),
      edit('nongnongi', 'slogan', '새 필드'),
      edit('nongnongi', 'name.fr', 'Nongnongi'),
      edit('nongnongi', 'paragraphs', []),
      edit('nongnongi', 'links', [{ label: '홈페이지', href: 'javascript:alert(1)' }]),
      edit('nongnongi', 'icon', 'not-an-icon'),
      edit('nongnongi', 'id', 'other-id'),
      edit('nongnongi', 'programmeId', 'other'),
      edit('nongnongi', 'name.ko', '농농이 협동조합'),
    ]);
    expect(enterprise(venue, 'nongnongi')).toEqual({ ...enterprise(CATALOGUE, 'nongnongi'), name: { ko: '농농이 협동조합', en: 'Nongnongi' } });
    expect(skipped).toEqual(
      expect.arrayContaining([
        { boothId: 'gone-from-brochure', path: 'name.ko', reason: 'unknown_booth' },
        { boothId: 'nongnongi', path: 'slogan', reason: 'unknown_field' },
        { boothId: 'nongnongi', path: 'name.fr', reason: 'unknown_field' },
        { boothId: 'nongnongi', path: 'paragraphs', reason: 'invalid_value' },
        { boothId: 'nongnongi', path: 'links', reason: 'invalid_value' },
        { boothId: 'nongnongi', path: 'icon', reason: 'invalid_value' },
        { boothId: 'nongnongi', path: 'id', reason: 'unknown_field' },
        { boothId: 'nongnongi', path: 'programmeId', reason: 'unknown_field' },
      ]),
    );
    expect(skipped).toHaveLength(8);
  });

  it('does not touch the catalogue it was given', () => {
    const before = structuredClone(CATALOGUE);
    mergeVenue(CATALOGUE, [edit('nongnongi', 'name.ko', '바뀐 이름'), edit('danbi', 'intro', ['바뀐 소개'])]);
    expect(CATALOGUE).toEqual(before);
  });
});
