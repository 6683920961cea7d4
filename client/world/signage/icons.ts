import type { Icon } from '../../../shared/schemas/icon.ts';

/**
 * Programme icons drawn in code (no image assets): white line drawings in a -50…50 box, so a booth
 * reads as "education", "market", "media" … before any photos exist. One function per icon name.
 */
type Draw = (c: CanvasRenderingContext2D) => void;

const line = (c: CanvasRenderingContext2D, pts: number[]): void => {
  c.beginPath();
  c.moveTo(pts[0]!, pts[1]!);
  for (let i = 2; i < pts.length; i += 2) c.lineTo(pts[i]!, pts[i + 1]!);
};

const DRAW: Record<Icon, Draw> = {
  megaphone: (c) => {
    line(c, [-30, -10, 10, -30, 10, 30, -30, 10]);
    c.closePath();
    c.stroke();
    c.strokeRect(-38, -10, 8, 20);
    line(c, [-22, 12, -16, 32]);
    c.stroke();
    for (const r of [18, 30]) {
      c.beginPath();
      c.arc(12, 0, r, -0.6, 0.6);
      c.stroke();
    }
  },
  school: (c) => {
    line(c, [0, -28, 44, -8, 0, 12, -44, -8]);
    c.closePath();
    c.fill();
    line(c, [-24, 2, -24, 24, 0, 34, 24, 24, 24, 2]);
    c.stroke();
    line(c, [40, -6, 40, 22]);
    c.stroke();
  },
  raindrop: (c) => {
    c.beginPath();
    c.moveTo(0, -40);
    c.bezierCurveTo(18, -14, 30, 2, 30, 14);
    c.arc(0, 14, 30, 0, Math.PI);
    c.bezierCurveTo(-30, 2, -18, -14, 0, -40);
    c.fill();
  },
  building: (c) => {
    c.strokeRect(-28, -36, 56, 72);
    for (let y = -26; y < 20; y += 16) for (const x of [-16, 6]) c.fillRect(x, y, 10, 9);
    c.fillRect(-6, 22, 12, 14);
  },
  cart: (c) => {
    line(c, [-42, -28, -30, -28, -20, 16, 30, 16, 38, -14, -26, -14]);
    c.stroke();
    for (const x of [-14, 24]) {
      c.beginPath();
      c.arc(x, 28, 6, 0, Math.PI * 2);
      c.fill();
    }
  },
  chat: (c) => {
    c.beginPath();
    c.roundRect(-40, -32, 80, 52, 16);
    c.stroke();
    line(c, [-18, 20, -26, 38, 2, 20]);
    c.stroke();
    for (const x of [-18, 0, 18]) {
      c.beginPath();
      c.arc(x, -6, 5, 0, Math.PI * 2);
      c.fill();
    }
  },
  scroll: (c) => {
    c.strokeRect(-26, -34, 52, 68);
    for (const y of [-18, -4, 10]) {
      line(c, [-14, y, 14, y]);
      c.stroke();
    }
    line(c, [-34, -34, 34, -34]);
    c.stroke();
    line(c, [-34, 34, 34, 34]);
    c.stroke();
  },
  people: (c) => {
    for (const [x, r] of [[-16, 11], [18, 9]] as const) {
      c.beginPath();
      c.arc(x, -16, r, 0, Math.PI * 2);
      c.fill();
      c.beginPath();
      c.arc(x, 30, r * 2.2, Math.PI, 0);
      c.fill();
    }
  },
  handshake: (c) => {
    c.beginPath();
    c.moveTo(0, 36);
    c.bezierCurveTo(-46, 6, -34, -36, 0, -14);
    c.bezierCurveTo(34, -36, 46, 6, 0, 36);
    c.stroke();
    line(c, [-20, 4, -4, 18]);
    c.stroke();
    line(c, [-8, -4, 10, 12]);
    c.stroke();
  },
  globe: (c) => {
    c.beginPath();
    c.arc(0, 0, 36, 0, Math.PI * 2);
    c.stroke();
    c.beginPath();
    c.ellipse(0, 0, 15, 36, 0, 0, Math.PI * 2);
    c.stroke();
    line(c, [-36, 0, 36, 0]);
    c.stroke();
    line(c, [-30, -18, 30, -18]);
    c.stroke();
    line(c, [-30, 18, 30, 18]);
    c.stroke();
  },
  bulb: (c) => {
    c.beginPath();
    c.arc(0, -8, 24, Math.PI * 0.8, Math.PI * 2.2);
    c.lineTo(10, 18);
    c.lineTo(-10, 18);
    c.closePath();
    c.stroke();
    c.fillRect(-10, 24, 20, 6);
    c.fillRect(-6, 34, 12, 5);
    for (const a of [-2.6, -1.57, -0.55]) {
      line(c, [Math.cos(a) * 32, -8 + Math.sin(a) * 32, Math.cos(a) * 42, -8 + Math.sin(a) * 42]);
      c.stroke();
    }
  },
  chart: (c) => {
    line(c, [-38, -36, -38, 34, 40, 34]);
    c.stroke();
    c.fillRect(-26, 6, 14, 24);
    c.fillRect(-4, -10, 14, 40);
    c.fillRect(18, -26, 14, 56);
  },
  wave: (c) => {
    for (const y of [-18, 0, 18]) {
      c.beginPath();
      for (let x = -40; x <= 40; x += 4) {
        const yy = y + Math.sin((x / 40) * Math.PI * 2) * 7;
        if (x === -40) c.moveTo(x, yy);
        else c.lineTo(x, yy);
      }
      c.stroke();
    }
  },
  leaf: (c) => {
    c.beginPath();
    c.moveTo(-32, 32);
    c.quadraticCurveTo(-34, -32, 36, -36);
    c.quadraticCurveTo(32, 30, -32, 32);
    c.fill();
    c.save();
    c.globalCompositeOperation = 'destination-out';
    line(c, [-30, 30, 20, -20]);
    c.stroke();
    c.restore();
  },
  camera: (c) => {
    c.beginPath();
    c.roundRect(-40, -20, 80, 52, 10);
    c.stroke();
    c.strokeRect(-14, -30, 28, 10);
    c.beginPath();
    c.arc(0, 6, 15, 0, Math.PI * 2);
    c.stroke();
  },
  star: (c) => {
    c.beginPath();
    for (let i = 0; i < 10; i++) {
      const r = i % 2 === 0 ? 40 : 17;
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const x = Math.cos(a) * r;
      const y = Math.sin(a) * r + 3;
      if (i === 0) c.moveTo(x, y);
      else c.lineTo(x, y);
    }
    c.closePath();
    c.fill();
  },
};

/** Draws `icon` centred at (cx, cy), `size` px across, in `color`. */
export function drawIcon(c: CanvasRenderingContext2D, icon: Icon, cx: number, cy: number, size: number, color: string): void {
  c.save();
  c.translate(cx, cy);
  c.scale(size / 100, size / 100);
  c.strokeStyle = color;
  c.fillStyle = color;
  c.lineWidth = 7;
  c.lineCap = 'round';
  c.lineJoin = 'round';
  (DRAW[icon] ?? DRAW.star)(c);
  c.restore();
}
