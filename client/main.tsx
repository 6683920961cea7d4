// First: before any module that defines a zod schema (see the file).
import './zodJitless.ts';
// The page's own styles. The server inlines the built stylesheet into every page (no render-blocking
// request); the DOM font's faces come from the server too (see `loadAllFontFaces`).
import './styles/base.css';
import './styles/layout.css';
import './styles/landing.css';
import './styles/list.css';
import './styles/booth.css';
import './styles/search.css';
import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { pageBoot } from './data/boot.ts';
import { primeCatalogue } from './data/catalogue.ts';
import { carryOverStoredLang } from './i18n/index.ts';

/**
 * The server inlines only the font faces for the characters of the page it rendered; pages reached
 * later without a reload show others, so the stylesheet of every face is added: at once on the
 * world's shell (nothing inlined), and when the browser is idle on a rendered page, so it never
 * competes with that page's own loading. The browser still downloads only the subsets a page uses
 * (unicode-range). Under Vite's dev server there is no server rendering: @fontsource's CSS does it.
 */
function loadAllFontFaces(href: string | null | undefined, rendered: boolean): void {
  if (import.meta.env.DEV) {
    void import('@fontsource/noto-sans-kr/400.css');
    void import('@fontsource/noto-sans-kr/700.css');
    return;
  }
  if (!href) return;
  const add = (): void => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  };
  if (!rendered) add();
  else if ('requestIdleCallback' in window) requestIdleCallback(add, { timeout: 5000 });
  else setTimeout(add, 2000);
}

/**
 * Runs once the first render is committed (a parent's effects run after its children's), so what it
 * changes (the language) re-renders a hydrated page instead of racing hydration. A single-child
 * wrapper: the tree React hydrates stays the shape the server rendered.
 */
function AfterFirstRender({ hydrated, children }: { hydrated: boolean; children: ReactNode }) {
  useEffect(() => {
    carryOverStoredLang();
    loadAllFontFaces(pageBoot()?.fontCss, hydrated);
  }, [hydrated]);
  return children;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain #root');
const boot = pageBoot();
if (boot) primeCatalogue(boot.venue);
// The server rendered this page's HTML (landing, list, booth pages): hydrate it. The world's page is
// an empty shell the browser renders.
const hydrate = boot !== null && root.firstElementChild !== null;
const app = (
  <StrictMode>
    <AfterFirstRender hydrated={hydrate}>
      <App />
    </AfterFirstRender>
  </StrictMode>
);
if (hydrate) hydrateRoot(root, app);
else createRoot(root).render(app);
