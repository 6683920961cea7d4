import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listZones } from '../../shared/catalogue/booths.ts';
import { isFilterActive, type BoothFilter } from '../../shared/catalogue/filters.ts';
import { searchCatalogue, type SearchHit } from '../../shared/catalogue/search.ts';
import { useCatalogue } from '../data/catalogue.ts';
import { useLang } from '../i18n/index.ts';

/** Enough to choose from without a long list to arrow through. */
const MAX_RESULTS = 8;

const NO_FILTER: BoothFilter = {};

const KIND_KEY = { booth: 'search:kindBooth', exhibit: 'search:kindExhibit', zone: 'search:kindZone' } as const;

export interface SearchBoxProps {
  onSelect: (hit: SearchHit) => void;
  /** Extra class on the wrapper (the world overlays it on the canvas). */
  className?: string;
  /** Procurement filters: only matching enterprises, every one of them while the field is empty. */
  filter?: BoothFilter;
}

/**
 * Booth / programme / zone search as an ARIA 1.2 combobox with a listbox popup: focus stays in the
 * input, aria-activedescendant points at the highlighted option. Works with Korean IME input: an
 * Enter that ends a composition is not taken as a selection.
 */
export function SearchBox({ onSelect, className, filter = NO_FILTER }: SearchBoxProps) {
  const { t } = useTranslation();
  const { l } = useLang();
  const state = useCatalogue();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  // The box is in the server's HTML before the script runs: what a visitor typed into it before
  // hydration is in the DOM but not in state, and would be dropped. Take it over once, on mount.
  useLayoutEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed === '') return;
    setQuery(typed);
    setOpen(document.activeElement === input.current);
  }, []);

  const trimmed = query.trim();
  const filtering = isFilterActive(filter);
  const searching = trimmed !== '' || filtering;
  const hits = useMemo(
    () => (state.status === 'ready' && searching ? searchCatalogue(state.catalogue, trimmed, filter).slice(0, MAX_RESULTS) : []),
    [state, trimmed, filter, searching],
  );
  const zones = useMemo(() => (state.status === 'ready' ? listZones(state.catalogue) : []), [state]);
  const zoneTitle = (zoneId: string): string | undefined => {
    const zone = zones.find((z) => z.id === zoneId);
    return zone ? l(zone.title) : undefined;
  };
  const expanded = open && searching && hits.length > 0;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const choose = (hit: SearchHit) => {
    setOpen(false);
    setActive(-1);
    onSelect(hit);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Keys that end or steer an IME composition belong to the IME, not to us.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        if (hits.length > 0) setActive((i) => (i + 1) % hits.length);
        break;
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        if (hits.length > 0) setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
        break;
      case 'Enter': {
        const hit = hits[active >= 0 ? active : 0];
        if (expanded && hit) {
          e.preventDefault();
          choose(hit);
        }
        break;
      }
      case 'Escape':
        // First Esc closes the popup, a second clears the field (APG combobox behaviour).
        if (expanded) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          e.preventDefault();
          e.stopPropagation();
          setQuery('');
        }
        break;
    }
  };

  const status = !searching ? '' : hits.length === 0 ? t('search:noResults') : t('search:resultCount', { count: hits.length });

  return (
    <div className={`search ${className ?? ''}`}>
      <label htmlFor={inputId} className="search__label">
        {t('search:label')}
      </label>
      <div className="search__field">
        <input
          ref={input}
          id={inputId}
          className="search__input"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          placeholder={t('search:placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul id={listId} role="listbox" aria-label={t('search:label')} className="search__list" hidden={!expanded}>
          {hits.map((hit, i) => {
            const zone = hit.kind !== 'zone' ? zoneTitle(hit.zoneId) : undefined;
            return (
              <li
                key={`${hit.kind}-${hit.boothId ?? ''}-${hit.exhibitId ?? ''}-${hit.zoneId}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="search__option"
                // Keep focus in the input so the combobox stays operable after a pointer pick.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(hit)}
                onMouseMove={() => setActive(i)}
              >
                <span className="search__kind">{t(KIND_KEY[hit.kind])}</span>
                <span className="search__title">{l(hit.title)}</span>
                {zone ? <span className="search__zone">{zone}</span> : null}
              </li>
            );
          })}
        </ul>
      </div>
      <p id={`${id}-hint`} className="visually-hidden">
        {t('search:hint')}
      </p>
      <p className={searching && hits.length === 0 ? 'search__empty' : 'visually-hidden'} role="status">
        {status}
      </p>
    </div>
  );
}
