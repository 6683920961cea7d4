import type { mediaKo } from './media-ko.ts';

/** English for namespace 'media'; the type makes a missing key a compile error. */
export const mediaEn: { [K in keyof typeof mediaKo]: string } = {
  error_invalid: 'We could not tell whether this is a logo or an image. Please upload it again.',
  error_not_an_image: 'This file is not a picture. Please upload a JPEG, PNG, WebP or GIF picture.',
  error_heic_unsupported:
    'iPhone photos (HEIC) cannot be opened here. On the iPhone, choose Settings > Camera > Formats > "Most Compatible" and take the photo again, or send it as a JPEG.',
  error_too_large: 'This picture is too big. Please send one of {{maxMb}} MB or less.',
  error_too_many_pixels: 'This picture has too many pixels. Please make it {{maxMp}} megapixels or fewer.',
  error_unreadable: 'This picture is damaged and cannot be opened. Please send another file.',
  error_booth_full: 'A booth can keep up to {{max}} pictures.',
  error_busy: 'Many people are uploading right now. Please try again in a moment.',
  error_unknown_booth: 'This booth was not found.',
};
