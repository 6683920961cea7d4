/**
 * Makes the site's committed images in assets/site/ (served by server/http/ssrShare.ts): the link
 * preview card (share.png, 1200×630, the landing page's hero as a visitor sees it) and the web app
 * icons (icon-192.png, icon-512.png: the header's 시웃 mark on the center's orange). Run it again
 * when the landing page or the mark changes, against a running server with the current build:
 *
 *   npm start &  node scripts/site-images.ts http://127.0.0.1:2567
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from '../tests/helpers/chromium.ts';

const OUT = join(import.meta.dirname, '..', 'assets', 'site');
const base = process.argv[2] ?? 'http://127.0.0.1:2567';

/** The mark, from the favicon in client/index.html (one drawing for the tab, the header and the app). */
function markSvg(): string {
  const html = readFileSync(join(import.meta.dirname, '..', 'client', 'index.html'), 'utf8');
  const uri = /<link rel="icon" href="data:image\/svg\+xml,([^"]+)"/.exec(html)?.[1];
  if (!uri) throw new Error('client/index.html: no SVG icon');
  return decodeURIComponent(uri);
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  const card = await browser.newPage({ viewport: { width: 1200, height: 630 }, locale: 'ko-KR' });
  await card.goto(`${base}/?lang=ko`);
  await card.evaluate(async () => {
    // The card shows the hero: no header, and the hero centred in the frame.
    document.querySelector<HTMLElement>('.site-header')!.style.display = 'none';
    const landing = document.querySelector<HTMLElement>('.landing')!;
    landing.style.paddingTop = '2.5rem';
    await document.fonts.ready;
  });
  await card.screenshot({ path: join(OUT, 'share.png') });

  const mark = markSvg();
  for (const size of [192, 512]) {
    const icon = await browser.newPage({ viewport: { width: size, height: size } });
    // The mark's circle fills the square; the orange behind it makes the corners part of the icon.
    await icon.setContent(`<body style="margin:0;background:#F26B3A">${mark.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    await icon.screenshot({ path: join(OUT, `icon-${size}.png`) });
  }
} finally {
  await browser.close();
}
console.log(`wrote share.png, icon-192.png, icon-512.png to ${OUT}`);
