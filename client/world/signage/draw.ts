import { signFont } from '../loading/signFont.ts';
import { signText } from './coverage.ts';
import { LOGO_BOX } from './boothParts.ts';
import { drawIcon } from './icons.ts';
import type { SignContent } from './specs.ts';
import { centredLine, fitSize, wrap } from './text.ts';

/**
 * A line of text as drawn: its role and font size in cell pixels. The test hook reports them so a
 * test can project every line onto the screen (legibility: ≥ 12 px from 5 m; English ≥ half the Korean).
 */
export interface DrawnLine {
  role: 'ko' | 'en' | 'years' | 'item' | 'letter';
  px: number;
}

/** English under a Korean line is drawn at least half its size (issue 12 §4), never below `floor`. */
const enBelow = (koPx: number, floor: number): number => Math.max(floor, Math.ceil(koPx / 2));

/**
 * Draws one sign into the box (0,0)–(w,h) of the atlas context (the caller translates and scales)
 * and returns its lines. Every string passes signText() (the glyph filter) here, at draw time.
 */
export function drawSign(c: CanvasRenderingContext2D, s: SignContent, w: number, h: number): DrawnLine[] {
  switch (s.kind) {
    case 'area':
      return drawArea(c, s, w, h);
    case 'booth':
      return drawBooth(c, s, w, h);
    case 'icon':
      drawIconCell(c, s, w, h);
      return [];
    case 'history':
      return drawHistory(c, s, w, h);
    case 'plate':
      return drawPlate(c, s, w, h);
    case 'bubble':
      return drawBubble(c, s, w, h);
    case 'directory':
    case 'signpost':
      return drawDirectory(c, s, w, h);
  }
}

function board(c: CanvasRenderingContext2D, w: number, h: number, r: number, fill: string): void {
  c.fillStyle = fill;
  c.beginPath();
  c.roundRect(0, 0, w, h, r);
  c.fill();
}

function drawArea(c: CanvasRenderingContext2D, s: Extract<SignContent, { kind: 'area' }>, w: number, h: number): DrawnLine[] {
  board(c, w, h, 40, s.color);
  c.strokeStyle = s.ink;
  c.globalAlpha = 0.35;
  c.lineWidth = 6;
  c.beginPath();
  c.roundRect(14, 14, w - 28, h - 28, 28);
  c.stroke();
  c.globalAlpha = 1;
  c.fillStyle = s.ink;
  const ko = centredLine(c, signText(s.ko), w / 2, h * 0.38, w - 96, 136, 60);
  c.globalAlpha = 0.88;
  const enPx = enBelow(ko, 30);
  const en = centredLine(c, signText(s.en), w / 2, h * 0.78, w - 120, enPx, enPx);
  c.globalAlpha = 1;
  return [{ role: 'ko', px: ko }, { role: 'en', px: en }];
}

function drawBooth(c: CanvasRenderingContext2D, s: Extract<SignContent, { kind: 'booth' }>, w: number, h: number): DrawnLine[] {
  const lines: DrawnLine[] = [];
  board(c, w, h, 18, s.color);
  let left = 28;
  if (s.logo) {
    // A light square the logo quad covers (boothParts.ts boothMediaSpots): a logo on transparency
    // reads on it whatever the zone colour, and the square shows while the logo loads.
    c.fillStyle = '#ffffff';
    c.beginPath();
    c.roundRect(LOGO_BOX.left, (h - LOGO_BOX.size) / 2, LOGO_BOX.size, LOGO_BOX.size, 14);
    c.fill();
    left = LOGO_BOX.left + LOGO_BOX.size + 20;
  }
  const letterX = left;
  const letter = s.letter ? signText(s.letter) : '';
  if (letter) {
    const r = h * 0.36;
    c.fillStyle = '#ffffff';
    c.beginPath();
    c.arc(letterX + r, h / 2, r, 0, Math.PI * 2);
    c.fill();
    c.fillStyle = s.color === '#ffffff' ? '#1b1b1f' : s.color;
    c.font = signFont(r * 1.15);
    c.textAlign = 'center';
    c.textBaseline = 'middle';
    c.fillText(letter, letterX + r, h / 2 + r * 0.06);
    lines.push({ role: 'letter', px: r * 1.15 });
    left += 2 * r + 20;
  }
  const cx = (left + w - 24) / 2;
  const maxW = w - 24 - left;
  c.fillStyle = s.ink;
  const ko = signText(s.ko);
  const en = signText(s.en);
  if (fitSize(c, ko, maxW, 66, 20) >= 44) {
    const koPx = centredLine(c, ko, cx, h * 0.34, maxW, 66, 44);
    c.globalAlpha = 0.9;
    const enPx = enBelow(koPx, 22);
    lines.push({ role: 'ko', px: koPx }, { role: 'en', px: centredLine(c, en, cx, h * 0.77, maxW, enPx, enPx) });
  } else {
    // Long titles ("… / …") take two lines rather than shrinking to an unreadable size.
    c.font = signFont(44);
    const rows = wrap(c, ko, maxW).slice(0, 2);
    let koPx = 0;
    rows.forEach((l, i) => {
      const px = centredLine(c, l, cx, h * (rows.length === 1 ? 0.34 : 0.17 + i * 0.3), maxW, 44, 30);
      koPx = Math.max(koPx, px);
      lines.push({ role: 'ko', px });
    });
    c.globalAlpha = 0.9;
    const enPx = enBelow(koPx, 22);
    lines.push({ role: 'en', px: centredLine(c, en, cx, h * 0.84, maxW, enPx, enPx) });
  }
  c.globalAlpha = 1;
  return lines;
}

function drawIconCell(c: CanvasRenderingContext2D, s: Extract<SignContent, { kind: 'icon' }>, w: number, h: number): void {
  const r = Math.min(w, h) / 2 - 4;
  c.fillStyle = s.color;
  c.beginPath();
  c.arc(w / 2, h / 2, r, 0, Math.PI * 2);
  c.fill();
  c.strokeStyle = '#ffffff';
  c.lineWidth = 8;
  c.beginPath();
  c.arc(w / 2, h / 2, r - 10, 0, Math.PI * 2);
  c.stroke();
  drawIcon(c, s.icon, w / 2, h / 2, r * 1.15, '#ffffff');
}

function drawHistory(c: CanvasRenderingContext2D, s: Extract<SignContent, { kind: 'history' }>, w: number, h: number): DrawnLine[] {
  board(c, w, h, 24, '#fffdf8');
  c.fillStyle = s.color;
  c.fillRect(0, 0, w, 18);
  c.fillStyle = s.color;
  const yearPx = fitSize(c, s.years, w - 96, 150, 80);
  c.font = signFont(yearPx);
  c.textAlign = 'left';
  c.textBaseline = 'alphabetic';
  c.fillText(signText(s.years), 48, 40 + yearPx * 0.9);
  const top = 40 + yearPx * 1.15;
  const avail = h - top - 36;
  const maxW = w - 96 - 28;
  // The largest line size at which every item, wrapped, fits the panel.
  let px = 40;
  let wrapped: string[][] = [];
  for (; px >= 18; px -= 2) {
    c.font = signFont(px);
    wrapped = s.lines.map((l) => wrap(c, signText(l), maxW));
    const rows = wrapped.reduce((n, ls) => n + ls.length, 0);
    if (rows * px * 1.3 + s.lines.length * px * 0.35 <= avail) break;
  }
  c.font = signFont(px);
  c.fillStyle = '#26262b';
  let y = top + px;
  for (const ls of wrapped) {
    c.fillStyle = s.color;
    c.beginPath();
    c.arc(56, y - px * 0.35, px * 0.18, 0, Math.PI * 2);
    c.fill();
    c.fillStyle = '#26262b';
    for (const l of ls) {
      c.fillText(l, 48 + 28, y);
      y += px * 1.3;
    }
    y += px * 0.35;
  }
  return [{ role: 'years', px: yearPx }, ...s.lines.map(() => ({ role: 'item' as const, px }))];
}

function drawPlate(c: CanvasRenderingContext2D, s: Extract<SignContent, { kind: 'plate' }>, w: number, h: number): DrawnLine[] {
  board(c, w, h, 28, s.color);
  c.fillStyle = '#ffffff';
  const title = centredLine(c, signText(s.title), w / 2, h * 0.36, w - 60, 100, 48);
  const sub = centredLine(c, signText(s.subtitle), w / 2, h * 0.78, w - 60, 44, 34);
  return [{ role: 'ko', px: title }, { role: 'ko', px: sub }];
}

function drawBubble(c: CanvasRenderingContext2D, s: Extract<SignContent, { kind: 'bubble' }>, w: number, h: number): DrawnLine[] {
  c.fillStyle = '#ffffff';
  c.strokeStyle = '#F26B3A';
  c.lineWidth = 8;
  c.beginPath();
  c.roundRect(8, 8, w - 16, h * 0.72, 48);
  c.fill();
  c.stroke();
  // The tail points down-left, towards 시웃이's head.
  c.beginPath();
  c.moveTo(w * 0.18, h * 0.72);
  c.lineTo(w * 0.08, h - 10);
  c.lineTo(w * 0.34, h * 0.72);
  c.fill();
  c.stroke();
  c.fillStyle = '#ffffff';
  c.fillRect(w * 0.18 + 6, h * 0.72 - 10, w * 0.16 - 12, 14);
  c.fillStyle = '#1b1b1f';
  const ko = centredLine(c, signText(s.ko), w / 2, 8 + h * 0.25, w - 80, 64, 40);
  // English under it, at least half the Korean's size (issue 12 §4), in a softer ink.
  const enPx = Math.ceil(ko / 2);
  c.fillStyle = '#4a4a52';
  const en = centredLine(c, signText(s.en), w / 2, 8 + h * 0.53, w - 80, Math.max(36, enPx), enPx);
  return [{ role: 'ko', px: ko }, { role: 'en', px: en }];
}

/** An arrow in a disc, pointing `angle` (0 up, clockwise): a path, not a glyph the font may lack. */
function arrow(c: CanvasRenderingContext2D, x: number, y: number, r: number, angle: number, color: string): void {
  c.fillStyle = color;
  c.beginPath();
  c.arc(x, y, r, 0, Math.PI * 2);
  c.fill();
  c.save();
  c.translate(x, y);
  c.rotate(angle);
  c.fillStyle = '#ffffff';
  c.beginPath();
  c.moveTo(0, -r * 0.68);
  c.lineTo(r * 0.5, -r * 0.08);
  c.lineTo(r * 0.18, -r * 0.08);
  c.lineTo(r * 0.18, r * 0.62);
  c.lineTo(-r * 0.18, r * 0.62);
  c.lineTo(-r * 0.18, -r * 0.08);
  c.lineTo(-r * 0.5, -r * 0.08);
  c.closePath();
  c.fill();
  c.restore();
}

/** The plaza's directory and the junctions' signposts: a title band, then one row per arrow. */
function drawDirectory(c: CanvasRenderingContext2D, s: Extract<SignContent, { kind: 'directory' | 'signpost' }>, w: number, h: number): DrawnLine[] {
  board(c, w, h, 28, '#fffdf8');
  const lines: DrawnLine[] = [];
  c.fillStyle = '#F26B3A';
  c.fillRect(0, 0, w, 132);
  c.fillStyle = '#ffffff';
  const ko = centredLine(c, signText(s.ko), w / 2, 50, w - 60, 58, 44);
  const enPx = enBelow(ko, 38);
  lines.push({ role: 'ko', px: ko }, { role: 'en', px: centredLine(c, signText(s.en), w / 2, 104, w - 60, enPx, enPx) });
  // Rows share what is left; a venue with more zones gets smaller rows (the legibility test watches).
  const rowH = Math.min(124, (h - 150) / Math.max(1, s.rows.length));
  const r = rowH * 0.34;
  s.rows.forEach((row, i) => {
    const top = 146 + i * rowH;
    arrow(c, 24 + r, top + rowH / 2, r, row.angle, row.color);
    const left = 24 + 2 * r + 22;
    const maxW = w - left - 24;
    c.fillStyle = '#1b1b1f';
    c.textAlign = 'left';
    c.textBaseline = 'middle';
    const koPx = fitSize(c, signText(row.ko), maxW, Math.round(rowH * 0.44), 38);
    c.font = signFont(koPx);
    c.fillText(signText(row.ko), left, top + rowH * 0.32, maxW);
    const rowEn = enBelow(koPx, 38);
    c.font = signFont(rowEn);
    c.fillStyle = '#55555c';
    c.fillText(signText(row.en), left, top + rowH * 0.74, maxW);
    lines.push({ role: 'ko', px: koPx }, { role: 'en', px: rowEn });
  });
  return lines;
}
