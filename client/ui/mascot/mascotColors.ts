/**
 * 시웃이's colours, one set for the 3D model (client/world/scene/Mascot.tsx, mascotFace.ts) and his
 * drawing (assets/mascot/seeot.svg, checked by tests/unit/mascot-look.test.ts), so the plaza's
 * character and the pages' are the same one.
 */
export const MASCOT_COLORS = {
  body: '#ffc23d',
  sprout: '#3fa86f',
  /** Eyes and mouth. */
  ink: '#3a2418',
  cheek: '#ff9d9d',
  tongue: '#ff6f7d',
} as const;
