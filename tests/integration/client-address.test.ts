import { once } from 'node:events';
import { request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../server/env.ts';
import { AddressedServer, CLIENT_ADDRESS_HEADER } from '../../server/net/addressedServer.ts';
import { compileTrust, resolveClientAddress } from '../../server/net/clientAddress.ts';
import { httpFrom, joinHallFrom } from '../helpers/boundVisitor.ts';
import { startServer, type RunningServer } from '../helpers/serverProcess.ts';
import { setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';

const trust = (value: string) => compileTrust(parseEnv({ TRUST_PROXY: value }).TRUST_PROXY);

describe('client address: the TCP peer unless it is a trusted proxy', () => {
  it('ignores X-Forwarded-For when no proxy is trusted (TRUST_PROXY unset)', () => {
    expect(parseEnv({}).TRUST_PROXY).toBeUndefined();
    expect(resolveClientAddress('203.0.113.7', '9.9.9.9', compileTrust(undefined))).toBe('203.0.113.7');
    expect(resolveClientAddress('127.0.0.1', '9.9.9.9', null)).toBe('127.0.0.1');
  });

  it('ignores X-Forwarded-For from a peer that is not the trusted proxy', () => {
    expect(resolveClientAddress('203.0.113.7', '9.9.9.9', trust('127.0.0.1'))).toBe('203.0.113.7');
    expect(resolveClientAddress('127.0.0.2', '9.9.9.9', trust('127.0.0.1'))).toBe('127.0.0.2');
  });

  it('through a trusted proxy, takes the entry the proxy appended; spoofed entries to its left do not matter', () => {
    const t = trust('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', '198.51.100.4', t)).toBe('198.51.100.4');
    // nginx's $proxy_add_x_forwarded_for appends the real peer to whatever the visitor sent.
    expect(resolveClientAddress('127.0.0.1', '9.9.9.9, 10.0.0.1, 198.51.100.4', t)).toBe('198.51.100.4');
    expect(resolveClientAddress('127.0.0.1', '198.51.100.4, 127.0.0.1', t)).toBe('198.51.100.4'); // a "trusted" hop claimed by the visitor is skipped, not believed further
    // Repeated headers arrive joined with commas.
    expect(resolveClientAddress('127.0.0.1', '9.9.9.9,198.51.100.4', t)).toBe('198.51.100.4');
  });

  it('walks a chain of trusted proxies (CIDRs, loopback) to the first untrusted hop', () => {
    const t = trust('loopback, 10.0.0.0/8');
    expect(resolveClientAddress('::ffff:127.0.0.1', '6.6.6.6, 198.51.100.4, 10.1.2.3', t)).toBe('198.51.100.4');
    expect(resolveClientAddress('::1', '2001:DB8::5', t)).toBe('2001:db8::5');
    // Every hop trusted: the farthest one known.
    expect(resolveClientAddress('127.0.0.1', '10.0.0.9', t)).toBe('10.0.0.9');
    // A trusted proxy that forwarded nothing: the proxy is all we know.
    expect(resolveClientAddress('127.0.0.1', undefined, t)).toBe('127.0.0.1');
    // Garbage in the header is never a trusted hop (and so is what the chain stops at, as in express).
    expect(resolveClientAddress('127.0.0.1', 'unknown', t)).toBe('unknown');
  });

  it('reports an IPv4 peer on a dual-stack socket as plain IPv4', () => {
    expect(resolveClientAddress('::ffff:198.51.100.4', undefined, null)).toBe('198.51.100.4');
  });

  it('refuses a TRUST_PROXY that names no proxy, naming the variable', () => {
    for (const bad of ['yes', '10.0.0.0/33', '::1/129', '1.2.3', ',', 'true', '10.0.0.0/8/1']) {
      expect(() => parseEnv({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
    expect(parseEnv({ TRUST_PROXY: ' 127.0.0.1 , fd00::/8,loopback' }).TRUST_PROXY).toEqual(['127.0.0.1', 'fd00::/8', 'loopback']);
  });
});

describe('AddressedServer: requests and upgrades carry the address the server decided', () => {
  let upgradeSeen: string | undefined;
  const server = new AddressedServer((req, res) => res.end(String(req.headers[CLIENT_ADDRESS_HEADER])), trust('127.0.0.1'));
  server.on('upgrade', (req: IncomingMessage, socket) => {
    upgradeSeen = req.headers[CLIENT_ADDRESS_HEADER] as string;
    socket.destroy();
  });
  const ready = once(server.listen(0, '127.0.0.1'), 'listening');
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const base = async () => (await ready, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);

  it('overwrites a forged stamp header and forged X-Forwarded-For from an untrusted peer', async () => {
    const r = await httpFrom('127.0.0.3', await base(), { headers: { [CLIENT_ADDRESS_HEADER]: '9.9.9.9', 'x-forwarded-for': '9.9.9.9', 'x-real-ip': '9.9.9.9' } });
    expect(r.body).toBe('127.0.0.3');
  });

  it('takes X-Forwarded-For from the trusted proxy', async () => {
    const r = await httpFrom('127.0.0.1', await base(), { headers: { 'x-forwarded-for': '9.9.9.9, 198.51.100.4' } });
    expect(r.body).toBe('198.51.100.4');
  });

  it('stamps WebSocket upgrades too', async () => {
    const req = request(await base(), {
      localAddress: '127.0.0.2',
      headers: { connection: 'Upgrade', upgrade: 'websocket', [CLIENT_ADDRESS_HEADER]: '9.9.9.9', 'x-forwarded-for': '9.9.9.9' },
    });
    const closed = new Promise((resolve) => req.on('close', resolve));
    req.on('error', () => {}); // the test server hangs up on purpose
    req.end();
    await closed;
    expect(upgradeSeen).toBe('127.0.0.2');
  });
});

/**
 * The real app (express + Colyseus + the hall) with TRUST_PROXY unset, visitors connecting directly:
 * headers anyone can send neither dodge an address ban nor bring one on someone else.
 */
describe('hall address bans, direct connections', () => {
  let srv: RunningServer;
  let staff: SignedInSession;
  beforeAll(async () => {
    srv = await startServer();
    staff = await setupAdmin(srv.url, srv.output());
  }, 40_000);
  afterAll(async () => {
    srv.child.kill('SIGTERM');
    await srv.exited;
  });
  const base = () => srv.url;
  const forge = (address: string) => ({ 'x-forwarded-for': address, 'x-real-ip': address, 'x-client-ip': address });

  it('a banned address stays banned whatever it claims; another address claiming it still joins', async () => {
    const before = await joinHallFrom(base(), '127.0.0.2');
    expect(before.ok).toBe(true);
    if (before.ok) await before.leave();

    const ban = await httpFrom('127.0.0.4', `${base()}/api/staff/bans`, {
      method: 'POST',
      headers: staff.headers(),
      body: { address: '127.0.0.2', minutes: 10, reason: '주소 차단 시험' },
    });
    expect(ban.status).toBe(201);

    expect(await joinHallFrom(base(), '127.0.0.2')).toMatchObject({ ok: false, status: 403, error: 'banned' });
    expect(await joinHallFrom(base(), '127.0.0.2', forge('9.9.9.9'))).toMatchObject({ ok: false, status: 403, error: 'banned' });

    const innocent = await joinHallFrom(base(), '127.0.0.3', forge('127.0.0.2'));
    expect(innocent.ok).toBe(true);
    if (innocent.ok) await innocent.leave();
  });

  it('a visitor on plain HTTP claiming X-Forwarded-Proto: https gets no Secure cookie', async () => {
    const r = await httpFrom('127.0.0.1', `${base()}/api/session`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(r.status).toBe(200);
    expect(String(r.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
  });
});
