import { describe, expect, it } from 'vitest';
import { joinErrorOf } from '../../client/net/joinErrors.ts';
import { worldEn } from '../../shared/i18n/world-en.ts';
import { worldKo } from '../../shared/i18n/world-ko.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/index.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import type { ChatLine } from '../../server/chat/types.ts';
import type { ShardListing } from '../../server/hall/shards.ts';
import { MATCHMAKE_LIMIT, SESSION_LIMIT } from '../../server/limits/addressLimits.ts';
import { httpFrom, type HttpReply } from '../helpers/boundVisitor.ts';
import { joinOptions, TEST_SECRET, useHallServer, visit, waitFor, type Visitor } from './room-boot.ts';

/**
 * The holes a scripted attack found, against the real server configuration over real HTTP: each
 * client binds its own loopback address (127.0.0.x), which the server sees as its address.
 */
describe('abuse limits', () => {
  const srv = useHallServer();
  const base = (): string => srv.url.replace('ws:', 'http:');
  const options = (joinToken: string) => ({ protocolVersion: PROTOCOL_VERSION, nickname: '방문객', colorIndex: 0, joinToken });
  const token = (guestId: string) => signJoinToken({ guestId, role: 'visitor' }, TEST_SECRET, Date.now());
  const shards = async (): Promise<ShardListing[]> => ((await (await fetch(`${base()}/api/hall/shards`)).json()) as { shards: ShardListing[] }).shards;

  /** `n` requests from `from`, `parallel` at a time, as fast as they go. */
  async function burst(n: number, parallel: number, send: (i: number) => Promise<HttpReply>): Promise<HttpReply[]> {
    const replies: HttpReply[] = [];
    let next = 0;
    await Promise.all(Array.from({ length: parallel }, async () => {
      while (next < n) replies.push(await send(next++));
    }));
    return replies;
  }

  it('refuses create and unknown shard ids with clear statuses: a loop of 50 session + create makes no shard', async () => {
    const from = '127.0.0.2';
    for (let i = 0; i < 50; i++) {
      const session = await httpFrom(from, `${base()}/api/session`);
      expect(session.status).toBe(200);
      const r = await httpFrom(from, `${base()}/matchmake/create/hall`, { method: 'POST', body: options((session.body as { joinToken: string }).joinToken) });
      expect(r.status).toBe(403);
      expect(r.body).toEqual({ code: 403, error: 'forbidden' });
    }
    expect(await shards()).toEqual([]);
    const stranger = await httpFrom(from, `${base()}/matchmake/joinById/AbCdEfGhI`, { method: 'POST', body: options(token('g_stranger')) });
    expect(stranger.status).toBe(404);
    expect(await shards()).toEqual([]);
  });

  it('limits session minting per address: a burst of 300 gets about 100, each refusal a 429 with Retry-After', async () => {
    const replies = await burst(300, 20, () => httpFrom('127.0.0.3', `${base()}/api/session`));
    const ok = replies.filter((r) => r.status === 200).length;
    // The burst, plus what refills while the 300 requests are answered (2 a second).
    expect(ok).toBeGreaterThanOrEqual(SESSION_LIMIT.capacity);
    expect(ok).toBeLessThan(SESSION_LIMIT.capacity + 20);
    const refused = replies.filter((r) => r.status !== 200);
    expect(refused.length).toBe(300 - ok);
    for (const r of refused) {
      expect(r.status).toBe(429);
      expect(r.body).toEqual({ error: 'rateLimited' });
      expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
    // Another address is not affected.
    expect((await httpFrom('127.0.0.4', `${base()}/api/session`)).status).toBe(200);
  });

  it('limits matchmaking per address: 300 joins in a burst get about 100 seats, in one shard', async () => {
    const replies = await burst(300, 20, (i) =>
      httpFrom('127.0.0.5', `${base()}/matchmake/joinOrCreate/hall`, { method: 'POST', body: options(token(`g_burst${String(i).padStart(4, '0')}`)) }),
    );
    const seated = replies.filter((r) => r.status === 200);
    expect(seated.length).toBeGreaterThanOrEqual(MATCHMAKE_LIMIT.capacity);
    expect(seated.length).toBeLessThan(MATCHMAKE_LIMIT.capacity + 20);
    for (const r of replies.filter((x) => x.status !== 200)) {
      expect(r.status).toBe(429);
      // What the SDK reads as the refusal: the page shows joinRateLimited and retries.
      expect(r.body).toEqual({ code: 429, error: 'rateLimited' });
      expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(seated.map((r) => (r.body as { roomId: string }).roomId)).size).toBe(1);
    expect((await httpFrom('127.0.0.6', `${base()}/matchmake/joinOrCreate/hall`, { method: 'POST', body: options(token('g_elsewhere')) })).status).toBe(200);
  });
});

/** Chat limits are kept per guest and per address, not per connection. */
describe('chat limits beyond a connection', () => {
  const srv = useHallServer();
  const hallLines = (v: Visitor): string[] => (v.msgs['chat'] as ChatLine[]).filter((l) => l.scope === 'hall').map((l) => l.text);
  const rejections = (v: Visitor): { type: string; code: string; retryAfterMs?: number }[] => v.msgs['rejected'] as never;
  /** Until the server answered `n` chat messages of `v` (its own line back, or a refusal). */
  const answered = (v: Visitor, n: number) => waitFor(() => hallLines(v).length + rejections(v).length >= n, 5000, 'chat answered');

  it('survive leaving and rejoining, and a second connection of the same guest shares them', async () => {
    const guest = { guestId: 'g_rejoins_000001', role: 'visitor' as const };
    const withToken = () => joinOptions({ joinToken: signJoinToken(guest, TEST_SECRET, Date.now()) });
    const first = await visit(srv.url, withToken());
    first.room.send('chat', { scope: 'hall', text: '첫 줄' });
    await answered(first, 1);
    expect(hallLines(first)).toEqual(['첫 줄']);
    await first.room.leave();
    // Back with a fresh token (a reload), and a second tab at the same time: still in slow mode.
    const back = await visit(srv.url, withToken());
    const tab = await visit(srv.url, withToken());
    for (const v of [back, tab]) {
      v.room.send('chat', { scope: 'hall', text: '또 왔어요' });
      await answered(v, 1);
      expect(rejections(v)[0]).toMatchObject({ type: 'chat', code: 'slowMode' });
      expect(rejections(v)[0]!.retryAfterMs).toBeGreaterThan(2000);
    }
    await back.room.leave();
    await tab.room.leave();
  });
});

describe('hall chat from fresh guests behind one address', () => {
  const srv = useHallServer();

  it('20 fresh guests from one address cannot post 20 hall lines in a second', async () => {
    const observer = await visit(srv.url);
    const spammers = await Promise.all(Array.from({ length: 20 }, () => visit(srv.url)));
    const t0 = performance.now();
    spammers.forEach((v, i) => v.room.send('chat', { scope: 'hall', text: `광고 ${i}` }));
    await waitFor(() => spammers.every((v) => (v.msgs['chat'] as ChatLine[]).some((l) => l.text.startsWith('광고') && l.senderId === v.room.sessionId) || (v.msgs['rejected'] as unknown[]).length > 0), 5000, 'every line answered');
    const seconds = (performance.now() - t0) / 1000;
    const delivered = (observer.msgs['chat'] as ChatLine[]).filter((l) => l.text.startsWith('광고'));
    // The address's burst (5) and its crowd's refill (21 guests × one line per 5 s) while they were answered.
    expect(delivered.length).toBeGreaterThanOrEqual(5);
    expect(delivered.length).toBeLessThanOrEqual(5 + Math.ceil(21 * 0.2 * seconds));
    expect(delivered.length).toBeLessThan(20);
    const codes = spammers.flatMap((v) => (v.msgs['rejected'] as { code: string }[]).map((r) => r.code));
    expect(codes.length).toBe(20 - delivered.length);
    expect(new Set(codes)).toEqual(new Set(['networkBusy']));
    for (const v of [observer, ...spammers]) await v.room.leave();
  });
});

describe('what the page shows for a refused join', () => {
  const srv = useHallServer();

  it('a visitor whose address is over its limit gets the sentence for rateLimited, and retries', async () => {
    const base = srv.url.replace('ws:', 'http:');
    // Spend this address's burst the way a script would.
    let status = 200;
    for (let i = 0; status !== 429 && i < 200; i++) status = (await httpFrom('127.0.0.1', `${base}/matchmake/joinOrCreate/hall`, { method: 'POST', body: {} })).status;
    expect(status).toBe(429);
    // A page on the same network now: the SDK's error, as client/net/hallStore.ts hands it over.
    const refused = await visit(srv.url).then(
      () => null,
      (e: unknown) => joinErrorOf(e),
    );
    expect(refused).toMatchObject({ code: 429, reason: 'rateLimited', action: 'retry', message: { ko: worldKo.joinRateLimited, en: worldEn.joinRateLimited } });
  });
});
