/**
 * A child process for the durability test: opens the venue as the server does (DATA_DIR's PGlite in
 * its worker, or DATABASE_URL), then saves booth `nongnongi`'s Korean name as "편집 1", "편집 2", …
 * one after another, printing `ack N` once each save has resolved, until it is killed.
 */
import { createLogger } from '../../server/logger.ts';
import { openVenue } from '../../server/venue/openVenue.ts';

const venue = await openVenue({ DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL }, createLogger('silent'));
console.log('open');
for (let n = 1; ; n++) {
  const r = await venue.editBooth({ boothId: 'nongnongi', fields: [{ path: 'name.ko', value: `편집 ${n}` }], by: 'durability-test' });
  if (!r.ok) throw new Error(`save ${n} refused: ${r.reason}`);
  console.log(`ack ${n}`);
}
