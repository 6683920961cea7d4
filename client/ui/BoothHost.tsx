import { useTranslation } from 'react-i18next';
import { useHall } from '../net/hallState.ts';

/**
 * "담당자 있음" while one of the booth's enterprise members stands at it in the world (the hall's
 * hosts, hall-wide, server/hall/occupancy.ts); nothing otherwise, or while not connected.
 */
export default function BoothHost({ boothId }: { boothId: string }) {
  const { t } = useTranslation('booth');
  const hosted = useHall((s) => s.status === 'connected' && (s.boothHosts[boothId] ?? 0) > 0);
  if (!hosted) return null;
  return (
    <p className="booth-host" data-booth-id={boothId}>
      <span className="booth-host__badge" aria-hidden="true">
        ★
      </span>{' '}
      {t('hostHere')}
    </p>
  );
}
