import { signFont } from '../loading/signFont.ts';

/** Canvas text helpers for the atlas: fit a line to a width, wrap a paragraph into lines. */

/** The largest size ≤ maxPx (≥ minPx) at which `text` fits `maxWidth`. */
export function fitSize(c: CanvasRenderingContext2D, text: string, maxWidth: number, maxPx: number, minPx: number): number {
  c.font = signFont(maxPx);
  const w = c.measureText(text).width;
  if (w <= maxWidth) return maxPx;
  return Math.max(minPx, Math.floor((maxPx * maxWidth) / w));
}

/**
 * Greedy wrap at spaces; a word longer than the line (long Korean compounds) breaks between
 * characters. `c.font` must already be set.
 */
export function wrap(c: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let cur = '';
  const push = (): void => {
    if (cur) lines.push(cur);
    cur = '';
  };
  for (const word of text.split(' ')) {
    const next = cur ? `${cur} ${word}` : word;
    if (c.measureText(next).width <= maxWidth) {
      cur = next;
      continue;
    }
    push();
    if (c.measureText(word).width <= maxWidth) {
      cur = word;
      continue;
    }
    for (const ch of word) {
      if (c.measureText(cur + ch).width > maxWidth) push();
      cur += ch;
    }
  }
  push();
  return lines;
}

/** Draws `text` centred on (x, y) at the largest size that fits, returns the size used. */
export function centredLine(c: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number, maxPx: number, minPx: number): number {
  const px = fitSize(c, text, maxWidth, maxPx, minPx);
  c.font = signFont(px);
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  // Below minPx the line still fits: squeeze horizontally rather than overflow the cell.
  c.fillText(text, x, y, maxWidth);
  return px;
}
