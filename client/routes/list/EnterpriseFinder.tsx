import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FILTER_PARAMS, filterEnterprises, filterFromParams, filterToParams, isFilterActive, type BoothFilter } from '../../../shared/catalogue/filters.ts';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { useBoothHref } from '../../ui/boothHref.ts';
import { ProcurementBadges } from '../../ui/ProcurementFacts.tsx';
import { ProcurementFilters } from '../../ui/ProcurementFilters.tsx';

/**
 * /list's enterprise finder: every enterprise with its tagline and procurement badges, narrowed by
 * category, certification and 우선구매 가능. The filter lives in the URL (?category=&cert=&priority=1)
 * so a result list can be shared; the server renders the unfiltered list (its page cache keys on no
 * such parameter), and the filter applies once the page has hydrated.
 */
/**
 * False on the server and while the page hydrates, then true. Unlike useHydrated it turns true in a
 * transition: mounting the filters' controls was one task of 13 ms after hydration (50 ms on a
 * phone, the longest the page had left), and a transition's render yields to the browser every few
 * milliseconds, as hydration itself does.
 */
function useInteractive(): boolean {
  const [interactive, setInteractive] = useState(false);
  useEffect(() => startTransition(() => setInteractive(true)), []);
  return interactive;
}

export function EnterpriseFinder({ catalogue }: { catalogue: Catalogue }) {
  const { t } = useTranslation();
  const { l } = useLang();
  const hydrated = useInteractive();
  const href = useBoothHref();
  const [params, setParams] = useSearchParams();
  const filter = hydrated ? filterFromParams((n) => params.get(n)) : {};
  const shown = filterEnterprises(catalogue, filter);
  const setFilter = (next: BoothFilter) => {
    const kept = [...params].filter(([k]) => !(Object.values(FILTER_PARAMS) as string[]).includes(k));
    setParams(new URLSearchParams([...kept, ...filterToParams(next)]), { replace: true, preventScrollReset: true });
  };
  if (catalogue.enterprises.length === 0) return null;
  return (
    <section className="card finder" aria-labelledby="finder-title">
      <h2 id="finder-title">{t('search:finderTitle')}</h2>
      {hydrated ? <ProcurementFilters filter={filter} onChange={setFilter} /> : null}
      {isFilterActive(filter) ? (
        <p role="status">{shown.length > 0 ? t('search:finderCount', { count: shown.length }) : t('search:finderEmpty')}</p>
      ) : null}
      <ul className="finder__list">
        {shown.map((e) => (
          <li key={e.id} className="finder__item">
            <Link to={href(e.id)}>{l(e.name)}</Link>
            {e.tagline ? (
              <p className="finder__tagline" lang="ko">
                {e.tagline}
              </p>
            ) : null}
            <ProcurementBadges procurement={e.procurement} />
          </li>
        ))}
      </ul>
    </section>
  );
}
