/**
 * Booth edits through the studio API while a bench measures something else on the same server
 * (issue 9 §1: the database runs off the event loop that ticks the halls). Signs in as the first
 * admin with the setup code from the server's log, reads the booth's version, then starts a save of
 * its tagline every EDIT_EVERY_MS (one at a time, each naming the version the last answer gave, as
 * the editor does), counting the saves the server acknowledged.
 */
import { BoothEditViewSchema, SaveResultSchema } from '../../../shared/api/studio.ts';
import { setupAdmin, type SignedInSession } from '../../helpers/staffSession.ts';

/** As bench:venue's writes (tests/bench/lib/venueServer.ts, a script: not imported for its constant). */
export const EDIT_EVERY_MS = 200;

/** A booth of the brochure catalogue every server stores (tests/e2e/studio-edit.spec.ts edits it too). */
export const WRITTEN_BOOTH = 'cut-the-trash';

export interface WriteCounts {
  /** Saves answered 200 `saved`. */
  acknowledged: number;
  /** Any other answer (stale, pending, an error status) or a failed request. */
  failed: number;
  /** Slowest save's round trip, ms. */
  max_ms: number;
}

export interface StudioWriter {
  start(): void;
  /** Stops after the save in flight, if any, and gives the counts since start(). */
  stop(): Promise<WriteCounts>;
}

export async function studioWriter(base: string, log: string): Promise<StudioWriter> {
  const admin: SignedInSession = await setupAdmin(base, log, { email: 'bench@example.kr', displayName: '벤치' });
  const url = `${base}/api/studio/booths/${WRITTEN_BOOTH}`;
  const got = await fetch(url, { headers: admin.headers() });
  if (!got.ok) throw new Error(`GET ${url}: ${got.status} ${await got.text()}`);
  let version = BoothEditViewSchema.parse(await got.json()).version;
  const counts: WriteCounts = { acknowledged: 0, failed: 0, max_ms: 0 };
  let running = false;
  let loop: Promise<void> = Promise.resolve();

  const save = async (n: number): Promise<void> => {
    const t = performance.now();
    try {
      const r = await fetch(url, { method: 'PUT', headers: admin.headers(), body: JSON.stringify({ baseVersion: version, fields: [{ path: 'tagline', value: `벤치 편집 ${n}` }] }) });
      const body: unknown = await r.json();
      const saved = r.status === 200 ? SaveResultSchema.parse(body) : null;
      if (saved?.status === 'saved') {
        version = saved.version;
        counts.acknowledged++;
      } else {
        // A 409 carries the version now: the next save names it.
        if (r.status === 409) version = (body as { version: number }).version;
        counts.failed++;
      }
    } catch {
      counts.failed++;
    }
    counts.max_ms = Math.max(counts.max_ms, performance.now() - t);
  };

  return {
    start() {
      running = true;
      counts.acknowledged = counts.failed = counts.max_ms = 0;
      loop = (async () => {
        const t0 = performance.now();
        // On a fixed schedule; a save slower than the interval delays only the next one.
        for (let n = 0; running; n++) {
          await save(n);
          const wait = t0 + (n + 1) * EDIT_EVERY_MS - performance.now();
          if (wait > 0 && running) await new Promise((r) => setTimeout(r, wait));
        }
      })();
    },
    async stop() {
      running = false;
      await loop;
      return { ...counts };
    },
  };
}
