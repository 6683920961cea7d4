import { Color, Matrix4, Vector3, type MeshStandardMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { AVATAR_BADGES, AVATAR_HAIRS, AVATAR_OUTFITS, AVATAR_SHAPES, type AvatarLook } from '../../shared/schemas/avatarLook.ts';
import { AvatarInstances } from '../../client/world/avatars/avatarInstances.ts';
import { AVATAR_COLORS, BADGE_COLORS, createAvatarParts, headY, wears } from '../../client/world/avatars/avatarParts.ts';
import { TAG_FONT_PX, TAG_H, TAG_WORLD_HEIGHT } from '../../client/world/avatars/tagSize.ts';
import { WORLD_LENS } from '../../client/world/scene/renderer.ts';

/**
 * Issue 12 §2: faces and looks on the crowd stay instanced. Each choice of hair and outfit is a part
 * of its own (its own geometry, one InstancedMesh for everyone wearing it); each shape places the
 * same parts differently; colours are per instance. The instancer packs avatars into the parts they
 * wear, so the draw calls are the parts in use, not the avatars.
 */
const parts = createAvatarParts(null);
const idx = (look: AvatarLook) => ({ shape: AVATAR_SHAPES.indexOf(look.shape), hair: AVATAR_HAIRS.indexOf(look.hair), outfit: AVATAR_OUTFITS.indexOf(look.outfit) });
const meshOf = (crowd: AvatarInstances, name: string) => crowd.meshes.find((m) => m.name === name)!;
const at = (x: number) => new Matrix4().makeTranslation(x, 0, 0);

describe('avatar parts', () => {
  it('every hair but none and every outfit but plain is a part with geometry of its own; body and head are worn by all', () => {
    const worn = (look: Pick<AvatarLook, 'hair' | 'outfit'>) => parts.filter((p) => wears(p, look.hair, look.outfit)).map((p) => p.name);
    expect(worn({ hair: 'none', outfit: 'plain' })).toEqual(['avatar-blob', 'avatar-bodies', 'avatar-heads']);
    const hairParts = AVATAR_HAIRS.filter((h) => h !== 'none').map((hair) => worn({ hair, outfit: 'plain' }).filter((n) => n.startsWith('avatar-hair')));
    const outfitParts = AVATAR_OUTFITS.filter((o) => o !== 'plain').map((outfit) => worn({ hair: 'none', outfit }).filter((n) => n.startsWith('avatar-outfit')));
    for (const list of [...hairParts, ...outfitParts]) expect(list).toHaveLength(1);
    expect(new Set(hairParts.flat()).size).toBe(AVATAR_HAIRS.length - 1);
    expect(new Set(outfitParts.flat()).size).toBe(AVATAR_OUTFITS.length - 1);
    expect(new Set(parts.map((p) => p.geometry)).size).toBe(parts.length);
  });

  it('a soft contact shadow lies flat on the floor under every shape, and no part casts into the still world\'s shadow map', () => {
    const blob = parts.find((p) => p.name === 'avatar-blob')!;
    blob.geometry.computeBoundingBox();
    const box = blob.geometry.boundingBox!;
    // Flat (a disc in the floor's plane), wider than the body.
    expect(box.max.y - box.min.y).toBeCloseTo(0, 5);
    expect(box.max.x - box.min.x).toBeGreaterThan(0.8);
    for (const m of blob.offsets) {
      const y = new Vector3().setFromMatrixPosition(m).y;
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(0.05);
    }
    expect(blob.material.transparent).toBe(true);
    expect(blob.material.depthWrite).toBe(false);
    const crowd = new AvatarInstances(parts, 4);
    expect(crowd.meshes.filter((m) => m.castShadow)).toEqual([]);
  });

  it('each shape gives the body different proportions and sets the head on top of it', () => {
    const body = parts.find((p) => p.name === 'avatar-bodies')!;
    const scales = body.offsets.map((m) => new Vector3().setFromMatrixScale(m));
    expect(new Set(scales.map((s) => `${s.x.toFixed(2)}×${s.y.toFixed(2)}`)).size).toBe(AVATAR_SHAPES.length);
    const tall = AVATAR_SHAPES.indexOf('tall');
    const small = AVATAR_SHAPES.indexOf('small');
    expect(scales[tall]!.y).toBeGreaterThan(scales[small]!.y);
    expect(headY('tall')).toBeGreaterThan(headY('small'));
  });

  it('the face looks where the avatar goes: the head\'s front (-z) samples the middle of the face, u = 0.75 of the texture', () => {
    const head = parts.find((p) => p.name === 'avatar-heads')!.geometry;
    const pos = head.getAttribute('position');
    const uv = head.getAttribute('uv');
    let front = 0;
    for (let i = 0; i < pos.count; i++) if (pos.getZ(i) < pos.getZ(front)) front = i;
    expect(uv.getX(front)).toBeCloseTo(0.75, 2);
    expect(uv.getY(front)).toBeCloseTo(0.5, 1);
  });
});

describe('the crowd instancer', () => {
  it('packs each avatar into the parts it wears, with its own colour on the coloured parts', () => {
    const crowd = new AvatarInstances(parts, 8);
    const looks: AvatarLook[] = [
      { shape: 'round', hair: 'cap', outfit: 'apron' },
      { shape: 'tall', hair: 'none', outfit: 'vest' },
      { shape: 'small', hair: 'cap', outfit: 'plain' },
    ];
    crowd.begin(true);
    looks.forEach((look, i) => {
      const l = idx(look);
      crowd.add(at(i * 10), l.shape, l.hair, l.outfit, AVATAR_COLORS[i + 2]!);
    });
    crowd.end();
    const counts = Object.fromEntries(crowd.meshes.map((m) => [m.name, m.count]));
    expect(counts).toEqual({
      'avatar-blob': 3,
      'avatar-bodies': 3,
      'avatar-heads': 3,
      'avatar-hair-short': 0,
      'avatar-hair-bun': 0,
      'avatar-hair-cap': 2,
      'avatar-outfit-apron': 1,
      'avatar-outfit-vest': 1,
      'avatar-mark-host': 0,
      'avatar-mark-staff': 0,
    });
    // Parts nobody wears are hidden: no draw call.
    expect(crowd.meshes.filter((m) => m.visible).map((m) => m.name).sort()).toEqual(['avatar-blob', 'avatar-bodies', 'avatar-hair-cap', 'avatar-heads', 'avatar-outfit-apron', 'avatar-outfit-vest']);

    const c = new Color();
    const bodies = meshOf(crowd, 'avatar-bodies');
    const caps = meshOf(crowd, 'avatar-hair-cap');
    for (let i = 0; i < 3; i++) expect(bodies.getColorAt(i, c).getHex()).toBe(AVATAR_COLORS[i + 2]!.getHex());
    // The caps are the first and third avatars', in their colours, where they stand.
    expect(caps.getColorAt(0, c).getHex()).toBe(AVATAR_COLORS[2]!.getHex());
    expect(caps.getColorAt(1, c).getHex()).toBe(AVATAR_COLORS[4]!.getHex());
    const m = new Matrix4();
    const p = new Vector3();
    caps.getMatrixAt(1, m);
    expect(p.setFromMatrixPosition(m).x).toBeCloseTo(20);
    expect(p.y).toBeCloseTo(headY('small'));
    // The tall avatar's body is taller than the small one's, at the same base.
    const sy = (i: number) => (bodies.getMatrixAt(i, m), new Vector3().setFromMatrixScale(m).y);
    expect(sy(1)).toBeGreaterThan(sy(2));
  });

  it('a look index out of range (a newer server) draws as the first of each list, never out of bounds', () => {
    const crowd = new AvatarInstances(parts, 4);
    crowd.begin(true);
    crowd.add(new Matrix4(), 200, 200, 200, AVATAR_COLORS[0]!);
    crowd.end();
    expect(crowd.meshes.filter((m) => m.count > 0).map((m) => m.name)).toEqual(['avatar-blob', 'avatar-bodies', 'avatar-heads']);
  });

  it('hosts and staff wear a scarf in their mark\'s colour, everyone else none', () => {
    const crowd = new AvatarInstances(parts, 4);
    crowd.begin(true);
    AVATAR_BADGES.forEach((_, badge) => crowd.add(at(badge), 0, 0, 0, AVATAR_COLORS[0]!, badge));
    crowd.end();
    const host = meshOf(crowd, 'avatar-mark-host');
    const staff = meshOf(crowd, 'avatar-mark-staff');
    expect([host.count, staff.count]).toEqual([1, 1]);
    expect(host.material).not.toBe(staff.material);
    expect([host, staff].map((m) => (m.material as MeshStandardMaterial).color.getHexString().toUpperCase())).toEqual([BADGE_COLORS[1].slice(1), BADGE_COLORS[2].slice(1)]);
    const m = new Matrix4();
    host.getMatrixAt(0, m);
    expect(new Vector3().setFromMatrixPosition(m).x).toBeCloseTo(AVATAR_BADGES.indexOf('host'));
  });

  it('100 avatars of every look and mark cost at most the 10 parts, never one per avatar', () => {
    const crowd = new AvatarInstances(parts, 128);
    crowd.begin(true);
    for (let i = 0; i < 100; i++) crowd.add(at(i), i % AVATAR_SHAPES.length, Math.floor(i / 3) % AVATAR_HAIRS.length, i % AVATAR_OUTFITS.length, AVATAR_COLORS[i % 8]!, i % 3);
    crowd.end();
    expect(crowd.meshes.filter((m) => m.visible)).toHaveLength(parts.length);
    expect(parts.length).toBeLessThanOrEqual(10);
    expect(crowd.meshes.reduce((n, m) => n + m.count, 0)).toBeGreaterThan(200);
  });
});

describe('name tags', () => {
  it('a nickname is at least 12 px tall on a 1280×720 screen from 5 m (issue 12 §4)', () => {
    const pxPerMetre = 720 / (2 * 5 * Math.tan(((WORLD_LENS.fov / 2) * Math.PI) / 180));
    expect(((TAG_FONT_PX / TAG_H) * TAG_WORLD_HEIGHT * pxPerMetre)).toBeGreaterThanOrEqual(12);
  });
});
