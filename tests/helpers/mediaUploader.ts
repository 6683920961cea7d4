/**
 * A child process for the upload durability test: opens the venue as the server does (DATA_DIR's
 * PGlite in its worker, or DATABASE_URL), then uploads a different picture to booth `nongnongi`
 * again and again through the media service, printing `ack <id>` once each upload has resolved,
 * until it is killed.
 */
import { createLogger } from '../../server/logger.ts';
import { createMediaService } from '../../server/media/service.ts';
import { openVenue } from '../../server/venue/openVenue.ts';
import { phoneJpeg } from '../fixtures/media/images.ts';

const venue = await openVenue({ DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL }, createLogger('silent'));
const media = createMediaService({ repo: venue.repos.media, log: createLogger('silent') });
console.log('open');
for (let n = 1; ; n++) {
  const bytes = await phoneJpeg({ width: 640, height: 480, rgb: [n % 256, (n * 7) % 256, (n * 13) % 256] });
  const r = await media.upload({ boothId: 'nongnongi', kind: 'image', bytes, by: null });
  if (!r.ok) throw new Error(`upload ${n} refused: ${r.error}`);
  console.log(`ack ${r.media.id}`);
}
