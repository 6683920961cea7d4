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
import { FONT_FACES_ELEMENT_ID } from '../shared/page/fontFacesElement.ts';

/**
 * The page's own font faces, which the server put in a <noscript> so that no font is fetched before
 * the first paint (server/http/ssrDocument.ts, fontFacesTag): read as text, added as the <style> it
 * holds. The browser then fetches the slices the text uses and swaps them in; the fallback takes the
 * same room, so nothing moves.
 */
function declareFontFaces(): void {
  const faces = document.getElementById(FONT_FACES_ELEMENT_ID)?.textContent;
  if (faces) document.head.insertAdjacentHTML('beforeend', faces);
}

/**
 * Paint first, then declare the page's fonts and start the app. A server-rendered page is complete
 * as it arrives, so its fonts and the app's JavaScript (fetched, parsed and run, then hydrating the
 * page) wait until the browser has drawn it once: the text shows as soon as the HTML is in, however
 * slow the phone. A requestAnimationFrame callback runs just before a frame is painted; the timeout
 * queued from it runs after that paint. A tab opened in the background paints nothing and gets no
 * frames until shown: it starts at once.
 */
const start = (): void => {
  declareFontFaces();
  void import('./main.tsx');
};
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start));
else start();
