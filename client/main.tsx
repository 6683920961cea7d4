// The app, started by start.ts once the page has been painted.
import { startTransition, StrictMode } from 'react';
import type * as ReactDomClient from 'react-dom/client';
import type * as AppModule from './App.tsx';
import { checkedPageBoot } from './data/bootOffThread.ts';
import { primeCatalogue } from './data/catalogue.ts';

/** What a visitor does first before anything reached without a reload can show: see below. */
const FIRST_INPUT = ['pointerdown', 'keydown', 'touchstart'] as const;

/**
 * The server inlines only the font faces for the characters of the page it rendered. Text the page
 * shows later (another page reached without a reload, the other language, search results) may need
 * others, so the stylesheet declaring every face is added: at once on the world's shell (nothing
 * inlined), and on a rendered page at the visitor's first touch, click or key, which any of those
 * follows; a visitor who only reads never downloads it. The browser still fetches only the subsets a
 * page uses (unicode-range). Under Vite's dev server there is no server rendering: @fontsource's CSS.
 */
function loadAllFontFaces(href: string | null | undefined, rendered: boolean): void {
  if (import.meta.env.DEV) {
    void import('@fontsource/noto-sans-kr/400.css');
    void import('@fontsource/noto-sans-kr/700.css');
    return;
  }
  if (!href) return;
  const add = (): void => {
    for (const type of FIRST_INPUT) removeEventListener(type, add, true);
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  };
  if (!rendered) add();
  else for (const type of FIRST_INPUT) addEventListener(type, add, { capture: true, passive: true });
}

/** A task boundary: the browser may paint and handle input between the stages below. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * The app's modules, evaluated in stages rather than at once: a static import graph runs in a single
 * task, and this one's was 17-30 ms of CPU (70-120 ms on a phone). Its heavy parts go first, each a
 * dynamic import after a task boundary: zod, told not to compile parsers (zodJitless.ts, before any
 * schema is built); the procurement schemas, which the list's filters and badges import for their
 * labels and which zod builds as the module loads; the strings (i18next's setup); React's DOM
 * renderer; the pages App routes to, one by one (together they were one task of 35 ms of CPU in a
 * fresh browser, most of it compiling); then the rest of the app.
 */
async function loadApp(): Promise<[typeof ReactDomClient, typeof AppModule]> {
  const stages = [
    () => import('./data/zodJitless.ts'),
    () => import('../shared/schemas/procurement.ts'),
    () => import('./i18n/index.ts'),
    () => import('react-dom/client'),
    () => import('./routes/ListRoute.tsx'),
    () => import('./routes/WorldOrBoothPage.tsx'),
    () => import('./routes/Landing.tsx'),
    () => import('./live/LiveAlerts.tsx'),
  ];
  for (const stage of stages) {
    await stage();
    await nextTask();
  }
  // React DOM is already evaluated (a stage above): importing it again only looks it up.
  return Promise.all([import('react-dom/client'), import('./App.tsx')]);
}

/**
 * Started by start.ts once the page has been painted, in stages that each get a task of their own
 * (this module's evaluation, the venue checked in a worker meanwhile, the app's modules, then
 * hydrating), so that none holds the main thread for long on a slow phone.
 */
async function run(root: HTMLElement): Promise<void> {
  const [boot, [{ createRoot, hydrateRoot }, { App }]] = await Promise.all([checkedPageBoot(), loadApp()]);
  if (boot) primeCatalogue(boot.venue);
  // The server rendered this page's HTML (landing, list, booth pages): hydrate it. The world's page
  // is an empty shell the browser renders.
  const hydrate = boot !== null && root.firstElementChild !== null;
  await nextTask();
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // As a transition, hydration yields to the browser every few milliseconds (the page is already
  // readable, so nothing is urgent) instead of holding the main thread for the whole page.
  if (hydrate) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);
  loadAllFontFaces(boot?.fontCss, hydrate);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain #root');
void run(root);
