/**
 * Per-address limits: how often one client address may mint a guest session (GET /api/session)
 * and ask the matchmaker for a seat, and the per-address share of chat. Keyed by the address the
 * server decided (server/net/clientAddress.ts: the socket's peer, or a trusted proxy's report).
 *
 * Why these numbers. One address is often many honest people: a classroom on one Wi-Fi, a mobile
 * carrier's NAT, the venue's own network. A class of 50 opening the fair together is a burst of
 * 50 sessions and 50 joins within seconds, then each page asks again only on a reload, a shard
 * switch or a server restart. So each address gets a burst of 100 (two classes arriving together)
 * and 2 more a second (120 a minute: a steady stream of newcomers). Shard spam needs the opposite
 * shape: the loop that made 300 shards sent 300 requests in 2 s, and here gets about 104.
 *
 * Addresses in ADDRESS_LIMITS_EXEMPT skip these (a venue network with hundreds behind one address,
 * load tests); per-guest limits still apply to everyone.
 */
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { compileTrust, normalizeIp } from '../net/clientAddress.ts';
import type { BucketSpec, BucketStore } from './bucketStore.ts';

export const SESSION_LIMIT: BucketSpec = { capacity: 100, refillPerSec: 2 };
export const MATCHMAKE_LIMIT: BucketSpec = { capacity: 100, refillPerSec: 2 };

export type Admission = { ok: true } | { ok: false; retryAfterMs: number };

export interface AddressPolicyOptions {
  store: BucketStore;
  /** ADDRESS_LIMITS_EXEMPT, parsed (IPs, CIDRs, `loopback`). */
  exempt: readonly string[] | undefined;
  log: Logger;
  metrics: Pick<Metrics, 'rejected'>;
}

export function createAddressPolicy({ store, exempt, log, metrics }: AddressPolicyOptions) {
  const isExempt = compileTrust(exempt) ?? (() => false);
  let warnedLoopback = false;

  /** The key an address is limited under, or null when it is not limited (exempt, or unknown). */
  const limitedKey = (address: string | null | undefined): string | null => {
    if (!address) return null; // only a socket that closed before we looked has none
    const a = normalizeIp(address);
    return isExempt(a) ? null : a;
  };

  async function admit(kind: 'session' | 'matchmake', address: string | null | undefined, spec: BucketSpec): Promise<Admission> {
    const key = limitedKey(address);
    if (key === null) return { ok: true };
    const r = await store.take([{ key: `a:${kind}:${key}`, spec }]);
    if (r.ok) return r;
    // Counted, not logged per request: a loop hammering the limit would otherwise flood the log.
    metrics.rejected(`${kind}RateLimited`);
    if (!warnedLoopback && (key.startsWith('127.') || key === '::1')) {
      // Everyone behind an untrusted proxy on this machine shares its address: they would all be one "classroom".
      warnedLoopback = true;
      log.warn({ address: key }, 'a loopback address hit a per-address limit: if a reverse proxy runs on this host, set TRUST_PROXY (docs/operations.md)');
    }
    return r;
  }

  return {
    limitedKey,
    admitSession: (address: string | null | undefined) => admit('session', address, SESSION_LIMIT),
    admitMatchmake: (address: string | null | undefined) => admit('matchmake', address, MATCHMAKE_LIMIT),
  };
}
export type AddressPolicy = ReturnType<typeof createAddressPolicy>;

/** Whole seconds for a Retry-After header (at least 1: "0" would invite an immediate retry loop). */
export function retryAfterSeconds(ms: number): number {
  return Number.isFinite(ms) ? Math.max(1, Math.ceil(ms / 1000)) : 60;
}
