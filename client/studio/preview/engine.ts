import { fontUrl } from 'virtual:glyph-coverage';
import { loadSignFont } from '../../world/loading/signFont.ts';
import PreviewScene from './PreviewScene.tsx';

/**
 * The preview's heavy part, one lazily imported chunk: the scene (three.js, R3F, the world's booth,
 * sign and picture code) and the sign font the world draws booth names with, loaded before any sign.
 */
export async function loadPreviewScene(): Promise<typeof PreviewScene> {
  await loadSignFont(fontUrl, () => {});
  return PreviewScene;
}
