/** Between the wire and the repository: a timed fair and its events as the API sends and receives them. */
import type { AdminFair, FairBody, FairEvent, FairEventBody, PublicFair } from '../../shared/api/fairs.ts';
import type { FairEventInput, FairEventRow, FairSettings, TimedFair } from '../db/fairsRepo.ts';

export const settingsOf = (b: FairBody): FairSettings => ({ ...b, startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt) });

export const eventInputOf = (b: FairEventBody): FairEventInput => ({ ...b, startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt) });

export const eventOut = (e: FairEventRow): FairEvent => ({ ...e, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString() });

export const adminFairOut = (f: TimedFair): AdminFair => ({ ...f, startsAt: f.startsAt.toISOString(), endsAt: f.endsAt.toISOString(), events: f.events.map(eventOut) });

export const publicFairOut = (f: TimedFair): PublicFair => ({
  slug: f.slug,
  title: f.title,
  startsAt: f.startsAt.toISOString(),
  endsAt: f.endsAt.toISOString(),
  events: f.events.map(eventOut),
  boothIds: f.boothIds,
});
