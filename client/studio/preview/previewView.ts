import type { BoothPlacement, Layout } from '../../../shared/world/types.ts';
import { boothToWorld, CANOPY } from '../../world/signage/boothParts.ts';

/**
 * What /studio's 3D preview draws and from where, as data (pure: the scene and the unit test share it).
 * The venue is laid out as the world lays it out (the draft in place of the saved booth); the preview
 * keeps that one booth, so its signs, pictures and colours come out as the world's, and the areas
 * (its zone's colour) and floor around it.
 */
export interface PreviewView {
  /** The venue's layout with only the previewed booth left standing; its spawn at the booth's front. */
  layout: Layout;
  booth: BoothPlacement;
}

/** The previewed booth's view of `layout`, or null when the venue has no place for the booth (e.g. not yet open). */
export function previewView(layout: Layout, boothId: string): PreviewView | null {
  const booth = layout.booths.find((b) => b.id === boothId);
  if (!booth) return null;
  return {
    // Spawn = where a visitor stands at the booth: the picture pool loads what is near "the visitor".
    layout: { ...layout, booths: [booth], historyStations: [], spawn: { position: booth.interactPoint, heading: booth.heading } },
    booth,
  };
}

/** How far the camera may swing round the booth either way when dragged (radians). */
export const MAX_ORBIT = 0.6;
/** Eye height and the point looked at: a visitor's eyes, the middle of the booth's height. */
const EYE_Y = 1.6;
const TOP_Y = CANOPY.y + CANOPY.height / 2;
const MARGIN_M = 0.3;

export const clampOrbit = (yaw: number): number => Math.max(-MAX_ORBIT, Math.min(MAX_ORBIT, yaw));

/**
 * The camera in front of the booth's open front at eye height, far enough back that the whole front
 * (canopy and sign included) fits a lens of `fovDeg` (vertical) at `aspect` (width / height), swung
 * `yaw` radians round the booth's centre (clamped to ±MAX_ORBIT).
 */
export function previewCamera(booth: BoothPlacement, yaw: number, aspect: number, fovDeg: number): { position: [number, number, number]; target: [number, number, number] } {
  const halfV = (fovDeg * Math.PI) / 360;
  const halfH = Math.atan(Math.tan(halfV) * aspect);
  // Swung round, the booth shows up to its footprint's diagonal across (the canopy overhangs 0.1 m).
  const halfWidth = Math.hypot(booth.width / 2 + 0.1, booth.depth / 2) + MARGIN_M;
  const halfHeight = TOP_Y / 2 + MARGIN_M;
  // A box that wide and tall fits the lens from that far in front of the booth's front face; the camera swings round the centre, half the depth behind it.
  const distance = Math.max(halfWidth / Math.tan(halfH), halfHeight / Math.tan(halfV)) + booth.depth / 2;
  const a = clampOrbit(yaw);
  // Local frame: the open front faces -z (boothParts.ts).
  return {
    position: boothToWorld(booth, Math.sin(a) * distance, EYE_Y, -Math.cos(a) * distance),
    target: boothToWorld(booth, 0, TOP_Y / 2, 0),
  };
}
