import { describe, expect, it } from 'vitest';
import { boothHref } from '../../client/ui/boothHref.ts';
import { withFair } from '../../client/ui/fairLink.ts';

describe('links inside a timed fair keep it', () => {
  it('adds the fair to a path, beside its query and before its #hash', () => {
    expect(withFair('/list', 'spring-market')).toBe('/list?fair=spring-market');
    expect(withFair('/list?notice=no-webgl', 'spring-market')).toBe('/list?notice=no-webgl&fair=spring-market');
    expect(withFair('/list#zone-a-title', 'spring-market')).toBe('/list?fair=spring-market#zone-a-title');
    expect(withFair('/world?shard=abc_1#x', 'spring-market')).toBe('/world?shard=abc_1&fair=spring-market#x');
    expect(withFair('/api/hall/shards', 'spring-market')).toBe('/api/hall/shards?fair=spring-market');
  });

  it('replaces a fair the link already names, never doubling it', () => {
    expect(withFair('/world?fair=old-fair&shard=a', 'spring-market')).toBe('/world?shard=a&fair=spring-market');
  });

  it('leaves links of the permanent exhibition as they are', () => {
    for (const to of ['/list', '/world?shard=a', '/list#zone-a', '/booth/x?view=list']) expect(withFair(to, '')).toBe(to);
  });

  it('booth links carry the fair in both views', () => {
    expect(boothHref('b 1', 'world', 'spring-market')).toBe('/booth/b%201?fair=spring-market');
    expect(boothHref('b1', 'list', 'spring-market')).toBe('/booth/b1?view=list&fair=spring-market');
    expect(boothHref('b1', 'list')).toBe('/booth/b1?view=list');
    expect(boothHref('b1', 'world')).toBe('/booth/b1');
  });
});
