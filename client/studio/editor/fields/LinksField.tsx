import { useTranslation } from 'react-i18next';
import { MAX_LINKS } from '../../../../shared/api/studio.ts';
import type { Draft } from '../draft.ts';
import type { FieldsProps } from './BasicsFields.tsx';

/** The booth's links: a text and an https address each (the brochure's phone and mail links may stay). */
export function LinksField({ draft, set }: FieldsProps) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<Draft['links'][number]>) => set({ links: draft.links.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  return (
    <fieldset className="editor__group">
      <legend>{t('boothEdit:field_links')}</legend>
      <ul className="rows">
        {draft.links.map((l, i) => (
          <li key={i} className="row">
            <label className="field">
              <span>{t('boothEdit:linkLabel')}</span>
              <input value={l.label} maxLength={80} onChange={(e) => update(i, { label: e.target.value })} />
            </label>
            <label className="field">
              <span>{t('boothEdit:linkHref')}</span>
              <input type="url" inputMode="url" value={l.href} onChange={(e) => update(i, { href: e.target.value })} />
            </label>
            <button type="button" className="button" onClick={() => set({ links: draft.links.filter((_, j) => j !== i) })}>
              {t('boothEdit:remove')}
            </button>
          </li>
        ))}
      </ul>
      {draft.links.length < MAX_LINKS ? (
        <button type="button" className="button" onClick={() => set({ links: [...draft.links, { label: '', href: 'https://' }] })}>
          {t('boothEdit:addLink')}
        </button>
      ) : null}
    </fieldset>
  );
}
