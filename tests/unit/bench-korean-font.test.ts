import * as fontkit from 'fontkit';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../tests/bench/lib/koreanSystemFont.ts';

describe("bench:pages' Korean system font", () => {
  it('unwraps the WOFF into the same font: every character it maps, Hangul included', () => {
    const files = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-kr/package.json')), 'files');
    const woffPath = join(files, 'noto-sans-kr-korean-400-normal.woff');
    const sfnt = woffToSfnt(readFileSync(woffPath));
    expect(['\0\x01\0\0', 'OTTO']).toContain(sfnt.toString('latin1', 0, 4));
    const dir = mkdtempSync(join(tmpdir(), 'seeot-font-test-'));
    try {
      writeFileSync(join(dir, 'font.ttf'), sfnt);
      const open = (path: string): fontkit.Font => {
        const f = fontkit.openSync(path);
        return 'fonts' in f ? f.fonts[0]! : f;
      };
      const [woff, ttf] = [open(woffPath), open(join(dir, 'font.ttf'))];
      expect(ttf.characterSet.length).toBe(woff.characterSet.length);
      for (const c of '가시웃월드힣A') expect(ttf.hasGlyphForCodePoint(c.codePointAt(0)!), c).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
