import { PALETTE } from '../../theme/palette.ts';
import { signFont } from '../loading/signFont.ts';
import { signText } from '../signage/coverage.ts';

/** Name tag cells: one row each in a small canvas (the tag texture), redrawn only when reassigned. */
export const TAG_CELLS = 16;
export const TAG_W = 512;
export const TAG_H = 72;
const FONT_PX = 40;
const PAD = 22;
const DOT = 14;

export interface TagAtlas {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  /** Slot and nickname drawn in each cell (-1: empty). */
  slot: Int16Array;
  name: string[];
  /** Used width of each cell, as a fraction of TAG_W (the quad's aspect follows it). */
  width: Float32Array;
  /** Frame a cell was last used, for least-recently-used reuse. */
  used: Float64Array;
}

export function createTagAtlas(): TagAtlas {
  const canvas = document.createElement('canvas');
  canvas.width = TAG_W;
  canvas.height = TAG_H * TAG_CELLS;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Name tags: no 2D canvas context');
  return {
    canvas,
    ctx,
    slot: new Int16Array(TAG_CELLS).fill(-1),
    name: new Array<string>(TAG_CELLS).fill(''),
    width: new Float32Array(TAG_CELLS).fill(1),
    used: new Float64Array(TAG_CELLS).fill(-1),
  };
}

/**
 * Draws a pill with a colour dot and the nickname into cell `i`. The nickname passes the glyph
 * filter (the sign font's coverage): a character the font lacks is replaced or dropped, never a box.
 */
export function drawTag(a: TagAtlas, i: number, nickname: string, colorIndex: number): void {
  const c = a.ctx;
  const y = i * TAG_H;
  c.clearRect(0, y, TAG_W, TAG_H);
  c.font = signFont(FONT_PX);
  const text = signText(nickname) || '?';
  const textW = Math.min(c.measureText(text).width, TAG_W - PAD * 3 - DOT * 2);
  const w = Math.ceil(PAD * 2.6 + DOT * 2 + textW);
  c.fillStyle = 'rgba(27, 27, 31, 0.82)';
  c.beginPath();
  c.roundRect(2, y + 4, w - 4, TAG_H - 8, (TAG_H - 8) / 2);
  c.fill();
  c.fillStyle = PALETTE[colorIndex % PALETTE.length]!;
  c.beginPath();
  c.arc(PAD + DOT, y + TAG_H / 2, DOT, 0, Math.PI * 2);
  c.fill();
  c.fillStyle = '#ffffff';
  c.textAlign = 'left';
  c.textBaseline = 'middle';
  c.fillText(text, PAD * 1.6 + DOT * 2, y + TAG_H / 2 + 2, textW);
  a.width[i] = w / TAG_W;
}
