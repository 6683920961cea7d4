import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import type { Env } from '../env.ts';
import type { Logger } from '../logger.ts';
import { openDatabase } from '../db/open.ts';
import { createVenueService, type VenueService } from './venueService.ts';

/** The database (migrated), the brochure imported into it, and the service over both. */
export async function openVenue(env: Pick<Env, 'REDIS_URL' | 'DATABASE_URL' | 'DATA_DIR' | 'SEEOT_FIXTURE_BOOTHS'>, log: Logger): Promise<VenueService> {
  const db = await openDatabase(env, log);
  try {
    return await createVenueService({ db, brochure: CATALOGUE, fixtureBooths: env.SEEOT_FIXTURE_BOOTHS, log });
  } catch (e) {
    await db.close();
    throw e;
  }
}
