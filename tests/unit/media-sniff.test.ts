/**
 * Uploads are typed by content: the magic-byte check names the formats we take and HEIC, and
 * anything else (HTML, SVG, text) is nothing; behind it, the server's sharp cannot run any other
 * decoder even if a file got past the check.
 */
import { describe, expect, it } from 'vitest';
import { sharp } from '../../server/media/sharp.ts';
import { sniff } from '../../server/media/sniff.ts';
import { heicHeader, HTML_NAMED_PNG, picture, SVG } from '../fixtures/media/images.ts';

describe('an upload is typed by its first bytes', () => {
  it('names the formats we take, made by a real encoder', async () => {
    for (const format of ['png', 'webp', 'gif', 'avif'] as const) expect(sniff(await picture(format)), format).toBe(format);
    expect(sniff(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123456' } }).jpeg().toBuffer())).toBe('jpeg');
  });

  it('names an iPhone photo HEIC, and what is not a picture nothing', () => {
    expect(sniff(heicHeader())).toBe('heic');
    for (const bytes of [HTML_NAMED_PNG, SVG, Buffer.from('GIF8'), Buffer.from('RIFF....WAVE'), new Uint8Array(0)]) expect(sniff(bytes)).toBeNull();
  });
});

describe("the server's sharp", () => {
  it('has no SVG or TIFF decoder to reach, whatever the bytes', async () => {
    await expect(sharp(SVG).metadata()).rejects.toThrow();
    const tiff = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123456' } }).tiff().toBuffer();
    await expect(sharp(tiff).metadata()).rejects.toThrow();
  });
});
