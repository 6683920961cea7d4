/** A picture decoded and fitted into a pool slot: the bitmap and the share of the slot it covers. */
export interface LoadedPicture {
  bitmap: ImageBitmap;
  /** Width and height over the slot's edge (≤ 1; the longer one is 1 unless the picture is smaller). */
  du: number;
  dv: number;
}

/**
 * Fetches a stored picture variant (same origin, immutable, so the HTTP cache answers a second
 * visit) and decodes it with createImageBitmap, which Chromium and Firefox run off the main thread,
 * premultiplied as the pool's blending expects. A picture larger than the slot is resampled to fit
 * (aspect kept); a smaller one is used as it is (never enlarged).
 */
export async function loadPicture(url: string, edge: number, signal: AbortSignal): Promise<LoadedPicture> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const blob = await res.blob();
  const decoded = await createImageBitmap(blob, { premultiplyAlpha: 'premultiply', colorSpaceConversion: 'none' });
  const scale = Math.min(1, edge / Math.max(decoded.width, decoded.height));
  if (scale === 1) return { bitmap: decoded, du: decoded.width / edge, dv: decoded.height / edge };
  const w = Math.max(1, Math.round(decoded.width * scale));
  const h = Math.max(1, Math.round(decoded.height * scale));
  try {
    const bitmap = await createImageBitmap(decoded, { resizeWidth: w, resizeHeight: h, resizeQuality: 'high', premultiplyAlpha: 'premultiply' });
    return { bitmap, du: w / edge, dv: h / edge };
  } finally {
    decoded.close();
  }
}
