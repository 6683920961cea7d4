import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Lang } from '../../shared/schemas/localized.ts';
import { setLang, useLang } from '../i18n/index.ts';

/** Each language's name, in the order shown (every language has one: the type says so). */
const LABEL_KEY = { ko: 'common:langKo', en: 'common:langEn' } as const satisfies Record<Lang, string>;
/** Short names for a phone's world toolbar, where a full one wraps into a column. */
const SHORT_KEY = { ko: 'common:langKoShort', en: 'common:langEnShort' } as const satisfies Record<Lang, string>;
const SHOWN = Object.keys(LABEL_KEY) as Lang[];

/** The current search with `lang` set to `code` (the other parameters kept). */
function withLang(search: string, code: Lang): string {
  const params = new URLSearchParams(search);
  params.set('lang', code);
  return `?${params.toString()}`;
}

/** A plain left click, which the router turns into an in-page navigation (others open a new tab). */
const inPlace = (e: MouseEvent): boolean => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/**
 * Korean (default) / English, each labelled in its own language (so a visitor finds theirs). Plain
 * links to this page with `?lang=`: without JavaScript the server renders the page in that language
 * and remembers it (cookie); with it, the switch happens in place and the choice is remembered the
 * same way (i18n/index.ts). The address is replaced, not pushed: Back does not undo a language.
 * `compact` (a phone's world toolbar) shows short names, "EN" and "한", their full names still read out.
 */
export function LanguageSwitch({ className, compact = false }: { className?: string; compact?: boolean }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { pathname, search, hash, state: historyState } = useLocation();
  return (
    <div className={`lang-switch ${className ?? ''}`} role="group" aria-label={t('common:languageGroup')}>
      {SHOWN.map((code) => (
        <Link
          key={code}
          to={{ pathname, search: withLang(search, code), hash }}
          replace
          // Kept, so e.g. closing a booth dialog still knows how it was opened.
          state={historyState}
          preventScrollReset
          lang={code}
          hrefLang={code}
          className="lang-switch__button"
          aria-current={lang === code ? 'true' : undefined}
          onClick={(e) => inPlace(e) && setLang(code)}
        >
          {compact ? (
            <>
              <span aria-hidden="true">{t(SHORT_KEY[code])}</span>
              <span className="visually-hidden">{t(LABEL_KEY[code])}</span>
            </>
          ) : (
            t(LABEL_KEY[code])
          )}
        </Link>
      ))}
    </div>
  );
}
