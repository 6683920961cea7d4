import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApiClient } from '../../client/net/api.ts';
import { AccountListSchema, CSRF_HEADER, SignedInSchema } from '../../shared/api/account.ts';

/**
 * The account pages' one fetch helper (client/net/api.ts): writes carry the session's CSRF token,
 * answers are checked against the contract, and every failure comes back as a typed value the
 * page can put into words, never as a throw.
 */

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A fetch that records each request and answers with `reply` (status, JSON or raw text). */
function fakeFetch(reply: (req: Seen) => { status: number; json?: unknown; text?: string } | 'offline') {
  const seen: Seen[] = [];
  const impl = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req: Seen = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v])),
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    seen.push(req);
    const r = reply(req);
    if (r === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    const text = r.text ?? (r.json === undefined ? '' : JSON.stringify(r.json));
    return Promise.resolve(new Response(text === '' ? null : text, { status: r.status }));
  };
  return { impl: impl as typeof fetch, seen };
}

const signedIn = {
  account: { id: 'a1', email: 'staff@example.kr', displayName: '관리자', role: 'admin', boothIds: [] },
  csrfToken: 'token-123',
};

describe('client API helper', () => {
  it('sends the CSRF token on writes once it is known, and never on reads', async () => {
    const { impl, seen } = fakeFetch(() => ({ status: 200, json: signedIn }));
    const api = createApiClient(impl);
    await api.send('POST', '/api/auth/login', { email: 'a@b.kr', password: 'x' }, SignedInSchema);
    expect(seen[0]!.headers[CSRF_HEADER]).toBeUndefined();

    api.setCsrfToken('token-123');
    await api.get('/api/auth/me', SignedInSchema);
    await api.send('POST', '/api/admin/invitations', { role: 'moderator' }, z.unknown());
    await api.send('DELETE', '/api/x', undefined, z.unknown());
    expect(seen[1]!.headers[CSRF_HEADER]).toBeUndefined();
    expect(seen[2]!.headers[CSRF_HEADER]).toBe('token-123');
    expect(seen[2]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[2]!.body!)).toEqual({ role: 'moderator' });
    expect(seen[3]!.headers[CSRF_HEADER]).toBe('token-123');
    expect(seen[3]!.body).toBeUndefined();

    api.setCsrfToken(null);
    await api.send('POST', '/api/auth/logout', undefined, z.unknown());
    expect(seen[4]!.headers[CSRF_HEADER]).toBeUndefined();
  });

  it('hands over a body that fits the schema, parsed (defaults and transforms applied)', async () => {
    const { impl } = fakeFetch(() => ({ status: 200, json: signedIn }));
    const result = await createApiClient(impl).get('/api/auth/me', SignedInSchema);
    expect(result).toEqual({ ok: true, data: signedIn });
  });

  it('turns a success whose body does not fit the contract into a typed bad_response, not a throw', async () => {
    const { impl } = fakeFetch(() => ({ status: 200, json: { accounts: [{ id: 'a1', role: 'superuser' }] } }));
    const result = await createApiClient(impl).get('/api/admin/accounts', AccountListSchema);
    expect(result).toEqual({ ok: false, error: { error: 'bad_response', status: 200 } });
    const notJson = await createApiClient(fakeFetch(() => ({ status: 200, text: '<html>' })).impl).get('/api/auth/me', SignedInSchema);
    expect(notJson).toEqual({ ok: false, error: { error: 'bad_response', status: 200 } });
  });

  it("passes the server's error code, wait and field paths through", async () => {
    const limited = fakeFetch(() => ({ status: 429, json: { error: 'rate_limited', retryAfterMs: 90_000 } }));
    expect(await createApiClient(limited.impl).send('POST', '/api/auth/login', {}, SignedInSchema)).toEqual({
      ok: false,
      error: { error: 'rate_limited', status: 429, retryAfterMs: 90_000 },
    });
    const invalid = fakeFetch(() => ({ status: 400, json: { error: 'invalid', fields: ['email', 7, 'password'] } }));
    expect(await createApiClient(invalid.impl).send('POST', '/api/auth/setup', {}, SignedInSchema)).toEqual({
      ok: false,
      error: { error: 'invalid', status: 400, fields: ['email', 'password'] },
    });
  });

  it('names an answer that is not the API (a proxy page, an unknown code) and no answer at all', async () => {
    const proxy = fakeFetch(() => ({ status: 502, text: '<html>Bad Gateway</html>' }));
    expect(await createApiClient(proxy.impl).get('/api/auth/me', SignedInSchema)).toEqual({ ok: false, error: { error: 'server', status: 502 } });
    const unknown = fakeFetch(() => ({ status: 500, json: { error: 'kaboom' } }));
    expect(await createApiClient(unknown.impl).get('/api/auth/me', SignedInSchema)).toEqual({ ok: false, error: { error: 'server', status: 500 } });
    const offline = fakeFetch(() => 'offline');
    expect(await createApiClient(offline.impl).get('/api/auth/me', SignedInSchema)).toEqual({ ok: false, error: { error: 'network', status: 0 } });
  });

  it('reads an empty answer (204) as null', async () => {
    const { impl } = fakeFetch(() => ({ status: 204 }));
    expect(await createApiClient(impl).send('POST', '/api/auth/logout', undefined, z.null())).toEqual({ ok: true, data: null });
  });
});
