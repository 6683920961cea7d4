import { useEffect, useMemo } from 'react';
import { venueFingerprint } from '../../../shared/protocol/venue.ts';
import { layoutWorld } from '../../../shared/world/layout.ts';
import { refreshCatalogue } from '../../data/catalogue.ts';
import type { World } from '../state/worldStore.ts';
import { connectHall, disconnectHall, onVenueChanged, useHall } from '../../net/hallStore.ts';
import { useIdentity } from '../../net/identity.ts';
import { WorldNet } from './worldSession.ts';

/** `?shard=<roomId>` of an invite link: letters, digits, _ and - only (the join schema's rule). */
function inviteFromUrl(): string | undefined {
  const v = new URLSearchParams(location.search).get('shard');
  return v && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined;
}

/**
 * The /world page's hall session: joins once the visitor has a nickname (an invite link's shard
 * first), joins again in the same shard after "change name", leaves on unmount. Until then, and
 * whenever the server is away, the world works alone (prediction simply runs unreconciled).
 *
 * The join carries the fingerprint of this world's layout. When the hall refuses it as not its own
 * (`venueChanged`), the catalogue is fetched again: the world re-lays-out from it, and this hook
 * joins again with the new layout's fingerprint, so positions are never decoded against the old
 * bounds. While connected, the room's `venue` message does the same without a new join (WorldNet).
 */
export function useHallWorld(world: World): WorldNet {
  const net = useMemo(() => new WorldNet(world), [world]);
  const identity = useIdentity((s) => s.identity);

  useEffect(() => net.start(), [net]);
  useEffect(
    () =>
      onVenueChanged(async () => {
        const venue = await refreshCatalogue();
        const here = useHall.getState().shardRoomId ?? inviteFromUrl();
        void connectHall({ view: 'world', inviteShard: here, venue: venueFingerprint(layoutWorld(venue)) });
      }),
    [],
  );

  useEffect(() => {
    if (!identity) return;
    // A new name (or a new world: the venue was re-read) is a new join; stay in the shard one is in
    // (or go to the invited one).
    const here = useHall.getState().shardRoomId ?? inviteFromUrl();
    void connectHall({ view: 'world', inviteShard: here, venue: venueFingerprint(world.store.getState().layout) });
  }, [identity, world]);

  useEffect(() => () => disconnectHall(), []);
  return net;
}
