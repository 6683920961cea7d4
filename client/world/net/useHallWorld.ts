import { useEffect, useMemo } from 'react';
import type { World } from '../state/worldStore.ts';
import { connectHall, disconnectHall, useHall } from '../../net/hallStore.ts';
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
 */
export function useHallWorld(world: World): WorldNet {
  const net = useMemo(() => new WorldNet(world), [world]);
  const identity = useIdentity((s) => s.identity);

  useEffect(() => net.start(), [net]);

  useEffect(() => {
    if (!identity) return;
    // A new name is a new join; stay in the shard one is in (or go to the invited one).
    const here = useHall.getState().shardRoomId ?? inviteFromUrl();
    void connectHall({ view: 'world', inviteShard: here });
  }, [identity]);

  useEffect(() => () => disconnectHall(), []);
  return net;
}
