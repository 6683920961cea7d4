/**
 * Every code an upload is refused with has its sentence in Korean and English, with the limits it
 * names filled in from the same constants the server enforces.
 */
import { describe, expect, it } from 'vitest';
import { MEDIA_ERRORS, MEDIA_LIMIT_PARAMS } from '../../shared/api/media.ts';
import { mediaEn } from '../../shared/i18n/media-en.ts';
import { mediaKo } from '../../shared/i18n/media-ko.ts';

const fill = (s: string): string => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(MEDIA_LIMIT_PARAMS[k as keyof typeof MEDIA_LIMIT_PARAMS] ?? `?${k}?`));

describe('upload refusals as people read them', () => {
  it('every code has a sentence in both languages, and no sentence is left without a code', () => {
    const keys = MEDIA_ERRORS.map((code) => `error_${code}`).sort();
    expect(Object.keys(mediaKo).sort()).toEqual(keys);
    expect(Object.keys(mediaEn).sort()).toEqual(keys);
  });

  it('the limits are filled in from what the server enforces: 10 MB, 40 megapixels, 50 pictures', () => {
    for (const strings of [mediaKo, mediaEn]) {
      for (const sentence of Object.values(strings)) expect(fill(sentence)).not.toMatch(/\?\w+\?|\{\{/);
      expect(fill(strings.error_too_large)).toContain('10');
      expect(fill(strings.error_too_many_pixels)).toContain('40');
      expect(fill(strings.error_booth_full)).toContain('50');
    }
  });

  it('an iPhone photo is told the setting to change, or to send a JPEG', () => {
    expect(mediaKo.error_heic_unsupported).toMatch(/설정 > 카메라 > 포맷/);
    expect(mediaKo.error_heic_unsupported).toMatch(/높은 호환성/);
    expect(mediaKo.error_heic_unsupported).toMatch(/JPEG/);
    expect(mediaEn.error_heic_unsupported).toMatch(/Most Compatible/);
  });
});
