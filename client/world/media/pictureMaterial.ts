import { Color, DataArrayTexture, LinearFilter, LinearMipmapLinearFilter, RGBAFormat, ShaderMaterial, SRGBColorSpace, UniformsLib, UniformsUtils, UnsignedByteType } from 'three';
import type { PoolSize } from './budget.ts';

/**
 * The pool: one texture array, a picture per layer, storage allocated on the GPU without any pixel
 * data from the CPU (dataReady false: three allocates the levels and uploads nothing); pictures
 * arrive as sub-image copies (BoothPictures.tsx).
 */
export function createPoolTexture({ slots, edge }: PoolSize): DataArrayTexture {
  const t = new DataArrayTexture(null, edge, edge, slots);
  t.name = 'booth-pictures';
  t.format = RGBAFormat;
  t.type = UnsignedByteType;
  t.colorSpace = SRGBColorSpace;
  t.generateMipmaps = true;
  // Storage for the whole mip chain, but never rebuilt by the GPU: each picture brings its own levels (loader.ts).
  t.mipmapsAutoUpdate = false;
  t.minFilter = LinearMipmapLinearFilter;
  t.magFilter = LinearFilter;
  t.source.dataReady = false;
  t.needsUpdate = true;
  return t;
}

/** A panel waiting for its picture shows this board (a logo waiting shows the sign's own light square). */
export const PANEL_BOARD = '#f3efe6';

/**
 * Every hung picture as one instanced quad: per instance `picture` = (layer, du, dv, board), where a
 * layer < 0 means not loaded (board 1: draw a blank panel, 0: draw nothing), and du, dv the part
 * of the layer the picture covers (the quad shrinks to the picture's aspect). Unlit and not
 * tone-mapped like the signs, premultiplied alpha (logos on transparency), fogged like the scene.
 */
export function createPictureMaterial(pool: DataArrayTexture): ShaderMaterial {
  const uniforms = UniformsUtils.merge([UniformsLib.fog]);
  return new ShaderMaterial({
    uniforms: { ...uniforms, pool: { value: pool }, board: { value: new Color(PANEL_BOARD) } },
    vertexShader: /* glsl */ `
      attribute vec4 picture;
      varying vec2 vUv;
      varying float vLayer;
      #include <fog_pars_vertex>
      void main() {
        vec3 p = position;
        float fit = max(picture.y, picture.z);
        if (picture.x >= 0.0) {
          p.xy *= vec2(picture.y, picture.z) / fit;
        } else if (picture.w < 0.5) {
          p = vec3(0.0);
        }
        // The bitmap's first row is the picture's top: v runs down the layer.
        vUv = vec2(uv.x * picture.y, (1.0 - uv.y) * picture.z);
        vLayer = picture.x;
        vec4 mvPosition = modelViewMatrix * instanceMatrix * vec4(p, 1.0);
        gl_Position = projectionMatrix * mvPosition;
        #include <fog_vertex>
      }
    `,
    fragmentShader: /* glsl */ `
      uniform highp sampler2DArray pool;
      uniform vec3 board;
      varying vec2 vUv;
      varying float vLayer;
      #include <fog_pars_fragment>
      void main() {
        vec4 c = vLayer < 0.0 ? vec4(board, 1.0) : texture(pool, vec3(vUv, vLayer));
        if (c.a < 0.02) discard;
        gl_FragColor = c;
        #include <colorspace_fragment>
        #include <fog_fragment>
      }
    `,
    transparent: true,
    premultipliedAlpha: true,
    toneMapped: false,
    fog: true,
  });
}
