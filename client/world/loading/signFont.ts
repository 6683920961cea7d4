/**
 * Loads the 3D sign font (Noto Sans KR 700 WOFF2, served from our own origin) before any sign is drawn.
 * A canvas silently falls back to a system font when the face is not loaded yet, and Debian's Chromium
 * has no Korean system font, so signs would show boxes: we fetch the bytes ourselves (streamed, so the
 * loading screen shows real progress), hand them to the FontFace API and await `load()`.
 */
export const SIGN_FONT_FAMILY = 'SeeotSign';

export interface ByteProgress {
  loaded: number;
  /** From Content-Length; 0 when unknown (a proxy that compresses on the fly may omit it). */
  total: number;
}

let loaded: Promise<string> | null = null;

async function fetchBytes(url: string, onProgress: (p: ByteProgress) => void, signal?: AbortSignal): Promise<ArrayBuffer> {
  const res = await fetch(url, signal ? { signal } : {});
  if (!res.ok) throw new Error(`Sign font: HTTP ${res.status}`);
  const total = Number(res.headers.get('Content-Length') ?? 0) || 0;
  if (!res.body) {
    const buf = await res.arrayBuffer();
    onProgress({ loaded: buf.byteLength, total: buf.byteLength });
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ loaded: received, total });
  }
  const out = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  onProgress({ loaded: received, total: received });
  return out.buffer;
}

/**
 * Resolves with the CSS family name once the face is loaded and registered in document.fonts.
 * Shared across mounts (the route stays mounted across /world ↔ /booth/:id anyway); a failure clears
 * the cache so "retry" fetches again.
 */
export function loadSignFont(url: string, onProgress: (p: ByteProgress) => void): Promise<string> {
  if (loaded) {
    // Already fetched (or under way): report it as complete once it resolves.
    void loaded.then(() => onProgress({ loaded: 1, total: 1 }), () => {});
    return loaded;
  }
  loaded = (async () => {
    const bytes = await fetchBytes(url, onProgress);
    const face = new FontFace(SIGN_FONT_FAMILY, bytes, { weight: '700', style: 'normal' });
    await face.load();
    document.fonts.add(face);
    return SIGN_FONT_FAMILY;
  })();
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
}

/** The canvas `font` shorthand for the sign face at `px` pixels. */
export function signFont(px: number): string {
  return `700 ${Math.round(px)}px "${SIGN_FONT_FAMILY}", sans-serif`;
}
