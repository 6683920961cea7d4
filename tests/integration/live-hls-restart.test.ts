/**
 * A live's ffmpeg that dies on air is started again (issue 10 §1): a real server and its real
 * ffmpeg, fed a werift publisher's VP8/Opus; the test kills the rendition's ffmpeg (SIGKILL), and a
 * new one takes over within seconds: the playlist lists new segments numbered on from the old ones
 * (never a name reused) behind a discontinuity, the live stays on air meanwhile, the failure is
 * logged once, and the replay made at the end joins both recorded parts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoothLiveResponseSchema, OpenLiveResponseSchema, PublishResponseSchema, type LiveView } from '../../shared/api/live.ts';
import { ffmpegPath, mediaPublisher, type MediaPublisher } from '../helpers/ffmpegPublisher.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { serverWithMember, stopServer } from '../helpers/liveServer.ts';
import { processesIn } from '../helpers/processes.ts';
import type { SignedInSession } from '../helpers/staffSession.ts';

const BOOTH = 'cut-the-trash';

function mediaDurationMs(file: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(ffmpegPath, ['-hide_banner', '-nostdin', '-i', file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('close', () => {
      const m = /Duration: (\d+):(\d\d):(\d\d\.\d+)/.exec(err);
      resolve(m ? (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 1000 : 0);
    });
  });
}

const segmentNumbers = (playlist: string): number[] => [...playlist.matchAll(/^seg-(\d+)\.ts$/gm)].map((m) => Number(m[1]));
const count = (text: string, phrase: string): number => text.split(phrase).length - 1;

describe('a live\'s ffmpeg restarted when it dies', { timeout: 150_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'seeot-hls-restart-'));
  let srv: RunningServer;
  let member: SignedInSession;
  let live: LiveView;
  let liveDir: string;
  let publisher: MediaPublisher;

  const post = (path: string, body: unknown, who: SignedInSession) => fetch(srv.url + path, { method: 'POST', headers: who.headers(), body: JSON.stringify(body) });
  const playlist = async (): Promise<string> => {
    const r = await fetch(`${srv.url}/media/lives/${live.liveId}/index.m3u8`);
    return r.status === 200 ? r.text() : '';
  };
  const state = async () => BoothLiveResponseSchema.parse(await (await fetch(`${srv.url}/api/booths/${BOOTH}/live`)).json()).live?.state;

  beforeAll(async () => {
    ({ srv, member } = await serverWithMember({ SESSION_SECRET: 'live-hls-restart-secret-0123456789abcdef', DATA_DIR: dataDir }, BOOTH, 'hls-restart@example.kr'));
  }, 120_000);

  afterAll(async () => {
    await publisher?.close();
    await stopServer(srv);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts a new ffmpeg whose segments carry on the numbering, the live on air throughout, logged once', async () => {
    live = OpenLiveResponseSchema.parse(await (await post(`/api/studio/booths/${BOOTH}/live`, {}, member)).json()).live;
    liveDir = join(dataDir, 'lives', live.liveId);
    publisher = mediaPublisher();
    const r = await post(`/api/studio/lives/${live.liveId}/publish`, { sdp: await publisher.offer() }, member);
    await publisher.accept(PublishResponseSchema.parse(await r.json()).sdp);
    await publisher.start();
    await expect.poll(async () => segmentNumbers(await playlist()).length, { timeout: 30_000, interval: 250 }).toBeGreaterThan(2);

    const [first] = processesIn(liveDir);
    expect(first).toBeDefined();
    const lastBefore = Math.max(...segmentNumbers(await playlist()));
    process.kill(first!, 'SIGKILL');

    // A new ffmpeg, and segments numbered after the dead one's, listed behind a discontinuity.
    await expect.poll(() => processesIn(liveDir).filter((pid) => pid !== first).length, { timeout: 20_000, interval: 250 }).toBe(1);
    await expect.poll(async () => segmentNumbers(await playlist()).filter((n) => n > lastBefore).length, { timeout: 30_000, interval: 250 }).toBeGreaterThan(2);
    const text = await playlist();
    expect(text).toContain('#EXT-X-DISCONTINUITY');
    expect(Math.min(...segmentNumbers(text))).toBeGreaterThan(lastBefore);
    const segment = await fetch(`${srv.url}/media/lives/${live.liveId}/seg-${String(Math.max(...segmentNumbers(text))).padStart(5, '0')}.ts`);
    expect(segment.status).toBe(200);
    expect(Buffer.from(await segment.arrayBuffer())[0]).toBe(0x47);

    expect(await state()).toBe('onAir');
    expect(count(srv.output(), 'live HLS rendition stopped')).toBe(1);
    expect(srv.output()).not.toContain('live HLS rendition given up');
  });

  it('ends into one replay of both parts, no ffmpeg and no part left', async () => {
    const files = readdirSync(liveDir);
    expect(files).toContain('recording.ts');
    expect(files).toContain('recording-1.ts');
    // What each part recorded so far, as ffmpeg reads it (the second still growing).
    const [part0, part1] = [await mediaDurationMs(join(liveDir, 'recording.ts')), await mediaDurationMs(join(liveDir, 'recording-1.ts'))];
    expect(part0).toBeGreaterThan(2_000);
    expect(part1).toBeGreaterThan(2_000);

    expect((await post(`/api/studio/lives/${live.liveId}/end`, {}, member)).status).toBe(204);
    await expect.poll(() => srv.output().includes('live replay made'), { timeout: 30_000, interval: 250 }).toBe(true);
    const replay = join(liveDir, 'replay.mp4');
    expect(existsSync(replay)).toBe(true);
    expect(await mediaDurationMs(replay)).toBeGreaterThan(part0 + part1 - 1_000);
    expect(readdirSync(liveDir)).toEqual(['replay.mp4']);
    expect(processesIn(liveDir)).toEqual([]);
  });
});
