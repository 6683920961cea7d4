/**
 * A live's HLS files asked of a process that does not hold the live (with REDIS_URL): the request
 * is forwarded once to the holder named in the live directory, and its answer comes back with the
 * holder's caching (a segment stays immutable through the hop). A request already forwarded that
 * misses again is a 404, never a second hop. Two real HTTP servers on loopback; the directory is a
 * stand-in naming the holder.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveHlsRoutes } from '../../server/http/liveHls.ts';
import type { LiveDirectory } from '../../server/live/liveDirectory.ts';
import type { LiveService } from '../../server/live/liveService.ts';

const LIVE = 'held-elsewhere-01';
const listen = (server: Server): Promise<string> => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`127.0.0.1:${(server.address() as AddressInfo).port}`)));

describe('HLS files of a live held by another process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seeot-hls-fwd-'));
  const asked: { path: string; hop: string | undefined }[] = [];
  let holder: Server;
  let front: Server;
  let url = '';

  beforeAll(async () => {
    holder = createServer((req, res) => {
      asked.push({ path: req.url ?? '', hop: req.headers['x-seeot-live-hop'] as string | undefined });
      const segment = req.url?.endsWith('.ts');
      res.writeHead(200, { 'content-type': segment ? 'video/mp2t' : 'application/vnd.apple.mpegurl', 'cache-control': segment ? 'public, max-age=31536000, immutable' : 'public, max-age=1' });
      res.end(segment ? 'G-bytes' : '#EXTM3U\nseg-00001.ts\n');
    });
    const holderAddress = await listen(holder);
    const service = { local: () => null } as unknown as LiveService;
    const directory = { find: async (id: string) => (id === LIVE ? { live: {}, address: holderAddress, at: Date.now() } : null) } as unknown as LiveDirectory;
    const app = express();
    app.use('/media/lives', liveHlsRoutes(service, directory, dir));
    front = createServer(app);
    url = `http://${await listen(front)}`;
  });

  afterAll(() => {
    holder?.close();
    front?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('forwards the playlist and a segment to the holder, keeping their caching', async () => {
    const playlist = await fetch(`${url}/media/lives/${LIVE}/index.m3u8`);
    expect(playlist.status).toBe(200);
    expect(playlist.headers.get('cache-control')).toBe('public, max-age=1');
    expect(await playlist.text()).toMatch(/^#EXTM3U/);
    const segment = await fetch(`${url}/media/lives/${LIVE}/seg-00001.ts`);
    expect(segment.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(segment.headers.get('content-type')).toBe('video/mp2t');
    expect(asked).toEqual([
      { path: `/media/lives/${LIVE}/index.m3u8`, hop: '1' },
      { path: `/media/lives/${LIVE}/seg-00001.ts`, hop: '1' },
    ]);
  });

  it('answers 404 to a request already forwarded, and for a live nobody holds, without a hop', async () => {
    const before = asked.length;
    expect((await fetch(`${url}/media/lives/${LIVE}/index.m3u8`, { headers: { 'x-seeot-live-hop': '1' } })).status).toBe(404);
    expect((await fetch(`${url}/media/lives/nobody-holds-it/index.m3u8`)).status).toBe(404);
    expect((await fetch(`${url}/media/lives/${LIVE}/recording.ts`)).status).toBe(404);
    expect(asked).toHaveLength(before);
  });
});
