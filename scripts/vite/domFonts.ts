import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { DOM_FONT_MANIFEST_PATH, fontFaceRule, parseUnicodeRange, type DomFontFace, type DomFontManifest } from '../../shared/page/fonts.ts';

/** The weights the DOM uses: body text and bold (headings, buttons, labels). */
const WEIGHTS = [400, 700] as const;

interface SourceFace {
  weight: number;
  file: string;
  ranges: [number, number][];
}

/** The faces @fontsource declares for one weight: its WOFF2 file and unicode-range each. */
function sourceFaces(pkgDir: string, weight: number): SourceFace[] {
  const css = readFileSync(join(pkgDir, `${weight}.css`), 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!file || !range) throw new Error(`@fontsource/noto-sans-kr/${weight}.css: a face without a woff2 file or unicode-range`);
    return { weight, file, ranges: parseUnicodeRange(range) };
  });
}

/**
 * The DOM font without its 183 KB render-blocking stylesheet. @fontsource's CSS (248 faces, each
 * with a WOFF fallback and a comment) is replaced, in the client build only, by:
 * - the WOFF2 files as hashed assets (no WOFF: every browser the app supports reads WOFF2),
 * - one compact stylesheet declaring every face, which the page loads after it is interactive,
 * - `.vite/dom-fonts.json`, from which the server inlines into each page only the faces for the
 *   characters that page shows (server/http/ssrFonts.ts).
 * In `vite dev` nothing is emitted: client/main.tsx imports @fontsource's CSS there instead.
 */
export function domFonts(): Plugin {
  const pkgDir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-kr/package.json'));
  return {
    name: 'seeot:dom-fonts',
    apply: 'build',
    applyToEnvironment: (env) => env.config.consumer === 'client',
    generateBundle() {
      const faces: DomFontFace[] = WEIGHTS.flatMap((weight) =>
        sourceFaces(pkgDir, weight).map((f) => {
          const ref = this.emitFile({ type: 'asset', name: f.file, source: readFileSync(join(pkgDir, 'files', f.file)) });
          return { weight, ranges: f.ranges, url: `/${this.getFileName(ref)}` };
        }),
      );
      const cssRef = this.emitFile({ type: 'asset', name: 'fonts.css', source: faces.map((f) => fontFaceRule(f, f.ranges)).join('\n') });
      const manifest: DomFontManifest = { css: `/${this.getFileName(cssRef)}`, faces };
      this.emitFile({ type: 'asset', fileName: DOM_FONT_MANIFEST_PATH, source: JSON.stringify(manifest) });
    },
  };
}
