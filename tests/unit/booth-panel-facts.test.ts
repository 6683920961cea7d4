import { describe, expect, it } from 'vitest';
import { boothFacts } from '../../client/world/booth-panel/boothFacts.ts';
import { ENTERPRISE_ZONE_TITLE, findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';

/** What the booth panel's header shows before the full text (client/world/booth-panel/BoothPanelHeader.tsx). */
const facts = (id: string, catalogue: Catalogue = CATALOGUE) => boothFacts(findBooth(catalogue, id)!, catalogue);
const withEnterprise = (id: string, change: object): Catalogue => ({
  ...CATALOGUE,
  enterprises: CATALOGUE.enterprises.map((e) => (e.id === id ? { ...e, ...change } : e)),
});

describe('booth panel facts', () => {
  it('a programme: its stage as the zone; no line, picture or certification in the brochure (its text follows below)', () => {
    const f = facts('danbi');
    const danbi = findBooth(CATALOGUE, 'danbi');
    if (danbi?.kind !== 'programme') throw new Error('danbi is a programme');
    expect(f.zone).toEqual(danbi.stage.title);
    expect(f.intro).toBeNull();
    expect(f.picture).toBeNull();
    expect(f.certification).toBeNull();
  });

  it('an enterprise: the hall as its zone, the brochure’s legal form until certifications are stated, then those in both languages', () => {
    expect(facts('cut-the-trash').zone).toEqual(ENTERPRISE_ZONE_TITLE);
    expect(facts('cut-the-trash').certification).toEqual({ ko: '(예비)사회적기업', en: '(예비)사회적기업' });
    expect(facts('nongnongi').certification).toBeNull();
    const certified = withEnterprise('nongnongi', { procurement: { certifications: [{ type: '마을기업' }, { type: '협동조합' }], priorityPurchase: false, categories: [] } });
    expect(facts('nongnongi', certified).certification).toEqual({ ko: '마을기업 · 협동조합', en: 'Village enterprise · Cooperative' });
  });

  it('the picture is the logo, else the first picture with its own words; the line is the tagline', () => {
    const pictures = { images: [{ mediaId: 'img-a', alt: '매장 전경' }, { mediaId: 'img-b', alt: '제품' }] };
    expect(facts('nongnongi', withEnterprise('nongnongi', pictures)).picture).toEqual({ kind: 'image', mediaId: 'img-a', alt: '매장 전경' });
    const both = withEnterprise('nongnongi', { ...pictures, logo: 'logo-1', tagline: '한 줄' });
    expect(facts('nongnongi', both).picture).toEqual({ kind: 'logo', mediaId: 'logo-1' });
    expect(facts('nongnongi', both).intro).toBe('한 줄');
  });

  it('the links are the booth’s own, as edited', () => {
    const links = [{ label: '누리집', href: 'https://example.kr/' }];
    expect(facts('nongnongi', withEnterprise('nongnongi', { links })).links).toEqual(links);
  });
});
