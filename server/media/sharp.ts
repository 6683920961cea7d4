/**
 * sharp, set up once for uploads from people we do not know.
 * - Only the decoders of the formats we take can run: every other libvips loader (SVG, PDF, TIFF,
 *   ImageMagick, raw matrices …) is blocked, so a file that slips past the magic-byte check
 *   (sniff.ts) still never reaches an SVG renderer or a TIFF parser.
 * - No operation cache: every upload is different, and the cache would only hold memory.
 * - One libvips thread per picture: sharp's async calls run on libuv's thread pool, off the halls'
 *   thread, and the service runs at most MEDIA_CONCURRENCY at once (service.ts), so uploads take at
 *   most that many cores and leave one to the halls.
 */
import sharp from 'sharp';

const ALLOWED_LOADERS = ['VipsForeignLoadJpegBuffer', 'VipsForeignLoadPngBuffer', 'VipsForeignLoadWebpBuffer', 'VipsForeignLoadNsgifBuffer', 'VipsForeignLoadHeifBuffer'];

sharp.block({ operation: ['VipsForeignLoad'] });
sharp.unblock({ operation: ALLOWED_LOADERS });
sharp.cache(false);
sharp.concurrency(1);

export { sharp };
