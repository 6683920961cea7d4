import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * A Korean system font for a benchmark's browser, as every phone has one (Android's is Noto Sans
 * CJK KR, the same design as the page's Noto Sans KR). Debian's Chromium has none: without it every
 * Hangul character drawn before the web font arrives is a narrow box, so the page reflows when the
 * font swaps in, a shift no visitor's phone shows. The package's own Noto Sans KR (the full Korean
 * WOFF files, 400 and 700) becomes TrueType in a temporary folder that a fontconfig file adds to the
 * system's fonts; a browser started with `env` (FONTCONFIG_FILE) finds it, as fallback for Hangul.
 */
export interface SystemFont {
  env: Record<string, string>;
  remove(): void;
}

/** WOFF 1.0 → the TrueType it wraps: each table inflated (when compressed) into a plain sfnt. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compressed, length] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const raw = woff.subarray(offset, offset + compressed);
    return { tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? inflateSync(raw) : raw };
  }).sort((a, b) => Buffer.compare(a.tag, b.tag));
  const searchRange = 2 ** Math.floor(Math.log2(count)) * 16;
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(Math.log2(searchRange / 16), 8);
  header.writeUInt16BE(count * 16 - searchRange, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(header, at);
    header.writeUInt32BE(t.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4);
    t.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

export function koreanSystemFont(): SystemFont {
  const files = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-kr/package.json')), 'files');
  const dir = mkdtempSync(join(tmpdir(), 'seeot-fonts-'));
  mkdirSync(join(dir, 'fonts'));
  for (const weight of [400, 700]) {
    writeFileSync(join(dir, 'fonts', `noto-sans-kr-${weight}.ttf`), woffToSfnt(readFileSync(join(files, `noto-sans-kr-korean-${weight}-normal.woff`))));
  }
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      `  <dir>${join(dir, 'fonts')}</dir>`,
      `  <cachedir>${join(dir, 'cache')}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return { env: { FONTCONFIG_FILE: conf }, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
