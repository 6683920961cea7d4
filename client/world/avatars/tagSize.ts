/**
 * A name tag's size: its cell in the tag atlas (px) and its quad in the world (m). Apart from the
 * drawing (tagAtlas.ts) so the legibility rule (issue 12 §4: 12 px from 5 m) is checked on these numbers.
 */
export const TAG_W = 512;
export const TAG_H = 72;
export const TAG_FONT_PX = 40;
/** The tag quad's height in the world (m): the nickname's glyphs are TAG_FONT_PX / TAG_H of it. */
export const TAG_WORLD_HEIGHT = 0.4;
