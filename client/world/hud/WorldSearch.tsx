import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterEnterprises, isFilterActive, type BoothFilter } from '../../../shared/catalogue/filters.ts';
import type { SearchHit } from '../../../shared/catalogue/search.ts';
import { areaTeleportId, boothTeleportId } from '../../../shared/world/teleports.ts';
import { useCatalogue } from '../../data/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { ProcurementFilters } from '../../ui/ProcurementFilters.tsx';
import { SearchBox } from '../../ui/SearchBox.tsx';
import { SearchIcon } from './HudIcon.tsx';

/**
 * The shared search in the HUD. Choosing a hit takes the visitor there: in front of the booth (for a
 * booth or an exhibit inside it), facing it, or to a zone's entrance. It does not open the booth:
 * arriving and seeing it is what "take me there" means in a hall, the prompt then offers E/Enter,
 * and a visitor who only wanted directions is not dropped into a panel. The procurement filters
 * (behind a toggle, so the HUD stays small on a phone) narrow the search to matching enterprises and
 * list them, each a button that takes the visitor there. On a narrow screen the search is one icon
 * in the toolbar row (a disclosure) that drops the same search below the row, focused, and folds it
 * again when the visitor has chosen or presses Esc.
 */
export function WorldSearch({ onTeleport, iconOnly }: { onTeleport(teleportId: string, name: string): void; iconOnly: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const shown = !iconOnly || open;
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
    setOpen(false);
  };

  // Opened from the icon: the visitor came to type.
  useEffect(() => {
    if (iconOnly && open) panel.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [iconOnly, open]);
  const select = (hit: SearchHit) => {
    const id = hit.boothId ? boothTeleportId(hit.boothId) : areaTeleportId(hit.zoneId);
    onTeleport(id, l(hit.title));
    handBackKeys();
  };
  return (
    <div
      className={`world-search${iconOnly ? ' world-search--icon' : ''}`}
      onKeyDown={(e) => {
        if (iconOnly && open && e.key === 'Escape' && !e.nativeEvent.isComposing) {
          setOpen(false);
          panel.current?.parentElement?.querySelector<HTMLButtonElement>('.world-search__open')?.focus();
        }
      }}
    >
      {iconOnly ? (
        <button type="button" className="btn-pill world-hud__button world-search__open" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen((o) => !o)}>
          <SearchIcon />
          <span className="visually-hidden">{t('world:searchOpen')}</span>
        </button>
      ) : null}
      {shown ? (
        <div ref={panel} id={panelId} className="world-search__panel">
          <div className="world-search__row">
            <SearchBox onSelect={select} filter={filter} />
            <button type="button" className="world-search__toggle" aria-expanded={filtersOpen} onClick={() => setFiltersOpen((o) => !o)}>
              {t('search:filtersToggle')}
            </button>
          </div>
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
      ) : null}
    </div>
  );
}
