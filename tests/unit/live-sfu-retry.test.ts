/**
 * When an HLS viewer tries the SFU again and when it switches (client/live/sfuRetry.ts): backing off
 * from seconds to a minute, jittered so a crowd spreads out; stopping when the live is gone; a new
 * WebRTC place taken only once it shows a frame, and given back if none comes.
 */
import { describe, expect, it } from 'vitest';
import { afterTry, SFU_FRAME_WAIT_MS, SFU_RETRY_FIRST_MS, SFU_RETRY_MAX_MS, sfuRetryDelayMs, switchDecision } from '../../client/live/sfuRetry.ts';

describe('an HLS viewer trying the SFU again', () => {
  it('waits a few seconds first, then twice as long after each refusal, never more than a minute', () => {
    const delays = Array.from({ length: 8 }, (_, i) => sfuRetryDelayMs(i, 0.5));
    expect(delays[0]).toBe(SFU_RETRY_FIRST_MS);
    expect(delays.slice(0, 4)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(delays.slice(4)).toEqual([SFU_RETRY_MAX_MS, SFU_RETRY_MAX_MS, SFU_RETRY_MAX_MS, SFU_RETRY_MAX_MS]);
    expect(sfuRetryDelayMs(1_000, 0.5)).toBe(SFU_RETRY_MAX_MS);
  });

  it('spreads a crowd\'s tries by ±20%, whatever the random number', () => {
    expect(sfuRetryDelayMs(0, 0)).toBe(4_000);
    expect(sfuRetryDelayMs(0, 0.999999)).toBeCloseTo(6_000, -1);
    expect(sfuRetryDelayMs(0, 7)).toBe(6_000);
    expect(sfuRetryDelayMs(-3, -1)).toBe(4_000);
  });

  it('tries again later when the SFU is full or the try failed, and stops when the live ended', () => {
    expect(afterTry('full', 0, 0.5)).toEqual({ retryInMs: 10_000 });
    expect(afterTry('failed', 2, 0.5)).toEqual({ retryInMs: 40_000 });
    expect(afterTry('ended', 0, 0.5)).toEqual({ stop: true });
  });

  it('switches from HLS only once WebRTC has decoded a frame, and gives the place back if none comes in time', () => {
    expect(switchDecision(0, 0)).toBe('wait');
    expect(switchDecision(0, SFU_FRAME_WAIT_MS - 1)).toBe('wait');
    expect(switchDecision(1, 100)).toBe('switch');
    expect(switchDecision(3, SFU_FRAME_WAIT_MS + 5_000)).toBe('switch');
    expect(switchDecision(0, SFU_FRAME_WAIT_MS)).toBe('giveBack');
  });
});
