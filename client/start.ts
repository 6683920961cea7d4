/**
 * The page's entry. Its styles are linked from index.html by Vite, and the server inlines them into
 * every page (server/http/ssrTemplate.ts): no stylesheet request before the first paint.
 */
import './styles/base.css';
import './styles/layout.css';
import './styles/landing.css';
import './styles/list.css';
import './styles/booth.css';
import './styles/search.css';
import { BOOT_ELEMENT_ID } from '../shared/page/bootElement.ts';
import { FONT_FACES_ELEMENT_ID } from '../shared/page/fontFacesElement.ts';

/**
 * The page's own font faces, which the server put in a <noscript> so that no font is fetched before
 * the first paint (server/http/ssrDocument.ts, fontFacesTag). They are loaded together and then
 * added together: each change to the page's fonts makes the browser lay all its Korean text out
 * again (30-60 ms of a phone's main thread on /list), so declaring the faces and then receiving
 * their files one batch at a time cost two to four of those; this costs one. The faces are read
 * from the <noscript>'s text through a stylesheet that is never applied (the CSS parser, not a
 * copy of it). The fallback takes the same room as the font, so the swap moves nothing.
 */
async function declareFontFaces(): Promise<void> {
  const text = document.getElementById(FONT_FACES_ELEMENT_ID)?.textContent;
  if (!text) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text.replace(/^\s*<style>|<\/style>\s*$/g, ''));
  const faces = [...sheet.cssRules]
    .filter((rule) => rule instanceof CSSFontFaceRule)
    .map((rule) => {
      const d = (name: string): string => rule.style.getPropertyValue(name);
      // The family as a name: the CSS value is quoted ("Noto Sans KR").
      return new FontFace(d('font-family').replace(/^["']|["']$/g, ''), d('src'), { weight: d('font-weight'), style: d('font-style'), unicodeRange: d('unicode-range'), display: 'swap' });
    });
  // Reading the faces and starting their 20-odd downloads took 3-4 ms of CPU each in Lighthouse's
  // traces, together one task that a phone's 4x slower CPU made a long one: a task boundary between.
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.allSettled(faces.map((face) => face.load()));
  for (const face of faces) if (face.status === 'loaded') document.fonts.add(face);
}

/**
 * A page the server rendered without boot data is complete without the app (server/http/ssr.ts,
 * STATIC_PAGES: the landing page): its links and language switch are plain navigations, so the
 * app's JavaScript is never fetched there. Every other page either hydrates (it has boot data) or is
 * an empty shell the app renders (the world, Vite's dev server).
 */
const needsApp = (): boolean => document.getElementById(BOOT_ELEMENT_ID) !== null || !document.getElementById('root')?.firstElementChild;

/**
 * Paint first, then declare the page's fonts and start the app. A server-rendered page is complete
 * as it arrives, so its fonts and the app's JavaScript (fetched, parsed and run, then hydrating the
 * page) wait until the browser has drawn it once: the text shows as soon as the HTML is in, however
 * slow the phone. A requestAnimationFrame callback runs just before a frame is painted; the timeout
 * queued from it runs after that paint. A tab opened in the background paints nothing and gets no
 * frames until shown: it starts at once.
 */
const start = (): void => {
  if (needsApp()) void import('./main.tsx');
  // In a task of its own, after this one (see declareFontFaces).
  setTimeout(() => void declareFontFaces().catch((e: unknown) => console.error('page fonts not loaded', e)));
};
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start));
else start();
