import type { Activity } from '../schemas/activity.ts';
import type { Stage } from '../schemas/stage.ts';
import type { Catalogue } from '../schemas/catalogue.ts';
import type { Enterprise } from '../schemas/enterprise.ts';
import type { Icon } from '../schemas/icon.ts';
import type { Localized } from '../schemas/localized.ts';
import type { Programme } from '../schemas/programme.ts';

/** Enterprise booths stand in a zone of their own. */
export const ENTERPRISE_ZONE_ID = 'enterprises';

export type BoothKind = 'programme' | 'enterprise';

/** What the world, the mini-map, search and /list need to know of a booth. */
export interface BoothSummary {
  id: string;
  kind: BoothKind;
  zoneId: string;
  title: Localized;
  icon: Icon;
  /** Programme letter (가, 나 …); absent for enterprises. */
  letter?: string;
}

export interface ZoneSummary {
  id: string;
  title: Localized;
  /** Index into the center's palette. */
  colorIndex: number;
  /** The activity this stage belongs to; absent for the enterprise zone. */
  activity?: { id: string; title: Localized };
  boothIds: string[];
}

export type BoothDetail =
  | { kind: 'programme'; summary: BoothSummary; programme: Programme; stage: Stage; activity: Activity; enterprises: Enterprise[] }
  | { kind: 'enterprise'; summary: BoothSummary; enterprise: Enterprise; programme: Programme | undefined };

export const ENTERPRISE_ZONE_TITLE: Localized = { ko: '기업관', en: 'Enterprise Hall' };
export const ENTERPRISE_ZONE_COLOR_INDEX = 4;

export function listZones(c: Catalogue): ZoneSummary[] {
  const zones: ZoneSummary[] = c.valueChain.activities.flatMap((a) =>
    a.stages.map((s) => ({
      id: s.id,
      title: s.title,
      colorIndex: s.colorIndex,
      activity: { id: a.id, title: a.title },
      // Enterprises staff placed in a stage stand after its programmes.
      boothIds: [...s.programmes.map((p) => p.id), ...c.enterprises.filter((e) => e.zoneId === s.id).map((e) => e.id)],
    })),
  );
  const inHall = c.enterprises.filter((e) => e.zoneId === undefined);
  if (inHall.length > 0) {
    zones.push({
      id: ENTERPRISE_ZONE_ID,
      title: ENTERPRISE_ZONE_TITLE,
      colorIndex: ENTERPRISE_ZONE_COLOR_INDEX,
      boothIds: inHall.map((e) => e.id),
    });
  }
  return zones;
}

export function listBooths(c: Catalogue): BoothSummary[] {
  const programmes = c.valueChain.activities.flatMap((a) =>
    a.stages.flatMap((s) =>
      s.programmes.map(
        (p): BoothSummary => ({ id: p.id, kind: 'programme', zoneId: s.id, title: p.title, icon: p.icon, letter: p.letter }),
      ),
    ),
  );
  const enterprises = c.enterprises.map(
    (e): BoothSummary => ({ id: e.id, kind: 'enterprise', zoneId: e.zoneId ?? ENTERPRISE_ZONE_ID, title: e.name, icon: e.icon }),
  );
  return [...programmes, ...enterprises];
}

export function findBooth(c: Catalogue, id: string): BoothDetail | undefined {
  for (const activity of c.valueChain.activities) {
    for (const stage of activity.stages) {
      const programme = stage.programmes.find((p) => p.id === id);
      if (programme) {
        return {
          kind: 'programme',
          summary: { id, kind: 'programme', zoneId: stage.id, title: programme.title, icon: programme.icon, letter: programme.letter },
          programme,
          stage,
          activity,
          enterprises: c.enterprises.filter((e) => e.programmeId === id),
        };
      }
    }
  }
  const enterprise = c.enterprises.find((e) => e.id === id);
  if (!enterprise) return undefined;
  const programme = c.valueChain.activities
    .flatMap((a) => a.stages.flatMap((s) => s.programmes))
    .find((p) => p.id === enterprise.programmeId);
  return {
    kind: 'enterprise',
    summary: { id, kind: 'enterprise', zoneId: enterprise.zoneId ?? ENTERPRISE_ZONE_ID, title: enterprise.name, icon: enterprise.icon },
    enterprise,
    programme,
  };
}
