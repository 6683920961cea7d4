/**
 * A picture sent to the media upload (POST /api/studio/booths/:boothId/media?kind=…, shared/api/media.ts)
 * through XMLHttpRequest, the one browser API that reports upload progress. Resolves with the media id
 * or the refusal's code, whose sentence is in the 'media' namespace; never throws.
 */
import { CSRF_HEADER } from '../../../shared/api/account.ts';
import { MEDIA_MAX_BYTES, MediaErrorSchema, UploadedMediaSchema, type MediaErrorCode, type MediaKind } from '../../../shared/api/media.ts';

export type UploadResult = { ok: true; id: string } | { ok: false; error: MediaErrorCode | 'network' };

export function uploadPicture(boothId: string, kind: MediaKind, file: File, csrfToken: string, onProgress: (fraction: number) => void): Promise<UploadResult> {
  // Refused before sending: a phone on a slow network should not upload 50 MB to hear "too large".
  if (file.size > MEDIA_MAX_BYTES) return Promise.resolve({ ok: false, error: 'too_large' });
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/studio/booths/${encodeURIComponent(boothId)}/media?kind=${kind}`);
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.setRequestHeader(CSRF_HEADER, csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => resolve({ ok: false, error: 'network' });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        // Not the API's answer (a proxy's page): reported as a network failure below.
      }
      const done = UploadedMediaSchema.safeParse(body);
      if (xhr.status < 300 && done.success) return resolve({ ok: true, id: done.data.id });
      const refused = MediaErrorSchema.safeParse(body);
      resolve({ ok: false, error: refused.success ? refused.data.error : 'network' });
    };
    xhr.send(file);
  });
}
