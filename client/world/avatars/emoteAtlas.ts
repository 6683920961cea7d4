import { EMOTE_KINDS } from '../../../shared/protocol/clientMessages.ts';
import { signFont } from '../loading/signFont.ts';
import { signText } from '../signage/coverage.ts';

export const EMOTE_CELL = 128;

/**
 * Emote pictures, drawn once into a strip (one cell per EMOTE_KINDS entry). The sign font has no
 * emoji and this machine kind no emoji font, so the heart is a drawn shape and the other reactions
 * are speech-balloon badges with a short Korean word (universal enough, and always renderable).
 */
const BADGES: Record<string, { text: string; color: string }> = {
  wave: { text: '안녕', color: '#3D85D1' },
  clap: { text: '짝짝', color: '#E0A21B' },
  laugh: { text: 'ㅋㅋ', color: '#3FA86F' },
  cheer: { text: '와!', color: '#F26B3A' },
  bow: { text: '꾸벅', color: '#6C63C7' },
};

function heart(c: CanvasRenderingContext2D, x: number, s: number): void {
  const cx = x + s / 2;
  c.fillStyle = '#E5484D';
  c.strokeStyle = '#ffffff';
  c.lineWidth = 8;
  c.beginPath();
  c.moveTo(cx, s * 0.86);
  c.bezierCurveTo(x + s * 0.02, s * 0.52, x + s * 0.12, s * 0.1, cx, s * 0.3);
  c.bezierCurveTo(x + s * 0.88, s * 0.1, x + s * 0.98, s * 0.52, cx, s * 0.86);
  c.closePath();
  c.stroke();
  c.fill();
}

function badge(c: CanvasRenderingContext2D, x: number, s: number, text: string, color: string): void {
  const r = s * 0.4;
  const cx = x + s / 2;
  const cy = s * 0.46;
  c.fillStyle = '#ffffff';
  c.beginPath();
  c.arc(cx, cy, r + 5, 0, Math.PI * 2);
  c.moveTo(cx - 14, cy + r - 4);
  c.lineTo(cx, s * 0.98);
  c.lineTo(cx + 14, cy + r - 4);
  c.fill();
  c.fillStyle = color;
  c.beginPath();
  c.arc(cx, cy, r, 0, Math.PI * 2);
  c.fill();
  c.fillStyle = '#ffffff';
  c.font = signFont(40);
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  c.fillText(signText(text), cx, cy + 2, r * 1.8);
}

/** Draws the strip into `canvas` (made if absent); drawn again once the sign font is loaded. */
export function drawEmoteStrip(canvas: HTMLCanvasElement = document.createElement('canvas')): HTMLCanvasElement {
  canvas.width = EMOTE_CELL * EMOTE_KINDS.length;
  canvas.height = EMOTE_CELL;
  const c = canvas.getContext('2d');
  if (!c) throw new Error('Emotes: no 2D canvas context');
  EMOTE_KINDS.forEach((kind, i) => {
    const b = BADGES[kind];
    if (b) badge(c, i * EMOTE_CELL, EMOTE_CELL, b.text, b.color);
    else heart(c, i * EMOTE_CELL, EMOTE_CELL);
  });
  return canvas;
}
