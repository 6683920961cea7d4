import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../shared/schemas/localized.ts';
import { setLang, useLang } from '../i18n/index.ts';

const LABEL_KEY = { ko: 'common:langKo', en: 'common:langEn' } as const;

/**
 * Korean (default) / English. Two toggle buttons, each labelled in its own language (so a visitor
 * finds theirs); the choice is remembered in localStorage and sets <html lang> (see i18n/index.ts).
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <div className={`lang-switch ${className ?? ''}`} role="group" aria-label={t('common:languageGroup')}>
      {LANGS.map((code: Lang) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="lang-switch__button"
          aria-pressed={lang === code}
          onClick={() => setLang(code)}
        >
          {t(LABEL_KEY[code])}
        </button>
      ))}
    </div>
  );
}
