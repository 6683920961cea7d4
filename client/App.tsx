import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { LiveAlerts } from './live/LiveAlerts.tsx';
import { useHydrated } from './ui/useHydrated.ts';
import { Landing } from './routes/Landing.tsx';
import { ListRoute } from './routes/ListRoute.tsx';
import { NotFound } from './routes/NotFound.tsx';
import { PrivacyPage } from './routes/PrivacyPage.tsx';
import { WorldOrBoothPage } from './routes/WorldOrBoothPage.tsx';

/**
 * The private pages (sign-in, /admin, /studio) are chunks of their own, loaded only there, with their
 * strings: the landing page's JavaScript does not carry them. The server never renders them (their
 * page is the shell: nothing private in the HTML), so its build leaves them out.
 */
const browserOnly = <P extends object>(load: () => Promise<{ default: (props: P) => ReactNode }>) =>
  lazy(() => (import.meta.env.SSR ? Promise.reject(new Error('private pages render in the browser')) : load()));
const AccountPages = browserOnly(() => import('./account/AccountPages.tsx'));
const AdminApp = browserOnly(() => import('./admin/AdminApp.tsx'));
const StudioApp = browserOnly(() => import('./studio/StudioApp.tsx'));
// /orders: a guest's order by number and phone; nothing to render before they are typed.
const OrderLookup = browserOnly(() => import('./orders/LookupPage.tsx'));

/** While a private page's chunk loads: the spinner alone (its words come with the chunk). */
const Private = ({ children }: { children: ReactNode }) => (
  <Suspense
    fallback={
      <p className="status status--page" aria-busy="true">
        <span className="spinner" />
      </p>
    }
  >
    {children}
  </Suspense>
);

/**
 * Routes, the same for the browser (App) and the server (entry-server.tsx, under a StaticRouter), so
 * the server's HTML is what the browser's first render produces. /world and /booth/:id share one
 * pathless layout route whose element stays mounted when the visitor moves between them, so the 3D
 * canvas is not rebuilt when a booth opens or closes. The layout decides between the world and the
 * list-view booth page (?view=list).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Landing />} />
      <Route path="/list" element={<ListRoute />} />
      <Route path="/privacy" element={<PrivacyPage />} />
      <Route element={<WorldOrBoothPage />}>
        <Route path="/world" element={null} />
        <Route path="/booth/:id" element={null} />
      </Route>
      <Route path="/login" element={<Private><AccountPages page="login" /></Private>} />
      <Route path="/setup" element={<Private><AccountPages page="setup" /></Private>} />
      <Route path="/invite/:token" element={<Private><AccountPages page="invite" /></Private>} />
      <Route path="/reset/:token" element={<Private><AccountPages page="reset" /></Private>} />
      <Route path="/admin/*" element={<Private><AdminApp /></Private>} />
      <Route path="/studio/*" element={<Private><StudioApp /></Private>} />
      <Route path="/orders" element={<Private><OrderLookup /></Private>} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

/**
 * Marks <html data-hydrated> once React has taken over the page. Before that, links are plain links
 * (the language switch reloads the page with ?lang=); after it, they switch in place. Tests wait on it.
 */
function useHydratedMark(): void {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
}

/**
 * 알림 받기 notices for lives and events starting, on any page, in one corner. After hydration only:
 * the server renders the routes alone, and the first client render must match its HTML.
 */
function PageNotices() {
  if (!useHydrated()) return null;
  return (
    <div className="page-notices">
      <LiveAlerts />
      <Suspense fallback={null}>
        <EventReminders />
      </Suspense>
    </div>
  );
}

/** Its own chunk: only a page that shows a schedule needs it, and not while it hydrates. */
const EventReminders = lazy(() => import('./schedule/EventReminders.tsx').then((m) => ({ default: m.EventReminders })));

export function App() {
  useHydratedMark();
  return (
    <BrowserRouter>
      <AppRoutes />
      <PageNotices />
    </BrowserRouter>
  );
}
