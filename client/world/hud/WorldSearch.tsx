import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterEnterprises, isFilterActive, type BoothFilter } from '../../../shared/catalogue/filters.ts';
import type { SearchHit } from '../../../shared/catalogue/search.ts';
import { areaTeleportId, boothTeleportId } from '../../../shared/world/teleports.ts';
import { useCatalogue } from '../../data/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { ProcurementFilters } from '../../ui/ProcurementFilters.tsx';
import { SearchBox } from '../../ui/SearchBox.tsx';

/**
 * The shared search in the HUD. Choosing a hit takes the visitor there: in front of the booth (for a
 * booth or an exhibit inside it), facing it, or to a zone's entrance. It does not open the booth:
 * arriving and seeing it is what "take me there" means in a hall, the prompt then offers E/Enter,
 * and a visitor who only wanted directions is not dropped into a panel. The procurement filters
 * (behind a toggle, so the HUD stays small on a phone) narrow the search to matching enterprises and
 * list them, each a button that takes the visitor there.
 */
export function WorldSearch({ onTeleport }: { onTeleport(teleportId: string, name: string): void }) {
  const { t } = useTranslation();
  const { l } = useLang();
  const state = useCatalogue();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [filter, setFilter] = useState<BoothFilter>({});
  const matches = useMemo(
    () => (state.status === 'ready' && isFilterActive(filter) ? filterEnterprises(state.catalogue, filter) : []),
    [state, filter],
  );
  const handBackKeys = () => {
    // Hand the keys back to walking: focus left in the field would swallow WASD and E.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  };
  const select = (hit: SearchHit) => {
    const id = hit.boothId ? boothTeleportId(hit.boothId) : areaTeleportId(hit.zoneId);
    onTeleport(id, l(hit.title));
    handBackKeys();
  };
  return (
    <div className="world-search">
      <SearchBox onSelect={select} filter={filter} />
      <button type="button" className="world-search__toggle" aria-expanded={filtersOpen} onClick={() => setFiltersOpen((o) => !o)}>
        {t('search:filtersToggle')}
      </button>
      {filtersOpen ? (
        <div className="world-search__filters">
          <ProcurementFilters filter={filter} onChange={setFilter} />
          {isFilterActive(filter) ? (
            <>
              <p role="status">{matches.length > 0 ? t('search:finderCount', { count: matches.length }) : t('search:finderEmpty')}</p>
              <ul className="world-search__matches">
                {matches.map((e) => (
                  <li key={e.id}>
                    <button
                      type="button"
                      onClick={() => {
                        onTeleport(boothTeleportId(e.id), l(e.name));
                        handBackKeys();
                      }}
                    >
                      {l(e.name)}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
