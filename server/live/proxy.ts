/**
 * A live's media comes from the process that holds it (its SFU worker has the publisher). A request
 * for a live held elsewhere (with REDIS_URL) is sent on to that process as it came, and its answer
 * returned as it is, so the viewer's answer SDP names the holder's ICE candidates. One hop only:
 * a forwarded request that misses again is a 404, never a loop. The holder's Cache-Control is kept
 * (an HLS segment stays immutable through the hop); an answer without one is not stored.
 */
import type { Request, Response } from 'express';

const HOP_HEADER = 'x-seeot-live-hop';
const FORWARDED_HEADERS = ['content-type', 'cookie', 'x-csrf-token', 'user-agent', 'accept-language'];
const TIMEOUT_MS = 15_000;

export const isForwarded = (req: Request): boolean => req.get(HOP_HEADER) !== undefined;

export async function forwardTo(address: string, req: Request, res: Response): Promise<void> {
  const headers: Record<string, string> = { [HOP_HEADER]: '1' };
  for (const h of FORWARDED_HEADERS) {
    const v = req.get(h);
    if (v !== undefined) headers[h] = v;
  }
  const body = req.body === undefined || req.method === 'GET' || req.method === 'DELETE' ? undefined : typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
  try {
    const r = await fetch(`http://${address}${req.originalUrl}`, { method: req.method, headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
    res.status(r.status);
    res.setHeader('Cache-Control', r.headers.get('cache-control') ?? 'no-store');
    const type = r.headers.get('content-type');
    if (type) res.setHeader('Content-Type', type);
    res.send(Buffer.from(await r.arrayBuffer()));
  } catch {
    res.setHeader('Cache-Control', 'no-store');
    res.status(503).json({ error: 'unavailable' });
  }
}
