import { describe, expect, it } from 'vitest';
import { PICTURE_POOL, poolBytes } from '../../client/world/media/budget.ts';
import { pictureItems } from '../../client/world/media/items.ts';
import { PictureSchedule, type Placed } from '../../client/world/media/schedule.ts';
import { boothSignSpots, boothToWorld, LOGO_BOX } from '../../client/world/signage/boothParts.ts';
import { CELL } from '../../client/world/signage/specs.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { layoutWorld } from '../../shared/world/layout.ts';

/** A row of pictures along x, one metre apart (url p0 at x = 0 …). */
const row = (n: number): Placed[] => Array.from({ length: n }, (_, i) => ({ url: `p${i}`, x: i, z: 0 }));

function planner(slots: number, items: Placed[]) {
  const s = new PictureSchedule(slots);
  s.setItems(items);
  const started: string[] = [];
  const slotOf = new Map<string, number>();
  const plan = (x: number, budget = 100, range = 1000) => {
    started.length = 0;
    s.plan(x, 0, range, budget, (slot, url) => (started.push(url), slotOf.set(url, slot)), () => {});
    return [...started];
  };
  const finish = (ok = true) => [...slotOf].forEach(([url, slot]) => s.loaded(slot, url, ok));
  return { s, plan, finish, slotOf };
}

describe('the booth picture schedule', () => {
  it('loads the nearest pictures first, no more than the pool holds, within range', () => {
    const { plan } = planner(3, row(10));
    expect(plan(0)).toEqual(['p0', 'p1', 'p2']);
    const far = planner(3, row(10));
    expect(far.plan(0, 100, 1.5)).toEqual(['p0', 'p1']);
    const slow = planner(3, row(10));
    expect(slow.plan(9, 2)).toEqual(['p9', 'p8']);
  });

  it('a picture shown in two places takes one slot', () => {
    const { plan } = planner(3, [{ url: 'a', x: 0, z: 0 }, { url: 'a', x: 1, z: 0 }, { url: 'b', x: 2, z: 0 }]);
    expect(plan(0)).toEqual(['a', 'b']);
  });

  it('as the visitor walks, the farthest loaded pictures give their slots to nearer ones', () => {
    const { s, plan, finish } = planner(3, row(10));
    plan(0);
    finish();
    expect(['p0', 'p1', 'p2'].map((u) => s.readySlot(u) >= 0)).toEqual([true, true, true]);
    expect(plan(9)).toEqual(['p9', 'p8', 'p7']);
    finish();
    expect(s.readySlot('p0')).toBe(-1);
    expect(s.readySlot('p9')).toBeGreaterThanOrEqual(0);
    expect(s.counts()).toMatchObject({ resident: 3, loading: 0 });
  });

  it('a load in progress is never evicted, and a failed picture is not asked for again', () => {
    const { s, plan, finish } = planner(2, row(4));
    plan(0);
    // Still loading: walking away starts nothing, since both slots are busy.
    expect(plan(3)).toEqual([]);
    finish(false);
    expect(s.counts()).toMatchObject({ resident: 0, loading: 0, failed: 2 });
    expect(plan(0)).toEqual(['p2', 'p3']);
  });
});

describe('booth pictures in the world', () => {
  const layout = layoutWorld(CATALOGUE);
  const booth = layout.booths.find((b) => b.kind === 'enterprise')!;
  const images = Array.from({ length: 6 }, (_, k) => ({ mediaId: `image-${k}-xxxxxxxx` }));
  const withPictures = structuredClone(CATALOGUE);
  const entry = withPictures.enterprises.find((e) => e.id === booth.id)!;
  entry.logo = 'logo-xxxxxxxxxx';
  entry.images = images;

  it('hang a logo on the sign and the first four images on panels inside the booth, at the sizes the world draws', () => {
    const items = pictureItems(layout, withPictures);
    expect(items.map((i) => `${i.kind} ${i.index} ${i.url}`)).toEqual([
      'logo 0 /media/logo-xxxxxxxxxx/sign.webp',
      ...[0, 1, 2, 3].map((k) => `image ${k} /media/image-${k}-xxxxxxxx/thumb.webp`),
    ]);
    // Panels stand inside the booth's footprint; the logo on the title sign's line.
    const toLocal = (x: number, z: number) => {
      const th = booth.heading;
      const dx = x - booth.position.x;
      const dz = z - booth.position.z;
      return { lx: dx * Math.cos(th) - dz * Math.sin(th), lz: dx * Math.sin(th) + dz * Math.cos(th) };
    };
    for (const p of items.slice(1)) {
      const { lx, lz } = toLocal(p.x, p.z);
      expect(Math.abs(lx)).toBeLessThan(booth.width / 2);
      expect(Math.abs(lz)).toBeLessThan(booth.depth / 2);
    }
    const sign = boothSignSpots(booth.width, booth.depth).title;
    const [sx, , sz] = boothToWorld(booth, ...sign.c);
    expect(Math.hypot(items[0]!.x - sx, items[0]!.z - sz)).toBeLessThan(sign.size[0] / 2);
    expect(items[0]!.y).toBe(sign.c[1]);
  });

  it('the sign leaves its logo square in the booth cell the atlas draws', () => {
    expect([LOGO_BOX.cellWidth, LOGO_BOX.cellHeight]).toEqual(CELL.booth);
    expect(LOGO_BOX.size).toBeLessThan(LOGO_BOX.cellHeight);
  });

  it('a venue without pictures hangs none', () => {
    expect(pictureItems(layout, CATALOGUE)).toEqual([]);
  });

  it('each pool fits beside its tier\'s largest sign atlas and shadow map within the texture budget', () => {
    const MB = 1024 * 1024;
    const atlasLow = (2048 * 2048 * 4 * 4) / 3;
    expect(atlasLow + poolBytes(PICTURE_POOL.low)).toBeLessThan(48 * MB);
    const shadowHigh = 2048 * 2048 * 4 * 2;
    expect(64 * MB + shadowHigh + poolBytes(PICTURE_POOL.high)).toBeLessThan(128 * MB);
    expect(poolBytes({ slots: 1, edge: 4 })).toBe((16 + 4 + 1) * 4);
  });
});
