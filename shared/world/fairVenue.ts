/**
 * A timed fair's venue: the whole exhibition cut down to the booths the fair shows (fair_booths),
 * so its hall is laid out by the same layoutWorld as the permanent exhibition. Pure, and shared by
 * the server (each fair's shards and their join check) and the client (/world?fair=, /list?fair=),
 * so both build the same floor plan and the venue fingerprint agrees.
 *
 * Stages left without a booth are dropped (no empty wing), and so are activities left without a
 * stage; the history hall, the plaza and the mascot stay: they are the venue's, not a booth's.
 */
import type { Catalogue } from '../schemas/catalogue.ts';

export function venueForFair(venue: Catalogue, boothIds: Iterable<string>): Catalogue {
  const shown = new Set(boothIds);
  const enterprises = venue.enterprises.filter((e) => shown.has(e.id));
  const zonedEnterprises = new Set(enterprises.flatMap((e) => (e.zoneId === undefined ? [] : [e.zoneId])));
  const activities = venue.valueChain.activities
    .map((a) => ({
      ...a,
      stages: a.stages
        .map((s) => ({ ...s, programmes: s.programmes.filter((p) => shown.has(p.id)) }))
        .filter((s) => s.programmes.length > 0 || zonedEnterprises.has(s.id)),
    }))
    .filter((a) => a.stages.length > 0);
  const programmeIds = new Set(activities.flatMap((a) => a.stages.flatMap((s) => s.programmes.map((p) => p.id))));
  return {
    ...venue,
    valueChain: { ...venue.valueChain, activities },
    // An enterprise's link to a programme the fair does not show would point at no booth.
    enterprises: enterprises.map((e) => (e.programmeId !== undefined && !programmeIds.has(e.programmeId) ? { ...e, programmeId: undefined } : e)),
  };
}
