/**
 * The one rule for a client's address: the TCP peer, unless that peer is a proxy the operator
 * trusts (TRUST_PROXY), and then the right-most X-Forwarded-For entry that is not itself a trusted
 * proxy. Entries further left were written by whoever sent the request and prove nothing; X-Real-IP
 * is never read (anyone can send it). This is the algorithm of express' `proxy-addr`, so express'
 * `req.ip` / `req.secure` and the hall's address bans agree: express is given `isTrusted` below.
 */
import { BlockList, isIP } from 'node:net';
import { z } from 'zod';

/** `loopback`: what a proxy on the same machine connects from. */
const LOOPBACK = 'loopback';

const isCidr = (entry: string): boolean => {
  const [ip, bits, ...rest] = entry.split('/');
  const family = isIP(ip ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
};

/**
 * TRUST_PROXY: comma-separated IPs, CIDRs and/or `loopback`, e.g. `127.0.0.1` or `loopback,10.0.0.0/8`.
 * Parsed into its entries; an entry that is none of these fails the boot, naming the variable.
 */
export const TrustProxySchema = z
  .string()
  .transform((s) => s.split(',').map((e) => e.trim()).filter((e) => e !== ''))
  .pipe(z.array(z.string().refine((e) => e === LOOPBACK || isCidr(e), 'each entry must be an IP, a CIDR (10.0.0.0/8) or "loopback"')).min(1, 'name at least one proxy'));

/** Whether an address (a peer, or an X-Forwarded-For hop) is a proxy we trust. */
export type ProxyTrust = (address: string) => boolean;

/** `::ffff:1.2.3.4` (an IPv4 peer on a dual-stack socket) is `1.2.3.4`; IPv6 lower-case. */
export function normalizeIp(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

/** The trust test for TRUST_PROXY's entries; null (trust nobody) when it is unset. */
export function compileTrust(entries: readonly string[] | undefined): ProxyTrust | null {
  if (!entries || entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    if (entry === LOOPBACK) {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [ip = '', bits] = entry.split('/');
    const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(ip, family);
    else list.addSubnet(ip, Number(bits), family);
  }
  return (address) => {
    const a = normalizeIp(address);
    const family = isIP(a);
    // Not an IP at all (e.g. "unknown" in a forwarded list): never a trusted hop.
    return family !== 0 && list.check(a, family === 6 ? 'ipv6' : 'ipv4');
  };
}

/**
 * The client's address from the TCP peer and the X-Forwarded-For header (as Node gives it: repeated
 * headers joined with commas). Null only without a peer (a socket already closed).
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | undefined, trust: ProxyTrust | null): string | null {
  if (!peer) return null;
  let address = normalizeIp(peer);
  if (!trust || !trust(address)) return address;
  const hops = (forwardedFor ?? '').split(',').map((h) => h.trim()).filter((h) => h !== '');
  // Walk from the nearest hop outwards while each one is a trusted proxy.
  for (let i = hops.length - 1; i >= 0; i--) {
    address = normalizeIp(hops[i]!);
    if (!trust(address)) return address;
  }
  // Every hop is a trusted proxy: the farthest one is the best we know.
  return address;
}
