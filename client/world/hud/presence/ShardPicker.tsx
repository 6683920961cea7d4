import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fairOfPage } from '../../../data/fairCut.ts';
import { switchShard } from '../../../net/hallStore.ts';
import { withFair } from '../../../ui/fairLink.ts';

interface ShardListing {
  roomId: string;
  shardName: string;
  clients: number;
  capacity: number;
  open: boolean;
}

/**
 * The shard picker: GET /api/hall/shards (occupancy only) when the panel opens; moving = leave and
 * joinById (client/net/hallStore.ts switchShard), keeping one's place in the hall.
 */
export function ShardPicker({ currentRoomId }: { currentRoomId: string | null }) {
  const { t } = useTranslation('world');
  const id = useId();
  const [shards, setShards] = useState<ShardListing[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [choice, setChoice] = useState('');

  useEffect(() => {
    let live = true;
    // A timed fair's page lists that fair's shards (its own hall).
    fetch(withFair('/api/hall/shards', fairOfPage()))
      .then((r) => (r.ok ? (r.json() as Promise<{ shards: ShardListing[] }>) : Promise.reject(new Error(String(r.status)))))
      .then(
        (body) => live && setShards(body.shards),
        () => live && setFailed(true),
      );
    return () => {
      live = false;
    };
  }, []);

  const others = (shards ?? []).filter((s) => s.roomId !== currentRoomId);
  return (
    <form
      className="world-presence__shards"
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) void switchShard(choice);
      }}
    >
      <label htmlFor={`${id}-shard`} className="world-presence__subtitle">
        {t('presenceShards')}
      </label>
      {failed ? <p>{t('presenceShardsError')}</p> : null}
      {shards && others.length === 0 ? <p>{t('presenceShardsEmpty')}</p> : null}
      {others.length > 0 ? (
        <div className="world-presence__shardrow">
          <select id={`${id}-shard`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">—</option>
            {others.map((s) => {
              const full = s.clients >= s.capacity;
              return (
                <option key={s.roomId} value={s.roomId} disabled={full}>
                  {t('presenceShardOption', { name: s.shardName, clients: s.clients, capacity: s.capacity })}
                  {full ? ` (${t('presenceShardFull')})` : ''}
                </option>
              );
            })}
          </select>
          <button type="submit" className="btn-pill world-presence__action" disabled={!choice}>
            {t('presenceMove')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
