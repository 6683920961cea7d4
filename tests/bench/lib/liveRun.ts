/**
 * One bench:live run: a fresh server (LIVE_HLS=off, a high LIVE_MAX_VIEWERS) on its core and, when
 * given, under its CPU quota; a booth member opens a live and publishes the clip from this process;
 * viewers join in steps of `step` until the worst one gets under 95% of the publisher's packets over
 * a window, and again over a second window (lib/liveSteps.ts). The live then stays up for `after`
 * (bench:live's first-frame tries) with one step fewer viewers than the SFU held still watching, so
 * the tries' own joins do not take it past what it was measured to hold; then everything is closed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BoothLiveResponseSchema, OpenLiveResponseSchema, PublishResponseSchema, ViewerResponseSchema } from '../../../shared/api/live.ts';
import { seedDataDir } from '../../helpers/pgliteTemplate.ts';
import { invitedAccount, setupAdmin, setupCodeIn, type SignedInSession } from '../../helpers/staffSession.ts';
import { cpuSeconds, startBenchServer, type Placement } from '../../load/procs.ts';
import { benchPublisher, benchViewer, type BenchViewer } from './livePeers.ts';
import { HOLD_SHARE, worstShare, type StepResult } from './liveSteps.ts';

export const LIVE_BOOTH = 'cut-the-trash';
const MAX_VIEWERS = 2000;

export interface RunOptions {
  label: string;
  placements: Placement[];
  frames: readonly Buffer[];
  /** The clip's rate, for the publisher's pacer. */
  kbps: number;
  step: number;
  maxViewers: number;
  windowS: number;
  settleS: number;
  secret: string;
  /** Runs while the live is up with `watching` viewers (a step under those held), before it closes. */
  after?: (base: string, liveId: string, watching: number) => Promise<void>;
}

export interface StepFigures extends StepResult {
  serverCpuPct: number;
  /** Windows measured at this count: 2 when the first failed and was measured again. */
  windows: number;
}

export interface RunResult {
  steps: StepFigures[];
  /** The publisher's connection was lost during the overload and published again before the tries. */
  publisherDropped: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  for (const end = Date.now() + timeoutMs; !(await check()); await sleep(100)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

export async function postJson(url: string, body: unknown, who?: SignedInSession): Promise<Response> {
  return fetch(url, { method: 'POST', headers: who ? who.headers() : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
}

export interface Joined {
  peer: BenchViewer;
  viewerId: string;
}

export async function joinViewer(base: string, liveId: string): Promise<Joined> {
  const peer = benchViewer();
  const sdp = await peer.offer();
  const r = await postJson(`${base}/api/lives/${liveId}/viewers`, { sdp });
  if (r.status !== 201) {
    await peer.close();
    throw new Error(`a viewer's join answered ${r.status} ${await r.text()}`);
  }
  const body = ViewerResponseSchema.parse(await r.json());
  await peer.accept(body.sdp);
  return { peer, viewerId: body.viewerId };
}

export async function liveRun(o: RunOptions): Promise<RunResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-live-'));
  await seedDataDir(dataDir);
  let log = '';
  const server = await startBenchServer(
    { SESSION_SECRET: o.secret, DATA_DIR: dataDir, LIVE_HLS: 'off', LIVE_MAX_VIEWERS: String(MAX_VIEWERS), LOG_LEVEL: 'info' },
    o.placements,
    (line) => (log += `${line}\n`),
  );
  const base = server.url;
  let publisher = benchPublisher(o.frames, o.kbps);
  const viewers: Joined[] = [];
  const leave = (liveId: string, v: Joined) => Promise.all([v.peer.close(), fetch(`${base}/api/lives/${liveId}/viewers/${v.viewerId}`, { method: 'DELETE' })]);
  try {
    await until('the setup code in the server log', () => setupCodeIn(log) !== null, 10_000);
    const admin = await setupAdmin(base, log, { email: 'bench@example.kr', displayName: '벤치' });
    const member = await invitedAccount(base, admin, { role: 'enterprise', boothId: LIVE_BOOTH, email: 'live@example.kr' });
    const opened = await postJson(`${base}/api/studio/booths/${LIVE_BOOTH}/live`, undefined, member);
    if (opened.status !== 201) throw new Error(`opening the live: ${opened.status} ${await opened.text()}`);
    const { liveId } = OpenLiveResponseSchema.parse(await opened.json()).live;
    const publish = async (): Promise<void> => {
      const published = await postJson(`${base}/api/studio/lives/${liveId}/publish`, { sdp: await publisher.offer() }, member);
      if (published.status !== 200) throw new Error(`publishing: ${published.status} ${await published.text()}`);
      await publisher.accept(PublishResponseSchema.parse(await published.json()).sdp);
      publisher.start();
    };
    const onAir = async () => BoothLiveResponseSchema.parse(await (await fetch(`${base}/api/booths/${LIVE_BOOTH}/live`)).json()).live?.state === 'onAir';
    await publish();
    await until('the live on air', onAir, 20_000);
    console.log(`[bench:live] ${o.label}: on air, publishing the clip; viewers join ${o.step} at a time`);

    /** Every viewer's distinct packets over one window against the publisher's, and both processes' CPU. */
    const measure = async (windows: number): Promise<StepFigures> => {
      for (const v of viewers) v.peer.mark();
      const sent0 = publisher.sent();
      const [cpu0, server0, t0] = [process.cpuUsage(), cpuSeconds(server.pid), performance.now()];
      await sleep(o.windowS * 1000);
      const sent = publisher.sent() - sent0;
      const seconds = (performance.now() - t0) / 1000;
      const used = process.cpuUsage(cpu0);
      const step: StepFigures = {
        viewers: viewers.length,
        worst: worstShare(viewers.map((v) => ({ sent, received: v.peer.received() }))),
        clientCpuPct: ((used.user + used.system) / 1e6 / seconds) * 100,
        serverCpuPct: ((cpuSeconds(server.pid) - server0) / seconds) * 100,
        windows,
      };
      console.log(
        `[bench:live] ${o.label}: ${step.viewers} viewers · worst viewer ${(step.worst * 100).toFixed(1)}% of ${sent} packets in ${seconds.toFixed(1)} s · ` +
          `server ${step.serverCpuPct.toFixed(1)}% of a core · bench process ${step.clientCpuPct.toFixed(1)}%${windows > 1 ? ' (measured again)' : ''}`,
      );
      return step;
    };

    const steps: StepFigures[] = [];
    let publisherDropped = false;
    for (let n = o.step; n <= o.maxViewers; n += o.step) {
      const joined = await Promise.all(Array.from({ length: o.step }, () => joinViewer(base, liveId)));
      viewers.push(...joined);
      // Connected and receiving: every new viewer has had a whole keyframe (or the step fails on its packets).
      await until("the new viewers' first keyframes", () => joined.every((v) => v.peer.firstKeyframeAt() !== null), 15_000).catch(() => {});
      await sleep(o.settleS * 1000);
      let step = await measure(1);
      // The machine is shared: one bad window may be another tenant's burst. A step fails when a second window fails too.
      if (step.worst < HOLD_SHARE) step = await measure(2);
      steps.push(step);
      if (step.worst < HOLD_SHARE) break;
    }
    if (o.after) {
      const held = steps.findLast((s) => s.worst >= HOLD_SHARE)?.viewers ?? 0;
      await Promise.all(viewers.splice(Math.max(0, held - o.step)).map((v) => leave(liveId, v)));
      // The SFU drains what the failed step left it before the tries.
      await sleep(Math.max(5, o.settleS) * 1000);
      // An overloaded SFU can lose the publisher's connection too (seen once at load 15): publish again, as the phone's page does.
      if (!(await onAir())) {
        publisherDropped = true;
        console.log(`[bench:live] ${o.label}: the publisher dropped during the overload; publishing again before the first-frame tries`);
        await publisher.close();
        publisher = benchPublisher(o.frames, o.kbps);
        await publish();
        await until('the live on air again', onAir, 20_000);
      }
      await o.after(base, liveId, viewers.length);
    }
    return { steps, publisherDropped };
  } finally {
    await Promise.all(viewers.map((v) => v.peer.close()));
    await publisher.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
