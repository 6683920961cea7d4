/**
 * The center's palette for zones and UI accents. The brochure gives no colour values, so these are
 * ours: warm, high-contrast hues that stay distinct for common colour-vision deficiencies when paired
 * with the zone's text label (colour is never the only cue).
 */
export const PALETTE = [
  '#F26B3A', // 0 orange
  '#1E9E9E', // 1 teal
  '#6C63C7', // 2 violet
  '#3D85D1', // 3 blue
  '#E0A21B', // 4 mustard
  '#3FA86F', // 5 green
  '#D9577F', // 6 pink
  '#6F8294', // 7 slate
] as const;

/** Text colour with ≥4.5:1 contrast on each palette colour used as a background. */
export const PALETTE_INK = ['#1b1b1f', '#ffffff', '#ffffff', '#ffffff', '#1b1b1f', '#1b1b1f', '#1b1b1f', '#ffffff'] as const;

export function paletteColor(index: number): string {
  return PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length]!;
}

export function paletteInk(index: number): string {
  return PALETTE_INK[((index % PALETTE_INK.length) + PALETTE_INK.length) % PALETTE_INK.length]!;
}

export const PLAZA_COLOR = '#F4EEE4';
export const HISTORY_COLOR = '#EADFCB';
export const FLOOR_COLOR = '#DCD6CC';
