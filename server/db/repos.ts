/**
 * Every repository the server asks of its database, by name: each is a small async interface in a
 * file of its own (types and names only), implemented once with drizzle (createRepos.ts) and run
 * unchanged in the PGlite worker (called through messages) or in-process on PostgreSQL.
 */
import { ACCOUNTS_REPO_METHODS, type AccountsRepo } from './accountsRepo.ts';
import { ANNOUNCEMENTS_REPO_METHODS, type AnnouncementsRepo } from './announcementsRepo.ts';
import { ANALYTICS_REPO_METHODS, type AnalyticsRepo } from './analyticsRepo.ts';
import { BOOTH_EDITS_REPO_METHODS, type BoothEditsRepo } from './boothEditsRepo.ts';
import { BOOTHS_REPO_METHODS, type BoothsRepo } from './boothsRepo.ts';
import { FAIRS_REPO_METHODS, type FairsRepo } from './fairsRepo.ts';
import { INQUIRIES_REPO_METHODS, type InquiriesRepo } from './inquiriesRepo.ts';
import { MEDIA_REPO_METHODS, type MediaRepo } from './mediaRepo.ts';
import { MODERATION_REPO_METHODS, type ModerationRepo } from './moderationRepo.ts';
import { ORDERS_REPO_METHODS, type OrdersRepo } from './ordersRepo.ts';
import { REPLAYS_REPO_METHODS, type ReplaysRepo } from './replaysRepo.ts';
import { SECOND_FACTOR_REPO_METHODS, type SecondFactorRepo } from './secondFactorRepo.ts';
import { VENUE_REPO_METHODS, type VenueRepo } from './venueRepo.ts';

export interface Repos {
  venue: VenueRepo;
  boothEdits: BoothEditsRepo;
  booths: BoothsRepo;
  fairs: FairsRepo;
  accounts: AccountsRepo;
  analytics: AnalyticsRepo;
  inquiries: InquiriesRepo;
  media: MediaRepo;
  orders: OrdersRepo;
  moderation: ModerationRepo;
  secondFactor: SecondFactorRepo;
  announcements: AnnouncementsRepo;
  replays: ReplaysRepo;
}

/** Each repository's methods, for the worker's message protocol (a call names repository and method). */
export const REPO_METHODS = {
  venue: VENUE_REPO_METHODS,
  boothEdits: BOOTH_EDITS_REPO_METHODS,
  booths: BOOTHS_REPO_METHODS,
  fairs: FAIRS_REPO_METHODS,
  accounts: ACCOUNTS_REPO_METHODS,
  analytics: ANALYTICS_REPO_METHODS,
  inquiries: INQUIRIES_REPO_METHODS,
  media: MEDIA_REPO_METHODS,
  orders: ORDERS_REPO_METHODS,
  moderation: MODERATION_REPO_METHODS,
  secondFactor: SECOND_FACTOR_REPO_METHODS,
  announcements: ANNOUNCEMENTS_REPO_METHODS,
  replays: REPLAYS_REPO_METHODS,
} as const satisfies { [K in keyof Repos]: readonly (keyof Repos[K])[] };

export type RepoName = keyof Repos;
export const REPO_NAMES = Object.keys(REPO_METHODS) as [RepoName, ...RepoName[]];

/** An open database: its repositories, and how to close it (at shutdown). */
export interface Database {
  repos: Repos;
  close(): Promise<void>;
}
