import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useSearchParams } from 'react-router';
import { isListView } from '../ui/boothHref.ts';
import { BoothPage } from './BoothPage.tsx';

// The only way the app reaches world code: a lazy chunk, so / and /list never load three.js. The
// server never renders the world (its page is the shell), so its build leaves the chunk out.
const WorldRoute = lazy(() => (import.meta.env.SSR ? Promise.reject(new Error('the world is browser-only')) : import('../world/WorldRoute.tsx')));

function WorldFallback() {
  const { t } = useTranslation();
  return (
    <p className="status status--page" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('world:loading')}
    </p>
  );
}

/** Layout element for /world and /booth/:id: the list-view booth page, or the (same) world element. */
export function WorldOrBoothPage() {
  const booth = useMatch('/booth/:id');
  const [params] = useSearchParams();
  if (booth?.params.id && isListView(params)) return <BoothPage boothId={booth.params.id} />;
  return (
    <Suspense fallback={<WorldFallback />}>
      <WorldRoute />
    </Suspense>
  );
}
