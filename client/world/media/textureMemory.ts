import { LinearMipmapLinearFilter, LinearMipmapNearestFilter, NearestMipmapLinearFilter, NearestMipmapNearestFilter, type Object3D, type Texture } from 'three';
import type { TextureBytes } from '../state/frame.ts';

const MIPMAP_FILTERS = new Set<number>([LinearMipmapLinearFilter, LinearMipmapNearestFilter, NearestMipmapLinearFilter, NearestMipmapNearestFilter]);

/** A texture's pixel count over every layer and level it keeps on the GPU. */
function texelsOf(t: Texture): number {
  const image = t.image as { width?: number; height?: number; depth?: number } | null;
  const w = image?.width ?? 0;
  const h = image?.height ?? 0;
  // Array and 3D textures carry their layer count as the image's depth.
  const layers = image?.depth ?? 1;
  let texels = w * h;
  if (t.generateMipmaps && MIPMAP_FILTERS.has(t.minFilter)) for (let lw = w, lh = h; lw > 1 || lh > 1; ) texels += (lw = Math.max(1, lw >> 1)) * (lh = Math.max(1, lh >> 1));
  return texels * layers;
}

function texturesOf(value: unknown, into: Set<Texture>): void {
  if (value && typeof value === 'object' && (value as { isTexture?: boolean }).isTexture) into.add(value as Texture);
}

/**
 * What the scene keeps in textures on the GPU, estimated from their sizes: every texture a
 * material in the scene uses (its maps and shader uniforms) and every light's shadow map (colour
 * and depth targets), at 4 bytes a texel (RGBA8, and 24-bit depth stored in 32), with the mip
 * chain where the texture has one. For tests and benchmarks (the test hook); not per frame.
 */
export function textureMemory(scene: Object3D): TextureBytes {
  const textures = new Set<Texture>();
  scene.traverse((o) => {
    const withMaterial = o as Object3D & { material?: unknown };
    const materials = Array.isArray(withMaterial.material) ? (withMaterial.material as unknown[]) : withMaterial.material ? [withMaterial.material] : [];
    for (const m of materials) {
      for (const v of Object.values(m as Record<string, unknown>)) texturesOf(v, textures);
      const uniforms = (m as { uniforms?: Record<string, { value: unknown }> }).uniforms;
      if (uniforms) for (const u of Object.values(uniforms)) texturesOf(u.value, textures);
    }
    const shadow = (o as Object3D & { shadow?: { map: { texture: Texture; depthTexture: Texture | null } | null } }).shadow;
    if (shadow?.map) {
      textures.add(shadow.map.texture);
      if (shadow.map.depthTexture) textures.add(shadow.map.depthTexture);
    }
  });
  const byName: Record<string, number> = {};
  let total = 0;
  for (const t of textures) {
    const bytes = texelsOf(t) * 4;
    const name = t.name || 'unnamed';
    byName[name] = (byName[name] ?? 0) + bytes;
    total += bytes;
  }
  return { total, byName };
}
