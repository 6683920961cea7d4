/** Every repository on one drizzle database (either driver's): what the worker and PostgreSQL serve. */
import { createAccountsRepo } from './accountsDrizzle.ts';
import { createAnalyticsRepo } from './analyticsDrizzle.ts';
import { createAnnouncementsRepo } from './announcementsDrizzle.ts';
import { createBoothEditsRepo } from './boothEditsDrizzle.ts';
import { createBoothsRepo } from './boothsDrizzle.ts';
import type { Db } from './drizzleRepo.ts';
import { createFairsRepo } from './fairsDrizzle.ts';
import { createVenueRepo } from './drizzleRepo.ts';
import { createInquiriesRepo } from './inquiriesDrizzle.ts';
import { createMediaRepo } from './mediaDrizzle.ts';
import { createModerationRepo } from './moderationDrizzle.ts';
import { createOrdersRepo } from './ordersDrizzle.ts';
import { createReplaysRepo } from './replaysDrizzle.ts';
import type { Repos } from './repos.ts';
import { createSecondFactorRepo } from './secondFactorDrizzle.ts';

export function createRepos(db: Db): Repos {
  return {
    venue: createVenueRepo(db),
    boothEdits: createBoothEditsRepo(db),
    booths: createBoothsRepo(db),
    fairs: createFairsRepo(db),
    accounts: createAccountsRepo(db),
    analytics: createAnalyticsRepo(db),
    inquiries: createInquiriesRepo(db),
    media: createMediaRepo(db),
    orders: createOrdersRepo(db),
    moderation: createModerationRepo(db),
    secondFactor: createSecondFactorRepo(db),
    announcements: createAnnouncementsRepo(db),
    replays: createReplaysRepo(db),
  };
}
