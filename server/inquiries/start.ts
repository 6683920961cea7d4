/**
 * Inquiries on a database, wired for app.ts: the service (with app.ts's mailer, shared with the
 * enterprise invitations), the retention job (at start, then hourly) and the routes; close() at shutdown.
 */
import type { Router } from 'express';
import { sessionSecretOf } from '../auth/secret.ts';
import type { Repos } from '../db/repos.ts';
import type { Env } from '../env.ts';
import { inquiryRoutes } from '../http/inquiries.ts';
import type { Limits } from '../limits/limits.ts';
import type { Logger } from '../logger.ts';
import type { VenueSource } from '../venue/venueSource.ts';
import type { Mailer } from './mailer.ts';
import { startRetentionJob } from './retention.ts';
import { createInquiryService } from './service.ts';

export interface InquiriesOptions {
  repos: Repos;
  env: Pick<Env, 'INQUIRY_RETENTION_DAYS' | 'SESSION_SECRET' | 'DATA_DIR'>;
  mailer: Mailer;
  log: Logger;
  limits: Pick<Limits, 'inquiries'>;
  venue: VenueSource;
}

export function startInquiries({ repos, env, log, limits, venue, mailer }: InquiriesOptions): { router: Router; close(): void } {
  const readVenue = async () => (await venue.getVenue()).venue;
  const service = createInquiryService({ repo: repos.inquiries, venue: readVenue, mailer, retentionDays: env.INQUIRY_RETENTION_DAYS, log });
  const retention = startRetentionJob(() => service.eraseExpired(), log);
  const router = inquiryRoutes({ repos, service, limits: limits.inquiries, secret: sessionSecretOf(env), venue: readVenue });
  return {
    router,
    close() {
      retention.stop();
    },
  };
}
