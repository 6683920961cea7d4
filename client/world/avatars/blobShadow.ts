import { CanvasTexture } from 'three';

/**
 * A soft contact shadow under every avatar (issue 12 §1): a radial fade from a dark centre to
 * nothing, used as the alpha of a flat disc on the floor (avatarParts.ts, `avatar-blob`). The sun's
 * shadow map holds the still world and is drawn once (scene/ShadowBake.tsx), so people moving are
 * grounded by this instead, on every quality tier and at the cost of one instanced draw call.
 */
const SIZE = 64;

export function createBlobShadowTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const c = canvas.getContext('2d');
  if (!c) throw new Error('Blob shadow: no 2D canvas context');
  const g = c.createRadialGradient(SIZE / 2, SIZE / 2, 0, SIZE / 2, SIZE / 2, SIZE / 2);
  // Alpha maps read the green channel: white is opaque, black clear.
  g.addColorStop(0, '#ffffff');
  g.addColorStop(0.45, '#b8b8b8');
  g.addColorStop(1, '#000000');
  c.fillStyle = g;
  c.fillRect(0, 0, SIZE, SIZE);
  return new CanvasTexture(canvas);
}
