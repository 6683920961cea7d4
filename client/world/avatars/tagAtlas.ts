import { PALETTE } from '../../theme/palette.ts';
import { signFont } from '../loading/signFont.ts';
import { signText } from '../signage/coverage.ts';
import { BADGE_COLORS } from './avatarParts.ts';
import { TAG_FONT_PX, TAG_H, TAG_W } from './tagSize.ts';

/** Name tag cells: one row each in a small canvas (the tag texture), redrawn only when reassigned. */
export const TAG_CELLS = 16;
const PAD = 22;
const DOT = 14;
const HOST_GOLD = BADGE_COLORS[1];
const BADGE_PX = 30;
/** A mark's chip: the scarf's colour (BADGE_COLORS), and an ink that reads on it. */
const BADGE_INK = ['', '#1b1b1f', '#ffffff'] as const;

export interface TagAtlas {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  /** Slot, nickname, host star and mark (index into AVATAR_BADGES) drawn in each cell (-1: empty). */
  slot: Int16Array;
  name: string[];
  host: Uint8Array;
  badge: Uint8Array;
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
    host: new Uint8Array(TAG_CELLS),
    badge: new Uint8Array(TAG_CELLS),
    width: new Float32Array(TAG_CELLS).fill(1),
    used: new Float64Array(TAG_CELLS).fill(-1),
  };
}

/** A five-pointed star of outer radius `r` at (x, y): the host's badge (a path, not a glyph the sign font may lack). */
function star(c: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  c.beginPath();
  for (let k = 0; k < 10; k++) {
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    const d = k % 2 === 0 ? r : r * 0.45;
    c.lineTo(x + d * Math.cos(a), y + d * Math.sin(a));
  }
  c.closePath();
  c.fill();
}

/**
 * Draws a pill with a colour dot and the nickname into cell `i`; a booth's host standing at it
 * (`host`) gets a gold rim and a gold star in place of the dot; a visitor the server marks as a host
 * or staff (`badge`, index into AVATAR_BADGES) gets a chip with `badgeLabel` ("호스트", "스태프")
 * after the name. All in the same cell, so the tags stay one draw call. The nickname and the label
 * pass the glyph filter (the sign font's coverage): a character the font lacks is replaced or
 * dropped, never a box.
 */
export function drawTag(a: TagAtlas, i: number, nickname: string, colorIndex: number, host = false, badge = 0, badgeLabel = ''): void {
  const c = a.ctx;
  const y = i * TAG_H;
  c.clearRect(0, y, TAG_W, TAG_H);
  const label = badge > 0 ? signText(badgeLabel) : '';
  c.font = signFont(BADGE_PX);
  const chipW = label ? Math.ceil(c.measureText(label).width) + PAD : 0;
  c.font = signFont(TAG_FONT_PX);
  const text = signText(nickname) || '?';
  const textW = Math.min(c.measureText(text).width, TAG_W - PAD * 3 - DOT * 2 - (chipW ? chipW + PAD / 2 : 0));
  const w = Math.ceil(PAD * 2.6 + DOT * 2 + textW + (chipW ? chipW + PAD / 2 : 0));
  c.fillStyle = 'rgba(27, 27, 31, 0.82)';
  c.beginPath();
  c.roundRect(2, y + 4, w - 4, TAG_H - 8, (TAG_H - 8) / 2);
  c.fill();
  if (host) {
    c.strokeStyle = HOST_GOLD;
    c.lineWidth = 5;
    c.stroke();
    c.fillStyle = HOST_GOLD;
    star(c, PAD + DOT, y + TAG_H / 2, DOT * 1.45);
  } else {
    c.fillStyle = PALETTE[colorIndex % PALETTE.length]!;
    c.beginPath();
    c.arc(PAD + DOT, y + TAG_H / 2, DOT, 0, Math.PI * 2);
    c.fill();
  }
  c.fillStyle = '#ffffff';
  c.textAlign = 'left';
  c.textBaseline = 'middle';
  c.fillText(text, PAD * 1.6 + DOT * 2, y + TAG_H / 2 + 2, textW);
  if (chipW) {
    const x = w - PAD * 0.7 - chipW;
    c.fillStyle = BADGE_COLORS[badge] ?? HOST_GOLD;
    c.beginPath();
    c.roundRect(x, y + 14, chipW, TAG_H - 28, (TAG_H - 28) / 2);
    c.fill();
    c.fillStyle = BADGE_INK[badge] ?? '#1b1b1f';
    c.font = signFont(BADGE_PX);
    c.textAlign = 'center';
    c.fillText(label, x + chipW / 2, y + TAG_H / 2 + 2);
  }
  a.width[i] = w / TAG_W;
}
