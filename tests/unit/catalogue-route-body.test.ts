/**
 * GET /api/catalogue (server/http/api.ts + venueBody.ts): the bytes sent are the venue, in gzip or
 * brotli when the client takes them; a client holding the current ETag gets 304 and no body; a new
 * venue version gets a new ETag, so nobody keeps an old venue.
 */
import express from 'express';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { catalogueRoutes } from '../../server/http/api.ts';
import type { VenueSource, VenueState } from '../../server/venue/venueSource.ts';

let state: VenueState = { venue: CATALOGUE, version: 1 };
const source: VenueSource = {
  getVenue: () => Promise.resolve(state),
  current: () => state,
  recheck: () => Promise.resolve(state),
  onChange: () => () => {},
  close: () => Promise.resolve(),
};

let server: ReturnType<ReturnType<typeof express>['listen']>;
let port = 0;

beforeAll(async () => {
  const app = express();
  app.use('/api', catalogueRoutes(source));
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((r) => server.once('listening', () => r()));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** A raw GET (fetch would decode the body itself and hide the encoding sent). */
function get(headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/api/catalogue', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const json = (b: Buffer): unknown => JSON.parse(b.toString('utf8'));

describe('GET /api/catalogue', () => {
  it('sends the venue plain, gzip or brotli as the client asks', async () => {
    const plain = await get({});
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toMatch(/^application\/json/);
    expect(json(plain.body)).toEqual(CATALOGUE);

    const gz = await get({ 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(json(gunzipSync(gz.body))).toEqual(CATALOGUE);

    const br = await get({ 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(json(brotliDecompressSync(br.body))).toEqual(CATALOGUE);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
  });

  it('answers 304 with no body to the current ETag, and a new version brings a new ETag and the new venue', async () => {
    const first = await get({});
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const again = await get({ 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);

    const edited: Catalogue = { ...CATALOGUE, enterprises: CATALOGUE.enterprises.map((e, i) => (i === 0 ? { ...e, tagline: '새 한 줄' } : e)) };
    state = { venue: edited, version: 2 };
    const after = await get({ 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(after.headers['venue-version']).toBe('2');
    expect(after.headers.etag).not.toBe(etag);
    expect(json(after.body)).toEqual(edited);
  });
});
