import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MASCOT_COLORS } from '../../client/ui/mascot/mascotColors.ts';

/**
 * Issue 12 §2: 시웃이 is one character. His drawing (assets/mascot/seeot.svg) uses the 3D model's
 * colours for each of its parts, and the pages' component and the tab icon both point at that file
 * (the landing spec checks the built pages show one address).
 */
const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const svg = read('assets/mascot/seeot.svg');

describe('시웃이’s drawing and 3D model', () => {
  it('draws every part in the 3D model’s colour: body, sprout, eyes and mouth, cheeks, tongue', () => {
    for (const [part, colour] of Object.entries(MASCOT_COLORS)) expect(svg, part).toContain(`"${colour}"`);
  });

  it('uses no other colour than his own and white (a highlight) or black (a shade)', () => {
    const colours = new Set([...svg.matchAll(/#[0-9a-f]{3,6}\b/gi)].map((m) => m[0].toLowerCase()));
    expect([...colours].filter((c) => !(Object.values(MASCOT_COLORS) as string[]).includes(c) && c !== '#fff' && c !== '#000')).toEqual([]);
  });

  it('has the model’s parts: two raised arms, two feet, the sprout’s stem and two leaves, the s and o eyes', () => {
    const count = (re: RegExp) => [...svg.matchAll(re)].length;
    expect(count(/<path d="M\d+ \d+ L/g)).toBe(2);
    expect(count(new RegExp(`<ellipse[^>]*fill="${MASCOT_COLORS.sprout}"`, 'g'))).toBe(2);
    expect(count(new RegExp(`<ellipse[^>]*cy="180"[^>]*fill="${MASCOT_COLORS.body}"`, 'g'))).toBe(2);
    expect(svg).toMatch(new RegExp(`<circle[^>]*stroke="${MASCOT_COLORS.ink}"`));
  });

  it('is the one file the pages and the tab icon point at', () => {
    expect(read('client/ui/Mascot.tsx')).toContain("from '../../assets/mascot/seeot.svg?no-inline'");
    expect(read('client/index.html')).toMatch(/<link rel="icon" type="image\/svg\+xml" href="\.\.\/assets\/mascot\/seeot\.svg" \/>/);
  });
});
