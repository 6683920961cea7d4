import { describe, expect, it } from 'vitest';
import { templateInputs } from '../../client/world/scene/boothInputs.ts';
import { boothSignSpots, boothToWorld, WALL_HEIGHT } from '../../client/world/signage/boothParts.ts';
import { boothTemplate, posterCount, type BoothTemplateInput, type TemplatePart, type TemplateRole } from '../../client/world/signage/boothTemplate.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { boothFootprint } from '../../shared/world/boothSlots.ts';
import { rectContains } from '../../shared/world/geometry.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import { shapedCatalogue } from '../helpers/worldFixtures.ts';

const layout = layoutWorld(CATALOGUE);
const inputs = templateInputs(layout, CATALOGUE);
const count = (parts: TemplatePart[], ...roles: TemplateRole[]): number => parts.filter((p) => roles.includes(p.role)).length;
const base = { width: 4, depth: 3, images: 0, exhibits: 0 };
const programme = (over: Partial<BoothTemplateInput> = {}): BoothTemplateInput => ({ id: 'p', kind: 'programme', ...base, ...over });
const enterprise = (over: Partial<BoothTemplateInput> = {}): BoothTemplateInput => ({ id: 'e', kind: 'enterprise', ...base, ...over });

describe('booth template', () => {
  it('the real catalogue has both kinds of booth', () => {
    expect(new Set(inputs.map((b) => b.kind))).toEqual(new Set(['programme', 'enterprise']));
  });

  it('every booth gets a header, posters, a counter, exactly one screen, and plants or a stand', () => {
    for (const input of inputs) {
      const parts = boothTemplate(input);
      expect(count(parts, 'header'), input.id).toBe(1);
      expect(count(parts, 'frame', 'poster', 'posterAlt'), input.id).toBeGreaterThanOrEqual(2);
      expect(count(parts, 'counter'), input.id).toBe(1);
      expect(count(parts, 'screen'), input.id).toBe(1);
      expect(count(parts, 'leaves', 'stand'), input.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('the screen is where the booth sign puts its icon, so it stays one recognisable quad', () => {
    const screen = boothTemplate(programme()).find((p) => p.role === 'screen')!;
    const icon = boothSignSpots(4, 3).icon.c;
    expect(screen.c[0]).toBeCloseTo(icon[0]);
    expect(screen.c[1]).toBeCloseTo(icon[1]);
    // The icon hangs just in front of the screen's face.
    expect(screen.c[2] - screen.s[2] / 2).toBeGreaterThan(icon[2]);
  });

  it('is deterministic per booth id, and the id varies the decorations', () => {
    for (const input of inputs) expect(boothTemplate({ ...input })).toEqual(boothTemplate(input));
    const decor = (b: BoothTemplateInput): string => JSON.stringify(boothTemplate(b).filter((p) => ['pot', 'leaves', 'stand', 'standTop', 'product'].includes(p.role)));
    const ids = Array.from({ length: 12 }, (_, i) => `booth-${i}`);
    expect(new Set(ids.map((id) => decor(programme({ id })))).size).toBeGreaterThan(1);
    expect(new Set(ids.map((id) => decor(enterprise({ id })))).size).toBeGreaterThan(1);
  });

  it('programme booths are roofed open pavilions; enterprise booths are shell-scheme cubicles with a product stand', () => {
    for (const id of ['a', 'b', 'c', 'd']) {
      const p = boothTemplate(programme({ id }));
      const e = boothTemplate(enterprise({ id }));
      expect(count(p, 'roof')).toBe(1);
      expect(count(e, 'roof')).toBe(0);
      // A pavilion's side boards stand off the floor and short of the front; a shell scheme's walls are whole.
      for (const s of p.filter((x) => x.role === 'side')) expect(s.c[1] - s.s[1] / 2).toBeGreaterThan(0.3);
      for (const s of e.filter((x) => x.role === 'side')) expect(s.s[1]).toBeCloseTo(WALL_HEIGHT);
      expect(count(e, 'rail')).toBe(2);
      expect(count(e, 'product')).toBe(1);
      expect(count(p, 'product')).toBe(0);
    }
  });

  it('hangs a frame per image, else a coloured poster per exhibit (at least two, at most four)', () => {
    expect(count(boothTemplate(enterprise({ images: 3 })), 'frame')).toBe(3);
    expect(count(boothTemplate(enterprise({ images: 3 })), 'poster', 'posterAlt')).toBe(0);
    expect(count(boothTemplate(enterprise({ images: 9 })), 'frame')).toBe(4);
    expect(count(boothTemplate(programme({ exhibits: 3 })), 'poster', 'posterAlt')).toBe(3);
    expect(count(boothTemplate(programme({ exhibits: 0 })), 'poster', 'posterAlt')).toBe(2);
    expect(count(boothTemplate(programme({ images: 1, exhibits: 3 })), 'frame', 'poster', 'posterAlt')).toBe(3);
    // An enterprise has no exhibits of its own: its images, or two posters.
    expect(posterCount({ kind: 'enterprise', images: 0, exhibits: 5 })).toBe(2);
  });

  it.each([
    ['the real catalogue', layout, inputs],
    ['200 booths', ...(() => {
      const c = shapedCatalogue({ stages: [[4, 4]], enterprises: 184, history: 3 });
      const l = layoutWorld(c);
      return [l, templateInputs(l, c)] as const;
    })()],
  ])('%s: everything below head height stands inside the booth footprint (its collider), the interact point outside and in front of the counter', (_, l, ins) => {
    l.booths.forEach((b, i) => {
      const foot = boothFootprint(b);
      const parts = boothTemplate(ins[i]!);
      for (const part of parts.filter((p) => p.c[1] - p.s[1] / 2 < 2)) {
        for (const sx of [-0.5, 0.5]) {
          for (const sz of [-0.5, 0.5]) {
            const [x, , z] = boothToWorld(b, part.c[0] + sx * part.s[0], 0, part.c[2] + sz * part.s[2]);
            expect(rectContains(foot, { x: x - Math.sign(x - b.position.x) * 1e-6, z: z - Math.sign(z - b.position.z) * 1e-6 }), `${b.id} ${part.role}`).toBe(true);
          }
        }
      }
      expect(rectContains(foot, b.interactPoint)).toBe(false);
      expect(l.colliders.some((r) => rectContains(r, b.interactPoint))).toBe(false);
      const counter = parts.find((p) => p.role === 'counter')!;
      const [cx, , cz] = boothToWorld(b, counter.c[0], 0, counter.c[2]);
      // The counter sits on the line from the booth's centre to its interact point.
      const toPoint = { x: b.interactPoint.x - b.position.x, z: b.interactPoint.z - b.position.z };
      const toCounter = { x: cx - b.position.x, z: cz - b.position.z };
      expect(Math.abs(toPoint.x * toCounter.z - toPoint.z * toCounter.x)).toBeLessThan(1e-6);
      expect(toPoint.x * toCounter.x + toPoint.z * toCounter.z).toBeGreaterThan(0);
    });
  });
});
