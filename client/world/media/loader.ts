/** A picture decoded and fitted into a pool slot, with its mip chain: the bitmaps and the share of the slot it covers. */
export interface LoadedPicture {
  /** Level 0 (the picture fitted into the slot), then each level half the one before, down to the slot's 1×1 level. */
  levels: ImageBitmap[];
  /** Width and height over the slot's edge (≤ 1; the longer one is 1 unless the picture is smaller). */
  du: number;
  dv: number;
}

/**
 * Fetches a stored picture variant (same origin, immutable, so the HTTP cache answers a second
 * visit) and decodes it with createImageBitmap, which Chromium and Firefox run off the main thread,
 * premultiplied as the pool's blending expects. A picture larger than the slot is resampled to fit
 * (aspect kept); a smaller one is used as it is (never enlarged). Its mip levels are resampled the
 * same way, so the pool copies each picture's own levels instead of rebuilding the whole array's
 * mipmaps on every arrival (the GPU may be the CPU: SwiftShader).
 */
export async function loadPicture(url: string, edge: number, signal: AbortSignal): Promise<LoadedPicture> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const blob = await res.blob();
  const decoded = await createImageBitmap(blob, { premultiplyAlpha: 'premultiply', colorSpaceConversion: 'none' });
  const scale = Math.min(1, edge / Math.max(decoded.width, decoded.height));
  const w = Math.max(1, Math.round(decoded.width * scale));
  const h = Math.max(1, Math.round(decoded.height * scale));
  const sizes: [number, number][] = [];
  for (let l = 0; edge >> l >= 1; l++) sizes.push([Math.max(1, Math.round(w / 2 ** l)), Math.max(1, Math.round(h / 2 ** l))]);
  try {
    const levels = await Promise.all(
      sizes.map(([lw, lh]) =>
        lw === decoded.width && lh === decoded.height
          ? createImageBitmap(decoded)
          : createImageBitmap(decoded, { resizeWidth: lw, resizeHeight: lh, resizeQuality: 'high', premultiplyAlpha: 'premultiply' }),
      ),
    );
    return { levels, du: w / edge, dv: h / edge };
  } finally {
    decoded.close();
  }
}
