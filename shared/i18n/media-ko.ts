/**
 * Booth picture upload refusals (namespace 'media'), one sentence per code of shared/api/media.ts
 * (`error_<code>`). Limits come in as parameters from the same file: {{maxMb}}, {{maxMp}}, {{max}}.
 * English in media-en.ts.
 */
export const mediaKo = {
  error_invalid: '로고인지 사진인지 알 수 없어요. 다시 올려 주세요.',
  error_not_an_image: '사진 파일이 아니에요. JPEG, PNG, WebP, GIF 사진을 올려 주세요.',
  error_heic_unsupported:
    '아이폰 사진(HEIC)은 열 수 없어요. 아이폰의 설정 > 카메라 > 포맷에서 "높은 호환성"을 고른 뒤 다시 찍거나, 사진을 JPEG로 바꿔서 보내 주세요.',
  error_too_large: '사진이 너무 커요. {{maxMb}}MB 이하로 보내 주세요.',
  error_too_many_pixels: '사진의 화소가 너무 많아요. {{maxMp}}백만 화소 이하로 줄여서 보내 주세요.',
  error_unreadable: '사진이 손상되어 열 수 없어요. 다른 파일로 보내 주세요.',
  error_booth_full: '이 부스에는 사진을 {{max}}장까지 보관할 수 있어요.',
  error_busy: '지금 사진을 올리는 사람이 많아요. 잠시 뒤 다시 보내 주세요.',
  error_unknown_booth: '이 부스를 찾을 수 없어요.',
};
