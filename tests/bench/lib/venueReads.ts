/**
 * bench:venue's read loops: CONNECTIONS keep-alive connections on GET /api/catalogue, timed answer
 * by answer, and the windows of one server summed into reads a second and latency quantiles.
 */
import { Agent, get as httpGet } from 'node:http';

export const CONNECTIONS = 8;
const WARMUP_S = 3;
export const WINDOW_S = 10;

export interface Rps {
  rps: number;
  requests: number;
  errors: number;
  bytesPerAnswer: number;
  p50: number;
  p99: number;
}

export interface ReadWindow {
  seconds: number;
  requests: number;
  errors: number;
  bytes: number;
  latencies: number[];
}

/** The windows of one server together: answers over seconds, latency quantiles over every answer. */
export function summarise(windows: readonly ReadWindow[]): Rps {
  const seconds = windows.reduce((n, w) => n + w.seconds, 0);
  const requests = windows.reduce((n, w) => n + w.requests, 0);
  const bytes = windows.reduce((n, w) => n + w.bytes, 0);
  const latencies = windows.flatMap((w) => w.latencies).sort((a, b) => a - b);
  const q = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]! * 10) / 10;
  return { rps: Math.round((requests / seconds) * 10) / 10, requests, errors: windows.reduce((n, w) => n + w.errors, 0), bytesPerAnswer: Math.round(bytes / Math.max(1, requests)), p50: q(0.5), p99: q(0.99) };
}

/**
 * GET /api/catalogue as a browser asks for it (Brotli), its body read and not decoded: with fetch,
 * which decodes every 154 KB answer, the load loops used 120–135% of the two cores against the
 * server's 15–25%, and the figure was the load client's.
 */
function getVenue(agent: Agent, url: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(`${url}/api/catalogue`, { agent, headers: { accept: 'application/json', 'accept-encoding': 'br' } }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => (bytes += d.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** CONNECTIONS keep-alive loops on GET /api/catalogue: WARMUP_S unmeasured, then WINDOW_S counted. */
export async function readVenue(url: string): Promise<ReadWindow> {
  let counting = false;
  let stopAt = Infinity;
  let requests = 0;
  let errors = 0;
  let bytes = 0;
  const latencies: number[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const loop = async (): Promise<void> => {
    while (Date.now() < stopAt) {
      const t0 = performance.now();
      const res = await getVenue(agent, url);
      if (!counting) continue;
      if (res.status !== 200) errors++;
      requests++;
      bytes += res.bytes;
      latencies.push(performance.now() - t0);
    }
  };
  const loops = Array.from({ length: CONNECTIONS }, loop);
  await new Promise((r) => setTimeout(r, WARMUP_S * 1000));
  counting = true;
  const start = performance.now();
  stopAt = Date.now() + WINDOW_S * 1000;
  await Promise.all(loops);
  agent.destroy();
  return { seconds: (performance.now() - start) / 1000, requests, errors, bytes, latencies };
}
