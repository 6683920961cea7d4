import { describe, expect, it } from 'vitest';
import { MAX_MESSAGES_PER_SECOND } from '../../server/hall/config.ts';
import { bannableAddress } from '../../server/hall/handlers/moderate.ts';
import { createViewer } from '../../server/hall/interest.ts';
import { createSeat, NO_SLOT, noteMessage, noteRefusal, type Seat } from '../../server/hall/seats.ts';

const seat = (): Seat =>
  createSeat({ sessionId: 's', slot: NO_SLOT, client: null, viewer: createViewer(), guestId: 'g', nickname: 'n', role: 'visitor', staffName: null, address: null, view: 'list', listBooth: -1 });

/** The flood guard: pure counting with time passed in. */
describe('hall flood guard', () => {
  it('allows an honest rate of messages forever, cuts a burst far beyond it', () => {
    const s = seat();
    // 20 inputs + a few chat lines a second for a minute.
    for (let t = 0; t < 60_000; t += 40) expect(noteMessage(s, t)).toBe('ok');
    const b = seat();
    let verdict = 'ok';
    for (let i = 0; i <= MAX_MESSAGES_PER_SECOND && verdict === 'ok'; i++) verdict = noteMessage(b, 1000 + i);
    expect(verdict).toBe('flood');
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
