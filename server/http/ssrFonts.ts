/**
 * The DOM font faces a server-rendered page inlines: only the slices (and, within each, only the
 * characters) the page shows, so the first paint needs no font stylesheet request and the inline CSS
 * stays a few KB. The browser then downloads just those WOFF2 files, once it lays the text out; until
 * they arrive the text is drawn in the metric-matched fallback (client/styles/base.css).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOM_FONT_MANIFEST_PATH, DomFontManifestSchema, fontFaceRule, type DomFontManifest } from '../../shared/page/fonts.ts';

/** The build's font manifest (scripts/vite/domFonts.ts), or null when the build has none. */
export function loadFontManifest(distDir: string): DomFontManifest | null {
  const path = join(distDir, DOM_FONT_MANIFEST_PATH);
  if (!existsSync(path)) return null;
  return DomFontManifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Sorted code points → inclusive runs: [0x41, 0x42, 0x43, 0x5a] → [[0x41, 0x43], [0x5a, 0x5a]]. */
export function runs(points: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else out.push([p, p]);
  }
  return out;
}

/**
 * @font-face rules for the characters in `text` (the page's HTML: its markup adds only ASCII, which
 * the Latin face covers anyway): for each face, both weights (which text is bold is the stylesheet's
 * business, and a declared face costs nothing until a character needs it), its unicode-range
 * narrowed to the characters of `text` it covers. Faces covering none are left out.
 */
export function fontFacesFor(manifest: DomFontManifest, text: string): string {
  const points = [...new Set(Array.from(text, (c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  return manifest.faces
    .map((face) => {
      const used = points.filter((p) => face.ranges.some(([a, b]) => p >= a && p <= b));
      return used.length > 0 ? fontFaceRule(face, runs(used)) : null;
    })
    .filter((rule) => rule !== null)
    .join('');
}
