import { CanvasTexture, SRGBColorSpace } from 'three';
import { MASCOT_COLORS } from '../../ui/mascot/mascotColors.ts';
import { HEAD_COLOR } from './avatarParts.ts';

/**
 * The visitors' face, in 시웃이's language (mascotFace.ts): round ink eyes with a highlight, rosy
 * cheeks and a small smile, flat colours. One texture wrapped round every head (SphereGeometry's
 * equirectangular UVs: u = 0.75 looks along -z, the avatar's forward; v = 0.5 is the equator), so
 * a crowd's faces cost no draw call. The rest of the canvas is the skin tone.
 */
const W = 512;
const H = 256;
/** Canvas px per metre on a head of radius 0.3 at the equator: 2πr across W, πr down H (equal). */
const CX = W * 0.75;
const CY = H * 0.5;

export function createAvatarFaceTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const c = canvas.getContext('2d');
  if (!c) throw new Error('Avatar face: no 2D canvas context');
  c.fillStyle = HEAD_COLOR;
  c.fillRect(0, 0, W, H);
  // Cheeks first, under everything.
  c.fillStyle = MASCOT_COLORS.cheek;
  c.globalAlpha = 0.7;
  for (const dx of [-40, 40]) {
    c.beginPath();
    c.ellipse(CX + dx, CY + 14, 15, 9, 0, 0, Math.PI * 2);
    c.fill();
  }
  c.globalAlpha = 1;
  // Eyes: tall ink ovals with a white catch-light (friendly at a distance, readable at 5 m).
  for (const dx of [-27, 27]) {
    c.fillStyle = MASCOT_COLORS.ink;
    c.beginPath();
    c.ellipse(CX + dx, CY - 10, 10, 14, 0, 0, Math.PI * 2);
    c.fill();
    c.fillStyle = '#ffffff';
    c.beginPath();
    c.arc(CX + dx + 3, CY - 15, 3.5, 0, Math.PI * 2);
    c.fill();
  }
  // Smile.
  c.strokeStyle = MASCOT_COLORS.ink;
  c.lineWidth = 6;
  c.lineCap = 'round';
  c.beginPath();
  c.arc(CX, CY + 8, 16, Math.PI * 0.2, Math.PI * 0.8);
  c.stroke();
  const t = new CanvasTexture(canvas);
  t.colorSpace = SRGBColorSpace;
  t.anisotropy = 4;
  return t;
}
