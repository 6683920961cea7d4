import { listZones, type BoothDetail } from '../../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Link } from '../../../shared/schemas/link.ts';
import type { Localized } from '../../../shared/schemas/localized.ts';
import { CERTIFICATION_LABELS } from '../../../shared/schemas/procurement.ts';

/** The picture at the top of the booth panel: the logo, else the first of the booth's pictures. */
export type PanelPicture = { kind: 'logo'; mediaId: string } | { kind: 'image'; mediaId: string; alt: string };

/** What the panel's header shows before the full text: enough to decide whether to read on. */
export interface BoothFacts {
  picture: PanelPicture | null;
  /** The zone's name as the map and the signs give it. */
  zone: Localized | null;
  zoneColorIndex: number;
  /** Certifications as the law names them (procurement), else the brochure's legal form (Korean only). */
  certification: Localized | null;
  /** The booth's one line (its tagline), if it has one; its full text follows right below the header anyway. */
  intro: string | null;
  links: readonly Link[];
}

/** Reads the header's facts from a booth; pure, so the panel and its tests agree on what shows. */
export function boothFacts(booth: BoothDetail, catalogue: Catalogue): BoothFacts {
  // The zone the map and the signs name (a staff-placed enterprise stands in a stage's zone).
  const zone = listZones(catalogue).find((z) => z.id === booth.summary.zoneId);
  if (booth.kind === 'programme') {
    const { programme, stage } = booth;
    return {
      picture: pictureOf(programme),
      zone: zone?.title ?? stage.title,
      zoneColorIndex: stage.colorIndex,
      certification: null,
      intro: programme.tagline ?? null,
      links: programme.links ?? [],
    };
  }
  const { enterprise } = booth;
  const certs = enterprise.procurement?.certifications ?? [];
  const certification: Localized | null =
    certs.length > 0
      ? {
          ko: certs.map((c) => CERTIFICATION_LABELS[c.type].ko).join(' · '),
          en: certs.map((c) => CERTIFICATION_LABELS[c.type].en).join(' · '),
        }
      : enterprise.legalForm
        ? { ko: enterprise.legalForm, en: enterprise.legalForm }
        : null;
  return {
    picture: pictureOf(enterprise),
    zone: zone?.title ?? null,
    zoneColorIndex: enterprise.colorIndex ?? zone?.colorIndex ?? 0,
    certification,
    intro: enterprise.tagline ?? null,
    links: enterprise.links,
  };
}

function pictureOf(b: { logo?: string | undefined; images?: readonly { mediaId: string; alt?: string | undefined }[] | undefined }): PanelPicture | null {
  if (b.logo) return { kind: 'logo', mediaId: b.logo };
  const first = b.images?.[0];
  return first ? { kind: 'image', mediaId: first.mediaId, alt: first.alt ?? '' } : null;
}
