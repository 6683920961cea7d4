import { CanvasTexture, SRGBColorSpace } from 'three';
import { MASCOT_COLORS } from '../../ui/mascot/mascotColors.ts';
import { signFont } from '../loading/signFont.ts';
import { signText } from '../signage/coverage.ts';

/** The face canvas's aspect matches the sphere patch it is wrapped on (see Mascot.tsx FACE). */
export const FACE_PX = { w: 512, h: 416 } as const;

/**
 * 시웃이's face as the brochure describes it: its eyes are the letters 's' and 'o' (from the 시웃
 * mark), drawn with the sign font, plus rosy cheeks and a wide open smile (성격: 자주 신나함).
 */
export function createFaceTexture(eyes: readonly [string, string]): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = FACE_PX.w;
  canvas.height = FACE_PX.h;
  const c = canvas.getContext('2d')!;
  const { w, h } = FACE_PX;
  c.fillStyle = MASCOT_COLORS.cheek;
  c.globalAlpha = 0.75;
  for (const x of [0.2, 0.8]) {
    c.beginPath();
    c.ellipse(w * x, h * 0.6, 42, 26, 0, 0, Math.PI * 2);
    c.fill();
  }
  c.globalAlpha = 1;
  c.fillStyle = MASCOT_COLORS.ink;
  c.font = signFont(190);
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  c.fillText(signText(eyes[0]), w * 0.34, h * 0.36);
  c.fillText(signText(eyes[1]), w * 0.66, h * 0.38);
  // Open smile: a half disc with a tongue.
  c.beginPath();
  c.moveTo(w * 0.4, h * 0.62);
  c.quadraticCurveTo(w * 0.5, h * 0.64, w * 0.6, h * 0.62);
  c.quadraticCurveTo(w * 0.59, h * 0.84, w * 0.5, h * 0.84);
  c.quadraticCurveTo(w * 0.41, h * 0.84, w * 0.4, h * 0.62);
  c.fill();
  c.fillStyle = MASCOT_COLORS.tongue;
  c.beginPath();
  c.ellipse(w * 0.5, h * 0.79, w * 0.055, h * 0.045, 0, 0, Math.PI * 2);
  c.fill();
  const t = new CanvasTexture(canvas);
  t.colorSpace = SRGBColorSpace;
  t.anisotropy = 4;
  return t;
}
