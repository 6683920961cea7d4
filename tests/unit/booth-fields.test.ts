import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { filterEnterprises, filterFromParams, filterToParams } from '../../shared/catalogue/filters.ts';
import { searchCatalogue } from '../../shared/catalogue/search.ts';
import { SaveBoothBodySchema, type BoothEntry } from '../../shared/api/studio.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { EnterpriseSchema, type Enterprise } from '../../shared/schemas/enterprise.ts';
import { ProgrammeSchema } from '../../shared/schemas/programme.ts';
import { checkEdit } from '../../server/studio/checkEdit.ts';
import { changedFields, draftOf, rebase, takeField } from '../../client/studio/editor/draft.ts';

const MEDIA = 'a'.repeat(64);
const cutTheTrash = CATALOGUE.enterprises.find((e) => e.id === 'cut-the-trash')!;
const programme = CATALOGUE.valueChain.activities[0]!.stages[0]!.programmes[0]!;
const withLinks = { ...cutTheTrash, links: [{ label: '전화', href: 'tel:032-000-0000' }] };

describe('booth presentation fields in the catalogue schema', () => {
  it('the brochure enterprises carry only what the brochure says: none of the new fields', () => {
    for (const e of CATALOGUE.enterprises) {
      for (const key of ['tagline', 'colorIndex', 'logo', 'images', 'products', 'procurement']) expect(e, `${e.id}.${key}`).not.toHaveProperty(key);
    }
  });

  it('an enterprise with every field parses; each field keeps its value', () => {
    const full = {
      ...cutTheTrash,
      tagline: '바다를 지키는 패션',
      colorIndex: 5,
      logo: MEDIA,
      images: [{ mediaId: MEDIA, alt: '폐그물 가방' }],
      products: [{ name: '폐그물 가방', priceWon: 39000, images: [MEDIA], stock: 12, shopUrl: 'https://shop.example.kr/bag' }],
      procurement: { certifications: [{ type: '예비사회적기업', number: '2023-123', date: '2023-05-01' }], priorityPurchase: true, categories: ['fashion', 'eco'], listingUrl: 'https://store.example.kr/ctt' },
    };
    expect(EnterpriseSchema.parse(full)).toMatchObject(full);
  });

  it.each([
    ['a tagline over 80 characters', { tagline: 'ㄱ'.repeat(81) }],
    ['a colour outside the palette', { colorIndex: 8 }],
    ['nine images', { images: Array.from({ length: 9 }, () => ({ mediaId: MEDIA })) }],
    ['a price with a fraction of a won', { products: [{ name: 'x', priceWon: 10.5 }] }],
    ['negative stock', { products: [{ name: 'x', stock: -1 }] }],
    ['a shop link over plain http', { products: [{ name: 'x', shopUrl: 'http://shop.example.kr' }] }],
    ['a javascript: shop link', { products: [{ name: 'x', shopUrl: 'javascript:alert(1)' }] }],
    ['a certification not in the list', { procurement: { certifications: [{ type: '우수기업' }] } }],
    ['a category not in the list', { procurement: { categories: ['weapons'] } }],
    ['the same certification twice', { procurement: { certifications: [{ type: '마을기업' }, { type: '마을기업' }] } }],
  ])('refuses %s', (_what, fields) => {
    expect(EnterpriseSchema.safeParse({ ...cutTheTrash, ...fields }).success).toBe(false);
  });

  it('programme booths take the shared fields but not products or procurement', () => {
    expect(ProgrammeSchema.parse({ ...programme, tagline: '함께', logo: MEDIA })).toMatchObject({ tagline: '함께', logo: MEDIA });
    expect(ProgrammeSchema.parse({ ...programme, products: [{ name: 'x' }] })).not.toHaveProperty('products');
  });
});

describe('checkEdit: what /studio may save', () => {
  it('accepts a tagline with markup as plain text, unchanged', () => {
    const payload = '<img src=x onerror=alert(1)>';
    expect(checkEdit('enterprise', cutTheTrash, [{ path: 'tagline', value: payload }])).toEqual({ ok: true, fields: [{ path: 'tagline', value: payload }] });
  });

  it('names the paths that do not fit, and saves none of them', () => {
    const r = checkEdit('enterprise', cutTheTrash, [
      { path: 'tagline', value: 'ㄱ'.repeat(81) },
      { path: 'colorIndex', value: 3 },
      { path: 'icon', value: 'leaf' },
      { path: 'nonsense', value: 1 },
    ]);
    expect(r).toEqual({ ok: false, paths: ['tagline', 'icon', 'nonsense'] });
  });

  it('null removes an optional field but not a required one', () => {
    expect(checkEdit('enterprise', { ...cutTheTrash, tagline: 'x' }, [{ path: 'tagline', value: null }]).ok).toBe(true);
    expect(checkEdit('enterprise', cutTheTrash, [{ path: 'paragraphs', value: null }])).toEqual({ ok: false, paths: ['paragraphs'] });
  });

  it('links added in an edit are https only; the brochure’s tel: link may stay', () => {
    const tel = withLinks.links[0]!;
    const site = { label: '누리집', href: 'https://ctt.example.kr' };
    expect(checkEdit('enterprise', withLinks, [{ path: 'links', value: [tel, site] }]).ok).toBe(true);
    expect(checkEdit('enterprise', withLinks, [{ path: 'links', value: [{ label: '전화', href: 'tel:010-1234-5678' }] }])).toEqual({ ok: false, paths: ['links'] });
    expect(checkEdit('enterprise', withLinks, [{ path: 'links', value: [{ label: 'x', href: 'http://ctt.example.kr' }] }]).ok).toBe(false);
  });

  it('products and procurement are enterprise fields only', () => {
    expect(checkEdit('programme', programme, [{ path: 'products', value: [] }])).toEqual({ ok: false, paths: ['products'] });
    expect(checkEdit('enterprise', cutTheTrash, [{ path: 'procurement', value: { priorityPurchase: true } }])).toEqual({
      ok: true,
      fields: [{ path: 'procurement', value: { certifications: [], priorityPurchase: true, categories: [] } }],
    });
  });

  it('a save body names each path once', () => {
    expect(SaveBoothBodySchema.safeParse({ baseVersion: 1, fields: [{ path: 'tagline', value: 'a' }, { path: 'tagline', value: 'b' }] }).success).toBe(false);
  });
});

describe('procurement filters', () => {
  const withFacts = (patch: Record<string, Partial<Enterprise>>): Catalogue => ({
    ...CATALOGUE,
    enterprises: CATALOGUE.enterprises.map((e) => (patch[e.id] ? EnterpriseSchema.parse({ ...e, ...patch[e.id] }) : e)),
  });
  const venue = withFacts({
    'cut-the-trash': { procurement: { certifications: [{ type: '예비사회적기업' }], priorityPurchase: true, categories: ['fashion', 'eco'] } },
    'vq-studio': { procurement: { certifications: [{ type: '사회적협동조합' }], priorityPurchase: false, categories: ['media'] } },
  });
  const ids = (f: Parameters<typeof filterEnterprises>[1]) => filterEnterprises(venue, f).map((e) => e.id);

  it('the brochure venue states no procurement facts, so every filter finds nothing', () => {
    expect(filterEnterprises(CATALOGUE, { priorityPurchase: true })).toEqual([]);
    expect(filterEnterprises(CATALOGUE, { category: 'food' })).toEqual([]);
  });

  it('by category, certification and priority purchase, combined with and', () => {
    expect(ids({ category: 'eco' })).toEqual(['cut-the-trash']);
    expect(ids({ certification: '사회적협동조합' })).toEqual(['vq-studio']);
    expect(ids({ priorityPurchase: true })).toEqual(['cut-the-trash']);
    expect(ids({ category: 'media', priorityPurchase: true })).toEqual([]);
    expect(ids({})).toEqual(CATALOGUE.enterprises.map((e) => e.id));
  });

  it('search with a filter lists the matching booths, by name when a query is typed', () => {
    expect(searchCatalogue(venue, '', { priorityPurchase: true }).map((h) => h.boothId)).toEqual(['cut-the-trash']);
    expect(searchCatalogue(venue, '브이큐', { category: 'media' }).map((h) => h.boothId)).toEqual(['vq-studio']);
    expect(searchCatalogue(venue, '농농이', { category: 'media' })).toEqual([]);
    expect(searchCatalogue(venue, '')).toEqual([]);
  });

  it('round-trips through URL parameters and ignores values not in the lists', () => {
    const f = { category: 'eco', certification: '마을기업', priorityPurchase: true } as const;
    const params = new URLSearchParams(filterToParams(f));
    expect(filterFromParams((n) => params.get(n))).toEqual(f);
    expect(filterFromParams((n) => ({ category: 'weapons', cert: 'x', priority: 'yes' })[n] ?? null)).toEqual({ category: undefined, certification: undefined, priorityPurchase: undefined });
  });
});

describe('the editor’s draft: what a save sends', () => {
  const booth: BoothEntry = { kind: 'enterprise', entry: cutTheTrash };

  it('an untouched draft changes nothing, for both kinds of booth', () => {
    expect(changedFields(booth, draftOf(booth))).toEqual([]);
    const p: BoothEntry = { kind: 'programme', entry: programme };
    expect(changedFields(p, draftOf(p))).toEqual([]);
  });

  it('sends only the edited fields: a blank line splits paragraphs, an emptied tagline removes it, numbers stay numbers', () => {
    const d = draftOf({ kind: 'enterprise', entry: { ...cutTheTrash, tagline: '예전 한 줄' } });
    d.tagline = '  ';
    d.description = '첫 문단\n둘째 줄\n\n  \n둘째 문단';
    d.products = [{ name: '가방', price: '39000', stock: '', shopUrl: '', images: [] }];
    d.priorityPurchase = true;
    expect(changedFields({ kind: 'enterprise', entry: { ...cutTheTrash, tagline: '예전 한 줄' } }, d)).toEqual([
      { path: 'tagline', value: null },
      { path: 'paragraphs', value: ['첫 문단\n둘째 줄', '둘째 문단'] },
      { path: 'products', value: [{ name: '가방', priceWon: 39000, images: [] }] },
      { path: 'procurement', value: { certifications: [], priorityPurchase: true, categories: [] } },
    ]);
  });

  it('what the draft sends passes the server’s check', () => {
    const d = draftOf(booth);
    d.tagline = '<img src=x onerror=alert(1)>';
    d.links = [{ label: '누리집', href: 'https://ctt.example.kr' }];
    d.certifications = [{ type: '예비사회적기업', number: '', date: '2023-05-01' }];
    expect(checkEdit('enterprise', cutTheTrash, changedFields(booth, d)).ok).toBe(true);
  });

  it('after a stale save: my fields stay mine, the others follow the newer save, and both-changed fields are the conflicts', () => {
    const mine = draftOf(booth);
    mine.tagline = '내 한 줄';
    mine.colorIndex = 2;
    const current: BoothEntry = { kind: 'enterprise', entry: { ...cutTheTrash, tagline: '남의 한 줄', logo: MEDIA, colorIndex: 2 } };
    const { draft, conflicts } = rebase(booth, current, mine);
    expect(conflicts).toEqual([{ path: 'tagline', theirs: '남의 한 줄', mine: '내 한 줄' }]);
    // Saving again sends only my tagline: their logo is not undone, the colour is already theirs.
    expect(changedFields(current, draft)).toEqual([{ path: 'tagline', value: '내 한 줄' }]);
    expect(changedFields(current, takeField(draft, draftOf(current), 'tagline'))).toEqual([]);
  });
});
