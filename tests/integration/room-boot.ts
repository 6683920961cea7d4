/**
 * Boots the real server configuration (createApp: express + Colyseus + defineRooms) in-process on a
 * free port and wraps it in @colyseus/testing's ColyseusTestServer. boot() itself would listen on
 * its fixed default port, which parallel test files would fight over.
 */
import { ColyseusTestServer } from '@colyseus/testing';
import { Client, type Room } from '@colyseus/sdk';
import { afterAll, beforeAll } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { PROTOCOL_VERSION, SERVER_MESSAGE_TYPES, venueFingerprint } from '../../shared/protocol/index.ts';
import { layoutWorld } from '../../shared/world/index.ts';
import { createApp } from '../../server/app.ts';
import { signJoinToken } from '../../server/auth/joinToken.ts';
import type { Role } from '../../server/auth/tokens.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger, type Logger } from '../../server/logger.ts';
import { HALL_BYTES } from '../../shared/net/view.ts';
import { freePort } from '../helpers/serverProcess.ts';
import { ViewTracker, type SeenAvatar } from '../load/viewTracker.ts';

export const LAYOUT = layoutWorld(CATALOGUE);
/** The fingerprint of LAYOUT, which the view trackers decode positions against. */
export const VENUE = venueFingerprint(LAYOUT);

export const TEST_SECRET = 'room-test-secret-0123456789abcdefghijklmnop';

/** `log`: a logger to capture the server's structured log (default: silent). */
export async function bootHall(env: Record<string, string> = {}, log: Logger = createLogger('silent')): Promise<{ colyseus: ColyseusTestServer; url: string }> {
  const port = await freePort();
  const parsed = parseEnv({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SESSION_SECRET: TEST_SECRET, ...env });
  const { gameServer } = await createApp({ env: parsed, log, catalogue: CATALOGUE, distDir: '/nonexistent' });
  return { colyseus: new ColyseusTestServer(gameServer), url: `ws://127.0.0.1:${port}` };
}

export interface HallServer {
  colyseus: ColyseusTestServer;
  url: string;
}

/**
 * bootHall() for a test file: registers a beforeAll that boots the server (`env` as for bootHall)
 * and an afterAll that shuts it down. The fields of the returned context are set once beforeAll
 * has run, so read them inside hooks and tests. beforeAll hooks registered after this call run after the boot.
 */
export function useHallServer(env: Record<string, string> = {}): HallServer {
  const server = {} as HallServer;
  beforeAll(async () => {
    Object.assign(server, await bootHall(env));
  });
  afterAll(async () => {
    await server.colyseus.shutdown();
  });
  return server;
}

let guests = 0;
/**
 * Valid join options with a join token signed by the test secret, as GET /api/session would give
 * (`role` 'staff' for a staff session), and the venue fingerprint of LAYOUT as /world sends it.
 * `extra` overrides any field, the token included.
 */
export function joinOptions(extra: Record<string, unknown> = {}, role: Role = 'visitor'): Record<string, unknown> {
  guests++;
  const guestId = `guest-test-${String(guests).padStart(4, '0')}`;
  const identity = role === 'staff' ? { guestId, role, name: `staff${guests}` } : { guestId, role };
  const joinToken = signJoinToken(identity, TEST_SECRET, Date.now());
  return { protocolVersion: PROTOCOL_VERSION, nickname: `방문객${guests}`, colorIndex: guests % 8, joinToken, venue: VENUE, ...extra };
}

export interface Visitor {
  room: Room;
  view: ViewTracker;
  slot: () => number;
  /** Every JSON message the server sent, by type (handlers exist from the join on: none is dropped). */
  msgs: Record<string, unknown[]>;
  /** The close code once the connection ended (null while open). */
  closed: () => number | null;
}


/** A visitor through the real SDK, its view messages tracked. */
export async function visit(url: string, opts: Record<string, unknown> = joinOptions(), roomId?: string): Promise<Visitor> {
  const client = new Client(url);
  const room = roomId ? await client.joinById(roomId, opts) : await client.joinOrCreate('hall', opts);
  const view = new ViewTracker(LAYOUT.bounds);
  room.onMessage(HALL_BYTES.view, (bytes: Uint8Array) => view.apply(bytes));
  const msgs: Record<string, unknown[]> = {};
  for (const type of SERVER_MESSAGE_TYPES) {
    msgs[type] = [];
    room.onMessage(type, (m: unknown) => msgs[type]!.push(m));
  }
  let closed: number | null = null;
  room.onLeave((code: number) => void (closed = code));
  await new Promise<void>((resolve) => {
    if (room.state && (room.state as { roster?: unknown }).roster) resolve();
    else room.onStateChange.once(() => resolve());
  });
  const slot = (): number => (room.state as { roster: Map<string, { slot: number }> }).roster.get(room.sessionId)?.slot ?? -1;
  return { room, view, slot, msgs, closed: () => closed };
}

/** The visitor's own avatar as the server last reported it. */
export function own(v: Visitor): SeenAvatar | undefined {
  return v.view.avatars.get(v.slot());
}

/** Polls a condition (state that arrives by patches, not view messages) until it holds. */
export async function waitFor(pred: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
