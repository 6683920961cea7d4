/**
 * Makes the site's committed images in assets/site/ (served by server/http/ssrShare.ts): the link
 * preview card (share.png, 1200×630, the landing page's hero as a visitor sees it) and the web app
 * icons (icon-192.png, icon-512.png: 시웃이 as the header and the tab icon draw him). Run it again
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

/** 시웃이's drawing, the one the pages and the tab icon show (client/ui/Mascot.tsx, client/index.html). */
function markSvg(): string {
  return readFileSync(join(import.meta.dirname, '..', 'assets', 'mascot', 'seeot.svg'), 'utf8');
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
    // 시웃이 on the pages' cream, which his yellow reads on (the center's orange behind him would not).
    await icon.setContent(`<body style="margin:0;background:#fbf7f1">${mark.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    await icon.screenshot({ path: join(OUT, `icon-${size}.png`) });
  }
} finally {
  await browser.close();
}
console.log(`wrote share.png, icon-192.png, icon-512.png to ${OUT}`);
