/** The days a figures page covers: two date fields (Seoul days), applied as they change. */
import { useTranslation } from 'react-i18next';
import type { DayRange } from './analyticsApi.ts';

export function RangeForm({ range, onChange }: { range: DayRange; onChange: (r: DayRange) => void }) {
  const { t } = useTranslation('analytics');
  const set = (field: keyof DayRange) => (e: React.ChangeEvent<HTMLInputElement>) => {
    if (/^\d{4}-\d\d-\d\d$/.test(e.target.value)) onChange({ ...range, [field]: e.target.value });
  };
  return (
    <div className="analytics-range">
      <label>
        {t('rangeFrom')}
        <input type="date" value={range.from} max={range.to} onChange={set('from')} />
      </label>
      <label>
        {t('rangeTo')}
        <input type="date" value={range.to} min={range.from} onChange={set('to')} />
      </label>
    </div>
  );
}
