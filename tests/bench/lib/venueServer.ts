/**
 * The server bench:venue measures, as a child process: the real app (server/app.ts) over a venue of
 * 200 booths that the DATABASE holds. The fixture padding of SEEOT_FIXTURE_BOOTHS is never stored
 * (edits to its booths are refused), so this entry imports a 200-booth fixture catalogue as the
 * brochure instead: its booths are rows, and their pictures and edits are stored like any booth's.
 *
 *   node tests/bench/lib/venueServer.ts db       the database venue; on a fresh DATA_DIR it first
 *        uploads a logo and 4 images per booth through the media service (sharp encodes them as an
 *        upload is) and saves them on the booth through VenueService.editBooth; then serves. Over
 *        IPC: {edits: true} starts an edit every 200 ms (a booth's tagline, through editBooth, as
 *        the studio route saves), {edits: false} stops them and answers {edited, failed}.
 *   node tests/bench/lib/venueServer.ts static FILE   the same app over staticVenue(the catalogue in
 *        FILE): no database, the in-memory venue the in-process tests boot.
 * Prints `ready <booths> <pictures>` once listening.
 */
import { readFileSync } from 'node:fs';
import { CATALOGUE } from '../../../shared/catalogue/catalogue.ts';
import { listBooths } from '../../../shared/catalogue/booths.ts';
import { fixtureCatalogue } from '../../../shared/catalogue/fixture.ts';
import { CatalogueSchema } from '../../../shared/schemas/catalogue.ts';
import { createApp } from '../../../server/app.ts';
import { openDatabase } from '../../../server/db/open.ts';
import { parseEnv } from '../../../server/env.ts';
import { createLogger } from '../../../server/logger.ts';
import { createMediaService, type MediaService } from '../../../server/media/service.ts';
import { stopOnSignals } from '../../../server/shutdown.ts';
import { createVenueService, type VenueService } from '../../../server/venue/venueService.ts';
import { staticVenue, type VenueSource } from '../../../server/venue/venueSource.ts';
import { imageWebp, logoWebp } from '../../helpers/boothPictures.ts';

export const VENUE_BOOTHS = 200;
export const IMAGES_PER_BOOTH = 4;
/** One edit lands this often while the bench reads (issue 9 §7). */
export const EDIT_EVERY_MS = 200;

const env = parseEnv(process.env);
const log = createLogger(env.LOG_LEVEL);
const stopper = stopOnSignals(log);
const [mode, file] = process.argv.slice(2);

async function upload(media: MediaService, boothId: string, kind: 'logo' | 'image', bytes: Buffer): Promise<string> {
  for (;;) {
    const r = await media.upload({ boothId, kind, bytes, by: null });
    if (r.ok) return r.media.id;
    // Too many at once for the encoder's queue: wait for it, as a phone's retry would.
    if (r.error !== 'busy') throw new Error(`upload to ${boothId} refused: ${r.error}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

/** A logo and IMAGES_PER_BOOTH images on every booth that has none yet (a fresh database). */
async function seedPictures(venue: VenueService): Promise<number> {
  const media = createMediaService({ repo: venue.repos.media, log });
  const booths = listBooths(venue.current().venue);
  let pictures = 0;
  const queue = booths.map((b, i) => ({ id: b.id, i }));
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { id, i } = next;
      const logo = await upload(media, id, 'logo', await logoWebp(i));
      const images: string[] = [];
      for (let k = 0; k < IMAGES_PER_BOOTH; k++) images.push(await upload(media, id, 'image', await imageWebp(i * IMAGES_PER_BOOTH + k, k % 2 ? 480 : 360, k % 2 ? 360 : 480)));
      const r = await venue.editBooth({
        boothId: id,
        by: 'bench',
        fields: [
          { path: 'logo', value: logo },
          { path: 'images', value: images.map((mediaId, k) => ({ mediaId, alt: `벤치 사진 ${k + 1}` })) },
        ],
      });
      if (!r.ok) throw new Error(`saving the pictures of ${id}: ${JSON.stringify(r)}`);
      pictures += 1 + images.length;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return pictures;
}

/** Edits every EDIT_EVERY_MS while switched on: each a booth's tagline, booths in turn. */
function editLoop(venue: VenueService): void {
  const booths = listBooths(venue.current().venue).map((b) => b.id);
  let timer: NodeJS.Timeout | null = null;
  let n = 0;
  let edited = 0;
  let failed = 0;
  process.on('message', (m: { edits?: boolean }) => {
    if (m.edits === true && !timer) {
      edited = failed = 0;
      timer = setInterval(() => {
        const boothId = booths[n++ % booths.length]!;
        venue.editBooth({ boothId, by: 'bench', fields: [{ path: 'tagline', value: `벤치 편집 ${n}` }] }).then(
          (r) => (r.ok ? edited++ : failed++),
          () => failed++,
        );
      }, EDIT_EVERY_MS);
    } else if (m.edits === false && timer) {
      clearInterval(timer);
      timer = null;
      process.send?.({ bench: 'edits', edited, failed });
    }
  });
}

let venue: VenueSource;
let pictures = 0;
if (mode === 'db') {
  const db = await openDatabase(env, log);
  const service = await createVenueService({ db, brochure: fixtureCatalogue(CATALOGUE, VENUE_BOOTHS), log });
  const seeded = listBooths(service.current().venue).filter((b) => service.current().venue.enterprises.some((e) => e.id === b.id && e.logo));
  if (seeded.length === 0) pictures = await seedPictures(service);
  editLoop(service);
  venue = service;
} else if (mode === 'static' && file) {
  venue = staticVenue(CatalogueSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
} else {
  throw new Error('usage: venueServer.ts db | static FILE');
}
const app = await createApp({ env, log, venue });
stopper.serving(app.gameServer);
console.log(`ready ${listBooths(venue.current().venue).length} ${pictures}`);
