/**
 * What a shared link and an installed app show: the web app manifest and the site's images
 * (assets/site/: the link-preview card and the app icons, PNG because KakaoTalk and Android want
 * raster images; made once by scripts/site-images.ts and committed).
 */
import { Router } from 'express';
import { join } from 'node:path';
import { ko } from '../../shared/i18n/ko.ts';
import { servePrecompressed } from './precompressed.ts';
import type { ShareImage } from './ssrDocument.ts';

export const SITE_IMAGES_DIR = join(import.meta.dirname, '..', '..', 'assets', 'site');

/** The link-preview card every page points og:image at (1200×630, the size Open Graph readers crop to). */
export const SHARE_IMAGE = { path: '/share.png', width: 1200, height: 630 } as const;

export function shareImage(origin: string, alt: string): ShareImage {
  return { url: `${origin}${SHARE_IMAGE.path}`, width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, alt };
}

/** The center's orange and the pages' background (client/styles/base.css). */
const THEME_COLOR = '#F26B3A';
const BACKGROUND_COLOR = '#fbf7f1';

/** The web app manifest: installable from the landing page, in Korean, the exhibition's language. */
export const WEB_APP_MANIFEST = {
  name: `${ko.common.appName} — ${ko.common.appTagline}`,
  short_name: ko.common.appName,
  description: ko.landing.intro,
  lang: 'ko',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  icons: [192, 512].map((size) => ({ src: `/icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
};

/** GET /manifest.webmanifest and the site images, before the pages' catch-all. */
export function shareRoutes(): Router {
  const r = Router();
  r.get('/manifest.webmanifest', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600').type('application/manifest+json').send(JSON.stringify(WEB_APP_MANIFEST));
  });
  // Not content-hashed (link previews need stable URLs): a day, not a year.
  r.use(servePrecompressed(SITE_IMAGES_DIR, { maxAge: '1d' }));
  return r;
}
