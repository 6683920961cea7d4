/**
 * The live video contract's words and settings: every code the live API answers has a sentence in
 * Korean and English (the pages show `live:error_<code>`), both languages have the same keys and
 * placeholders, and the live env vars parse as the README says (loopback by default, a bad address
 * or port range stops the server naming it).
 */
import { describe, expect, it } from 'vitest';
import { LIVE_ERRORS } from '../../shared/api/live.ts';
import { liveEn } from '../../shared/i18n/live-en.ts';
import { liveKo } from '../../shared/i18n/live-ko.ts';
import { EnvError, parseEnv } from '../../server/env.ts';

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();

describe('live video strings', () => {
  it('has a Korean and an English sentence for every error code, and the same keys and placeholders in both', () => {
    for (const code of LIVE_ERRORS) {
      expect(liveKo[`error_${code}` as keyof typeof liveKo], code).toMatch(/\p{Script=Hangul}/u);
      expect(liveEn[`error_${code}` as keyof typeof liveEn], code).toBeTruthy();
    }
    expect(Object.keys(liveEn).sort()).toEqual(Object.keys(liveKo).sort());
    for (const key of Object.keys(liveKo) as (keyof typeof liveKo)[]) {
      expect(placeholders(liveEn[key]), key).toEqual(placeholders(liveKo[key]));
      expect(/\p{Script=Hangul}/u.test(liveEn[key]), key).toBe(false);
    }
    expect(liveKo.reconnecting).toBe('잠시 후 이어집니다');
  });
});

describe('live video env', () => {
  it('defaults to loopback candidates, any port and 50 viewers', () => {
    const env = parseEnv({});
    expect(env.LIVE_ICE_ADDRESSES).toEqual(['127.0.0.1']);
    expect(env.LIVE_ICE_INTERFACES).toBe(false);
    expect(env.LIVE_ICE_PORTS).toBeUndefined();
    expect(env.LIVE_MAX_VIEWERS).toBe(50);
  });

  it('reads a deployment’s public addresses and port range', () => {
    const env = parseEnv({ LIVE_ICE_ADDRESSES: '203.0.113.7, 198.51.100.2', LIVE_ICE_PORTS: '40000-40999', LIVE_ICE_INTERFACES: '1' });
    expect(env.LIVE_ICE_ADDRESSES).toEqual(['203.0.113.7', '198.51.100.2']);
    expect(env.LIVE_ICE_PORTS).toEqual([40000, 40999]);
    expect(env.LIVE_ICE_INTERFACES).toBe(true);
  });

  it('refuses a host name for an address and an upside-down port range, naming the variable', () => {
    expect(() => parseEnv({ LIVE_ICE_ADDRESSES: 'fair.example.kr' })).toThrow(/LIVE_ICE_ADDRESSES/);
    expect(() => parseEnv({ LIVE_ICE_PORTS: '41000-40000' })).toThrow(EnvError);
  });
});
