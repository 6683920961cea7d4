/**
 * WebGL support, probed once on a throw-away canvas. three.js 0.187 renders with WebGL2 only
 * (WebGL1 support was removed in r163), so a browser without WebGL2 cannot show the 3D world at all
 * and is sent to /list; `webgl` (v1) is reported only so the notice can say which is missing.
 */
export interface WebGLSupport {
  webgl: boolean;
  webgl2: boolean;
}

let cached: WebGLSupport | null = null;

function probe(kind: 'webgl2' | 'webgl'): boolean {
  try {
    // A separate canvas per kind: a canvas keeps the first context type it was asked for.
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext(kind) as WebGLRenderingContext | WebGL2RenderingContext | null;
    if (!ctx) return false;
    // Give the context back now; browsers cap live contexts (~16) and warn when one is evicted.
    ctx.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

export function detectWebGL(): WebGLSupport {
  if (cached) return cached;
  const webgl2 = probe('webgl2');
  cached = { webgl2, webgl: webgl2 || probe('webgl') };
  return cached;
}

/** Tests only: forget the probe result. */
export function resetWebGLProbe(): void {
  cached = null;
}
