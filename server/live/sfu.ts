/**
 * The SFU as the main thread sees it: a small typed RPC to the worker that holds the WebRTC peers
 * (live/sfuWorker.ts). Calls answer with SDP; the worker's own events (a publisher connected or
 * dropped, a viewer gone) go to `onEvent`. Every message crossing the port is checked with zod.
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.ts';
import { AnswerSchema, EventSchema, type CallBody, type HlsConfig, type IceConfig, type SfuEvent, type SfuWorkerData } from './protocol.ts';

export type SfuError = 'badSdp' | 'liveNotFound' | 'internal';
export type SfuResult = { ok: true; sdp: string } | { ok: false; error: SfuError };

export interface Sfu {
  publish(liveId: string, sdp: string): Promise<SfuResult>;
  view(liveId: string, viewerId: string, sdp: string): Promise<SfuResult>;
  dropViewer(liveId: string, viewerId: string): Promise<void>;
  end(liveId: string): Promise<void>;
  onEvent(handler: (e: SfuEvent) => void): void;
  close(): Promise<void>;
}

export interface SfuOptions {
  ice: IceConfig;
  /** A viewer's keyframe request reaches the publisher at most once per this many ms. */
  pliIntervalMs?: number;
  /** ffmpeg and where lives are written, for HLS renditions and recordings; null: WebRTC only. */
  hls?: HlsConfig | null;
  log: Logger;
}

export function startSfu({ ice, pliIntervalMs = 500, hls = null, log }: SfuOptions): Sfu {
  const data: SfuWorkerData = { ice, pliIntervalMs, hls };
  const pending = new Map<number, (a: SfuResult) => void>();
  const handlers: ((e: SfuEvent) => void)[] = [];
  let nextId = 0;
  let dead = false;
  let worker: Worker | undefined;

  const fail = (err: unknown): void => {
    dead = true;
    log.error({ err }, 'the live video worker stopped: lives end, new ones are refused');
    for (const resolve of pending.values()) resolve({ ok: false, error: 'internal' });
    pending.clear();
  };
  // Started on the first live, not at boot: a server nobody broadcasts from never loads werift.
  const started = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./sfuWorker.ts', import.meta.url), { workerData: data });
    // The worker's timers and sockets must not keep a stopping server alive.
    w.unref();
    w.on('message', (raw: unknown) => {
      const answer = AnswerSchema.safeParse(raw);
      if (answer.success) {
        const a = answer.data;
        const resolve = pending.get(a.id);
        pending.delete(a.id);
        resolve?.(a.ok ? { ok: true, sdp: a.sdp ?? '' } : { ok: false, error: a.error });
        return;
      }
      const event = EventSchema.safeParse(raw);
      if (event.success) for (const h of handlers) h(event.data);
    });
    w.on('error', fail);
    w.on('exit', (code) => {
      if (!dead && code !== 0) fail(new Error(`exit code ${code}`));
      dead = true;
    });
    return (worker = w);
  };

  const call = (body: CallBody): Promise<SfuResult> => {
    if (dead) return Promise.resolve({ ok: false, error: 'internal' });
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      started().postMessage({ ...body, id });
    });
  };

  return {
    publish: (liveId, sdp) => call({ op: 'publish', liveId, sdp }),
    view: (liveId, viewerId, sdp) => call({ op: 'view', liveId, viewerId, sdp }),
    // Nothing to drop or end before the worker ever started (a live opened, never published or watched).
    dropViewer: async (liveId, viewerId) => void (worker && (await call({ op: 'dropViewer', liveId, viewerId }))),
    end: async (liveId) => void (worker && (await call({ op: 'end', liveId }))),
    onEvent: (h) => void handlers.push(h),
    close: async () => {
      // The worker's ffmpeg children finish their files and replays first: none is left behind.
      if (worker && !dead) await call({ op: 'close' });
      dead = true;
      await worker?.terminate();
    },
  };
}
