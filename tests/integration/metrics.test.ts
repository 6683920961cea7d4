import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../server/metrics/metrics.ts';
import { metricsRoutes } from '../../server/metrics/route.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';

describe('metrics', () => {
  it('counts what the room reports, in Prometheus text', async () => {
    const m = createMetrics({ defaultMetrics: false });
    m.shards.set(2);
    m.visitors.inc(3);
    m.visitors.dec();
    m.message('chat');
    m.message('chat');
    m.message('move');
    m.rejected('rateLimited');
    m.tick(4);
    m.tick(70);
    m.tick(Number.NaN); // ignored, never a NaN sample
    const text = await m.text();
    expect(text).toContain('seeot_shards 2');
    expect(text).toContain('seeot_visitors 2');
    expect(text).toContain('seeot_messages_total{type="chat"} 2');
    expect(text).toContain('seeot_messages_total{type="move"} 1');
    expect(text).toContain('seeot_rejections_total{reason="rateLimited"} 1');
    expect(text).toContain('seeot_tick_duration_seconds_count 2');
    expect(text).toContain('seeot_tick_duration_seconds_bucket{le="0.005"} 1');
    expect(text).toContain('seeot_tick_duration_seconds_bucket{le="0.1"} 2');
  });

  it('serves /metrics from a router with the Prometheus content type to the token holder', async () => {
    const m = createMetrics();
    m.message('emote');
    const app = express().use(metricsRoutes(TOKEN, m));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const r = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await r.text();
      expect(text).toContain('seeot_messages_total{type="emote"} 1');
      expect(text).toContain('process_cpu_seconds_total'); // default process metrics
    } finally {
      server.close();
    }
  });
});

const TOKEN = 'metrics-token-0123456789-abcdefghij';

describe('/metrics on the real server process', () => {
  let srv: RunningServer;
  let closed: RunningServer;
  beforeAll(async () => {
    [srv, closed] = await Promise.all([
      startServer({ SESSION_SECRET: 'metrics-test-secret-0123456789-abcdefgh', METRICS_TOKEN: TOKEN, CORS_ORIGINS: 'http://friend.example' }),
      startServer({ SESSION_SECRET: 'metrics-test-secret-0123456789-abcdefgh' }),
    ]);
  }, 40_000);
  afterAll(async () => {
    for (const s of [srv, closed]) {
      s.child.kill('SIGTERM');
      await s.exited;
    }
  });

  it('refuses a missing or wrong token with 401, and never answers another origin', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, TOKEN]) {
      const r = await fetch(`${srv.url}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(r.status, String(authorization)).toBe(401);
      expect(await r.json()).toEqual({ error: 'unauthorized' });
      expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    // Even an origin CORS_ORIGINS allows elsewhere gets no CORS headers here.
    const r = await fetch(`${srv.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}`, origin: 'http://friend.example' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    expect(r.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('is off (404) without METRICS_TOKEN, and the server says so once at boot', async () => {
    const r = await fetch(`${closed.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(r.status).toBe(404);
    expect(await r.json()).toEqual({ error: 'not_found' });
    const lines = closed.output().split('\n').filter((l) => l.includes('METRICS_TOKEN'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30 });
  });

  it('answers Prometheus text with the named series to the token holder', async () => {
    const r = await fetch(`${srv.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(r.status).toBe(200);
    const text = await r.text();
    for (const name of ['seeot_shards', 'seeot_visitors', 'seeot_messages_total', 'seeot_rejections_total', 'seeot_tick_duration_seconds', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds']) {
      expect(text).toMatch(new RegExp(`^# TYPE ${name} `, 'm'));
    }
  });
});
