import { describe, expect, it } from 'vitest';
import { VOLUME_LIMIT } from '../../server/hall/config.ts';
import { bannableAddress } from '../../server/hall/handlers/moderate.ts';
import { createViewer } from '../../server/hall/interest.ts';
import { createSeat, NO_SLOT, noteMessage, noteRefusal, type Seat } from '../../server/hall/seats.ts';

const seat = (): Seat =>
  createSeat({ sessionId: 's', slot: NO_SLOT, client: null, viewer: createViewer(), guestId: 'g', nickname: 'n', role: 'visitor', staffName: null, hostOf: [], address: null, tokenId: 't', view: 'list', venue: null, listBooth: -1 });

/** The flood guard: pure counting with time passed in. */
describe('hall flood guard', () => {
  it('allows an honest rate forever and the burst of a stalled connection, cuts a sustained flood', () => {
    const s = seat();
    // 20 inputs + a few chat lines a second for ten minutes.
    for (let t = 0; t < 600_000; t += 40) expect(noteMessage(s, t)).toBe('ok');
    // A connection that stalled 30 s delivers what the page kept sending, all at once.
    const stalled = seat();
    for (let i = 0; i < VOLUME_LIMIT.capacity; i++) expect(noteMessage(stalled, 5000)).toBe('ok');
    expect(noteMessage(stalled, 5000)).toBe('flood');
    // A bot at 1,000 messages a second is cut within a second.
    const bot = seat();
    let t = 0;
    while (noteMessage(bot, t) === 'ok') t += 1;
    expect(t).toBeLessThan(1000);
  });

  it('cuts at 100 refusals within 5 s, but not at the same number spread over a minute', () => {
    const slow = seat();
    for (let i = 0; i < 200; i++) expect(noteRefusal(slow, i * 300)).toBe('ok');
    const fast = seat();
    const verdicts = Array.from({ length: 100 }, (_, i) => noteRefusal(fast, i * 10));
    expect(verdicts.slice(0, 99).every((v) => v === 'ok')).toBe(true);
    expect(verdicts[99]).toBe('flood');
  });

  it('never records a loopback address in a ban', () => {
    expect(bannableAddress('127.0.0.1')).toBeNull();
    expect(bannableAddress('::ffff:127.0.0.1')).toBeNull();
    expect(bannableAddress('::1')).toBeNull();
    expect(bannableAddress(null)).toBeNull();
    expect(bannableAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(bannableAddress('2001:DB8::1')).toBe('2001:db8::1');
  });
});
