/**
 * Inquiries on a database, wired for app.ts: the mailer (SMTP_URL, or a log line saying there is
 * none), the service, the retention job (at start, then hourly) and the routes; close() at shutdown.
 */
import type { Router } from 'express';
import { sessionSecretOf } from '../auth/secret.ts';
import type { Repos } from '../db/repos.ts';
import type { Env } from '../env.ts';
import { inquiryRoutes } from '../http/inquiries.ts';
import type { Limits } from '../limits/limits.ts';
import type { Logger } from '../logger.ts';
import type { VenueSource } from '../venue/venueSource.ts';
import { createMailer } from './mailer.ts';
import { startRetentionJob } from './retention.ts';
import { createInquiryService } from './service.ts';

export interface InquiriesOptions {
  repos: Repos;
  env: Pick<Env, 'SMTP_URL' | 'MAIL_FROM' | 'INQUIRY_RETENTION_DAYS' | 'SESSION_SECRET' | 'DATA_DIR'>;
  log: Logger;
  limits: Pick<Limits, 'inquiries'>;
  venue: VenueSource;
}

export function startInquiries({ repos, env, log, limits, venue }: InquiriesOptions): { router: Router; close(): Promise<void> } {
  const mailer = createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, log });
  const readVenue = async () => (await venue.getVenue()).venue;
  const service = createInquiryService({ repo: repos.inquiries, venue: readVenue, mailer, retentionDays: env.INQUIRY_RETENTION_DAYS, log });
  const retention = startRetentionJob(() => service.eraseExpired(), log);
  const router = inquiryRoutes({ repos, service, limits: limits.inquiries, secret: sessionSecretOf(env), venue: readVenue });
  return {
    router,
    async close() {
      retention.stop();
      await mailer.close();
    },
  };
}
