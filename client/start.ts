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

/**
 * Paint first, then start the app. A server-rendered page is complete as it arrives, so the app's
 * JavaScript (fetched, parsed and run, then hydrating the page) waits until the browser has drawn
 * it once: the text shows as soon as the HTML is in, however slow the phone. A requestAnimationFrame
 * callback runs just before a frame is painted; the timeout queued from it runs after that paint. A
 * tab opened in the background paints nothing and gets no frames until shown: it starts at once.
 */
const start = (): void => void import('./main.tsx');
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start));
else start();
