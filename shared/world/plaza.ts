import type { Localized } from '../schemas/localized.ts';
import type { AreaPiece } from './areaPiece.ts';
import { PLAZA_HALF, PLINTH_HALF } from './dimensions.ts';
import { FACE_NORTH, FACE_SOUTH, rectAround } from './geometry.ts';
import { layoutInfoDesk } from './infoDesk.ts';
import type { InfoDesk, Vec2 } from './types.ts';

export const PLAZA_ID = 'plaza';
export const PLAZA_TITLE: Localized = { ko: '시웃 광장', en: 'Seeot Plaza' };
/** The plaza and the history hall have their own floor colours (client/theme); these index the slate/pink. */
export const PLAZA_COLOR_INDEX = 7;

/** The mascot stands a little north of the centre so the spawn point, south of it, looks at it. */
const MASCOT: Vec2 = { x: 0, z: -3 };
const SPAWN: Vec2 = { x: 0, z: 5 };

/** The spawn plaza at the world's centre: 시웃이 on a plinth, the spawn point facing it, the info desk beside him. */
export function layoutPlaza(): AreaPiece & { spawn: { position: Vec2; heading: number }; mascot: { position: Vec2; heading: number }; infoDesk: InfoDesk } {
  const spawn = { position: { ...SPAWN }, heading: FACE_NORTH };
  const info = layoutInfoDesk();
  return {
    area: {
      id: PLAZA_ID,
      kind: 'plaza',
      title: PLAZA_TITLE,
      colorIndex: PLAZA_COLOR_INDEX,
      rect: rectAround(0, 0, PLAZA_HALF, PLAZA_HALF),
      // Facing the spawn point, to the mascot's left: the first thing a visitor reads, off the line
      // of sight to the history hall's sign beyond (tests/unit/sign-sightlines.test.ts); the bubble
      // takes the mascot's right.
      sign: { position: { x: -6, z: MASCOT.z - 1 }, heading: FACE_SOUTH },
      entrance: { position: { ...SPAWN }, heading: FACE_NORTH },
    },
    booths: [],
    stations: [],
    colliders: [rectAround(MASCOT.x, MASCOT.z, PLINTH_HALF, PLINTH_HALF), info.collider],
    walls: [],
    gate: null,
    path: null,
    spawn,
    mascot: { position: { ...MASCOT }, heading: FACE_SOUTH },
    infoDesk: info.desk,
  };
}
