import { useTranslation } from 'react-i18next';
import { AVATAR_HAIRS, AVATAR_OUTFITS, AVATAR_SHAPES, type AvatarLook } from '../../../shared/schemas/avatarLook.ts';
import '../avatars/avatarI18n.ts';
import { LookIcon } from './LookIcon.tsx';

type Field = keyof AvatarLook;

const FIELDS: { field: Field; legend: string; values: readonly string[] }[] = [
  { field: 'shape', legend: 'lookShape', values: AVATAR_SHAPES },
  { field: 'hair', legend: 'lookHair', values: AVATAR_HAIRS },
  { field: 'outfit', legend: 'lookOutfit', values: AVATAR_OUTFITS },
];

/**
 * Shape, hair and outfit as three radio groups (native radios: arrow keys move within a group, a
 * screen reader hears "체형, 동글, 1/3"). Each option's picture is the visitor's own avatar with that
 * option, in their colour: the preview is the choice.
 */
export function LookChoices({ name, look, color, onChange }: { name: string; look: AvatarLook; color: string; onChange(look: AvatarLook): void }) {
  const { t } = useTranslation('avatar');
  return (
    <div className="world-entry__looks">
      {FIELDS.map(({ field, legend, values }) => (
        <fieldset key={field} className="world-entry__look">
          <legend>{t(legend)}</legend>
          {values.map((value) => {
            const option = { ...look, [field]: value } as AvatarLook;
            const label = t(`${field}_${value}`);
            return (
              <label key={value} className="world-entry__option" title={label}>
                <input type="radio" name={`${name}-${field}`} value={value} checked={look[field] === value} onChange={() => onChange(option)} />
                <span className="world-entry__pic">
                  <LookIcon look={option} color={color} />
                </span>
                <span className="visually-hidden">{label}</span>
              </label>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
