import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as HallStoreModule from '../../client/net/hallStore.ts';

/**
 * The page's side of the venue fingerprint (client/net/hallStore.ts): a join refused with
 * `venueChanged` makes the page re-read the venue once (the world registers how: fetch the
 * catalogue again, build the layout, join with its fingerprint), without showing an error; if the
 * re-read layout is still not the server's, the visitor is asked to reload instead of looping.
 * The SDK is a stand-in that refuses any venue but the server's, as server/hall/join.ts does.
 */
const sdk = vi.hoisted(() => ({ serverVenue: 'aaaaaaaaaaaaaaaa', joins: [] as Record<string, unknown>[] }));

vi.mock('@colyseus/sdk', () => {
  const room = () => {
    const noop = Object.assign(() => {}, { once: () => {}, remove: () => {} });
    return {
      sessionId: 's1',
      roomId: 'r1',
      reconnection: {},
      state: undefined,
      onStateChange: noop,
      onMessage: () => () => {},
      onDrop: noop,
      onReconnect: noop,
      onLeave: noop,
      leave: async () => {},
    };
  };
  const join = async (options: Record<string, unknown>) => {
    sdk.joins.push(options);
    if (options['venue'] !== sdk.serverVenue) throw Object.assign(new Error('venueChanged'), { code: 409 });
    return room();
  };
  return {
    Client: class {
      joinOrCreate = (_name: string, options: Record<string, unknown>) => join(options);
      joinById = (_id: string, options: Record<string, unknown>) => join(options);
    },
  };
});

// Imported once the globals it reads (location, fetch) are stubbed.
let hall: typeof HallStoreModule;

beforeAll(async () => {
  vi.stubGlobal('location', { protocol: 'http:', host: 'seeot.test', href: 'http://seeot.test/world', search: '' });
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ joinToken: 'join-token' }), { status: 200 }));
  hall = await import('../../client/net/hallStore.ts');
  const { useIdentity } = await import('../../client/net/identity.ts');
  useIdentity.getState().setIdentity({ nickname: '손님', colorIndex: 1 });
});

afterEach(() => {
  hall.disconnectHall();
  sdk.joins.length = 0;
});

async function until(pred: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !pred(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(pred()).toBe(true);
}

describe('venue fingerprint on the page', () => {
  it('a venueChanged refusal re-reads the venue once and joins with the new fingerprint, no error shown', async () => {
    const statuses: string[] = [];
    const unwatch = hall.useHall.subscribe((s) => statuses.push(s.status));
    let reads = 0;
    // What the world does: fetch the catalogue again, build the layout, join with its fingerprint.
    const off = hall.onVenueChanged(async () => {
      reads++;
      void hall.connectHall({ view: 'world', venue: sdk.serverVenue });
    });
    await hall.connectHall({ view: 'world', venue: 'bbbbbbbbbbbbbbbb' });
    await until(() => hall.useHall.getState().status === 'connected');
    off();
    unwatch();
    expect(reads).toBe(1);
    expect(sdk.joins.map((j) => j['venue'])).toEqual(['bbbbbbbbbbbbbbbb', sdk.serverVenue]);
    expect(statuses).not.toContain('error');
  });

  it('a layout still not the server\'s after the re-read asks for a reload instead of looping', async () => {
    let reads = 0;
    const off = hall.onVenueChanged(async () => {
      reads++;
      void hall.connectHall({ view: 'world', venue: 'cccccccccccccccc' });
    });
    await hall.connectHall({ view: 'world', venue: 'bbbbbbbbbbbbbbbb' });
    await until(() => hall.useHall.getState().status === 'error');
    off();
    expect(reads).toBe(1);
    expect(hall.useHall.getState().error).toMatchObject({ reason: 'venueChanged', action: 'reload', code: 409 });
    expect(sdk.joins).toHaveLength(2);
  });

  it('a venue that cannot be re-read (the catalogue fetch failed) says so', async () => {
    let reads = 0;
    const off = hall.onVenueChanged(() => {
      reads++;
      return Promise.reject(new Error('offline'));
    });
    await hall.connectHall({ view: 'world', venue: 'bbbbbbbbbbbbbbbb' });
    await until(() => hall.useHall.getState().status === 'error');
    off();
    expect(reads).toBe(1);
    expect(hall.useHall.getState().error?.reason).toBe('venueChanged');
  });
});
