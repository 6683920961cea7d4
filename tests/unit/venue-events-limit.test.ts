import express from 'express';
import { request, type ClientRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { MAX_STREAMS_PER_ADDRESS, venueEventRoutes } from '../../server/http/venueEvents.ts';
import { staticVenue } from '../../server/venue/venueSource.ts';
import type { VenueWatch } from '../../server/venue/venueWatch.ts';

/**
 * /api/venue/events holds a socket per open page: one address may hold at most
 * MAX_STREAMS_PER_ADDRESS of them (a classroom's tabs), the next is told 429 to retry later, and a
 * page that leaves gives its place back.
 */

const watch: VenueWatch = { subscribe: () => () => {}, stop: () => Promise.resolve() };
const servers: Server[] = [];
const open: ClientRequest[] = [];

afterEach(async () => {
  for (const r of open.splice(0)) r.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

async function serve(): Promise<number> {
  const app = express();
  app.use('/api', venueEventRoutes(staticVenue(CATALOGUE), watch));
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((done) => server.once('listening', done));
  return (server.address() as AddressInfo).port;
}

/** Opens a stream and resolves with its status once the head arrives (the stream stays open). */
function openStream(port: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/venue/events', agent: false }, resolve);
    req.on('error', reject);
    req.end();
    open.push(req);
  });
}

describe('/api/venue/events per address', () => {
  it('refuses the stream past the cap with 429 and takes one again once a page leaves', async () => {
    const port = await serve();
    const first = await Promise.all(Array.from({ length: MAX_STREAMS_PER_ADDRESS }, () => openStream(port)));
    expect(first.every((r) => r.statusCode === 200)).toBe(true);
    const refused = await openStream(port);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('30');
    // One page leaves: its place is free again once the server has seen the close.
    open[0]!.destroy();
    await expect
      .poll(async () => {
        const r = await openStream(port);
        const status = r.statusCode;
        if (status !== 200) open.pop()?.destroy();
        return status;
      })
      .toBe(200);
  });
});
