import { CanvasTexture, LinearMipmapLinearFilter, MeshBasicMaterial, SRGBColorSpace, type WebGLRenderer } from 'three';

/**
 * The one material every sign quad uses: unlit (signs stay readable in shade), not tone-mapped (the
 * palette colours stay as designed), with a per-instance `uvRect` (u0, v0, du, dv) that picks the
 * sign's cell out of the atlas.
 *
 * Alpha: the canvas is premultiplied internally, so the texture is uploaded premultiplied and blended
 * with ONE / ONE_MINUS_SRC_ALPHA (premultipliedAlpha). three's shader would multiply rgb by alpha a
 * second time (premultiplied_alpha_fragment), which darkens the anti-aliased edges, so that step is cut.
 */
export function createSignMaterial(): MeshBasicMaterial {
  const m = new MeshBasicMaterial({ transparent: true, premultipliedAlpha: true, toneMapped: false, alphaTest: 0.02 });
  m.onBeforeCompile = (shader) => {
    shader.vertexShader =
      'attribute vec4 uvRect;\n' +
      shader.vertexShader.replace('#include <uv_vertex>', '#include <uv_vertex>\n#ifdef USE_MAP\n\tvMapUv = uv * uvRect.zw + uvRect.xy;\n#endif');
    shader.fragmentShader = shader.fragmentShader.replace('#include <premultiplied_alpha_fragment>', '');
  };
  m.customProgramCacheKey = () => 'seeot-sign-atlas';
  return m;
}

/** The atlas canvas as a texture: sRGB, premultiplied, mipmapped, max anisotropy for aisle views. */
export function createAtlasTexture(canvas: HTMLCanvasElement, gl: WebGLRenderer): CanvasTexture {
  const t = new CanvasTexture(canvas);
  t.colorSpace = SRGBColorSpace;
  t.premultiplyAlpha = true;
  t.generateMipmaps = true;
  t.minFilter = LinearMipmapLinearFilter;
  t.anisotropy = gl.capabilities.getMaxAnisotropy();
  return t;
}
