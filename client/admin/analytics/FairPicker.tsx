/**
 * Which fair /admin/analytics shows: the permanent exhibition or a timed fair (each has halls of its
 * own, so its visits are counted under its own id). The timed fairs come from /api/admin/fairs; if
 * they cannot be read, the permanent exhibition stays the only choice.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminFairListSchema, type AdminFair } from '../../../shared/api/fairs.ts';
import { useLang } from '../../i18n/index.ts';
import { HALL_FAIR_ID } from '../../analytics/analyticsApi.ts';
import { send } from '../fairs/fairsApi.ts';

/** The fair picked: its id, and its booths when it is a timed fair (null: the whole venue). */
export interface PickedFair {
  id: number;
  boothIds: string[] | null;
}

export const PERMANENT: PickedFair = { id: HALL_FAIR_ID, boothIds: null };

export function FairPicker({ fair, onChange }: { fair: PickedFair; onChange: (f: PickedFair) => void }) {
  const { t } = useTranslation('analytics');
  const { l } = useLang();
  const [fairs, setFairs] = useState<AdminFair[]>([]);
  useEffect(() => {
    let live = true;
    void send('GET', '/api/admin/fairs', undefined, null).then((r) => {
      const list = AdminFairListSchema.safeParse(r.body);
      if (live && r.status === 200 && list.success) setFairs(list.data.fairs);
    });
    return () => {
      live = false;
    };
  }, []);
  const pick = (e: React.ChangeEvent<HTMLSelectElement>) => {
    const timed = fairs.find((f) => f.id === Number(e.target.value));
    onChange(timed ? { id: timed.id, boothIds: timed.boothIds } : PERMANENT);
  };
  return (
    <label className="field">
      <span className="field__label">{t('fairPick')}</span>
      <select className="field__input" value={fair.id} onChange={pick}>
        <option value={HALL_FAIR_ID}>{t('permanentExhibition')}</option>
        {fairs.filter((f) => f.id !== HALL_FAIR_ID).map((f) => (
          <option key={f.id} value={f.id}>
            {l(f.title)}
          </option>
        ))}
      </select>
    </label>
  );
}
