import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Text the build emits. Fonts and images are left out: WOFF and WOFF2 are already zlib/Brotli
 * compressed inside, so a second pass only costs build time and disk.
 */
const TEXT_EXTENSIONS = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.map', '.txt', '.xml', '.webmanifest']);

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** `.vite/` (manifests the server reads) and other dot paths are never sent to a browser. */
const isServed = (file: string): boolean => !file.split('/').some((segment) => segment.startsWith('.'));

/** Worth a file only when it saves something: tiny files can come out larger than they went in. */
const isSmaller = (variant: Buffer, original: Buffer): boolean => variant.byteLength < original.byteLength;

/**
 * Writes `<file>.br` and `<file>.gz` beside each text file in `dir` named in `files` (paths relative
 * to `dir`), at the highest levels: this runs once per build, so the server can send the files as
 * they are instead of compressing per request in the process that runs the halls.
 * Returns the files that got at least one variant.
 */
export async function precompressFiles(dir: string, files: readonly string[]): Promise<string[]> {
  const done = await Promise.all(
    files
      .filter((f) => isServed(f) && TEXT_EXTENSIONS.has(extname(f).toLowerCase()))
      .map(async (f) => {
        const path = join(dir, f);
        const original = await readFile(path);
        const [br, gzipped] = await Promise.all([
          brotli(original, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: original.byteLength,
            },
          }),
          gz(original, { level: constants.Z_BEST_COMPRESSION }),
        ]);
        const writes = [];
        if (isSmaller(br, original)) writes.push(writeFile(`${path}.br`, br));
        if (isSmaller(gzipped, original)) writes.push(writeFile(`${path}.gz`, gzipped));
        await Promise.all(writes);
        return writes.length > 0 ? f : null;
      }),
  );
  return done.filter((f) => f !== null);
}

/** The client build's output, precompressed after it is written (dist/client/**.br, .gz). */
export function precompress(): Plugin {
  return {
    name: 'seeot:precompress',
    apply: 'build',
    // The browser's files only: a server-side build (SSR) is not sent over the wire.
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    async writeBundle(options, bundle) {
      if (!options.dir) throw new Error('seeot:precompress: the build has no output directory');
      await precompressFiles(options.dir, Object.keys(bundle));
    },
  };
}
