import { describe, expect, it } from 'vitest';
import { chooseInitialQuality, FPS_PROBE, isSlow, LOW_MEMORY_GB, parseQualityParam, QUALITY } from '../../client/world/state/quality.ts';

/** The render quality tier the world starts on, and when the FPS probe calls a device slow. */
describe('chooseInitialQuality', () => {
  it('?quality= forces a tier, and the probe must leave it alone', () => {
    expect(chooseInitialQuality('?quality=low', 16)).toEqual({ tier: 'low', forced: true, reason: 'param' });
    expect(chooseInitialQuality('?camera=overview&quality=high', 1)).toEqual({ tier: 'high', forced: true, reason: 'param' });
  });

  it('a device reporting little memory starts low; others, or unknown, start high', () => {
    expect(chooseInitialQuality('', LOW_MEMORY_GB)).toEqual({ tier: 'low', forced: false, reason: 'device-memory' });
    expect(chooseInitialQuality('', 0.5).tier).toBe('low');
    expect(chooseInitialQuality('', 8)).toEqual({ tier: 'high', forced: false, reason: 'default' });
    expect(chooseInitialQuality('', undefined)).toEqual({ tier: 'high', forced: false, reason: 'default' });
  });

  it('an unknown ?quality= value is ignored', () => {
    expect(parseQualityParam('?quality=ultra')).toBeNull();
    expect(chooseInitialQuality('?quality=ultra', 8)).toEqual({ tier: 'high', forced: false, reason: 'default' });
  });
});

describe('tiers', () => {
  it('low gives up shadows, antialiasing and high DPR, and caps the frame rate', () => {
    expect(QUALITY.low).toMatchObject({ shadows: false, antialias: false, dpr: [1, 1], maxFps: 30 });
    expect(QUALITY.high).toMatchObject({ shadows: true, maxFps: Infinity });
    expect(QUALITY.low.atlasMax).toBeLessThan(QUALITY.high.atlasMax);
  });
});

describe('isSlow', () => {
  it('is slow under the floor frame rate over the measured window', () => {
    const ms = FPS_PROBE.windowMs;
    const floorFrames = (FPS_PROBE.minFps * ms) / 1000;
    expect(isSlow(floorFrames - 1, ms)).toBe(true);
    expect(isSlow(floorFrames, ms)).toBe(false);
    expect(isSlow(0, 0)).toBe(false); // nothing measured is not a verdict
  });
});
