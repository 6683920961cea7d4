import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { fixtureCatalogue } from '../../shared/catalogue/fixture.ts';
import { BootSchema } from '../../shared/page/boot.ts';
import { fontFaceRule, parseUnicodeRange, type DomFontManifest } from '../../shared/page/fonts.ts';
import { contentSecurityPolicy } from '../../server/http/securityHeaders.ts';
import { PageCache, pageCacheKey, pageUrl, venueVersion } from '../../server/http/ssrCache.ts';
import { escapeHtml, headTags, jsonForScript } from '../../server/http/ssrDocument.ts';
import { fontFacesFor, runs } from '../../server/http/ssrFonts.ts';
import { cspHash, loadPageTemplate } from '../../server/http/ssrTemplate.ts';

describe('JSON embedded in a page', () => {
  it('cannot close its <script> or open a comment, and reads back as the same value', () => {
    const hostile = { text: '</script><script>alert(1)</script><!-- & -->', sep: 'a\u2028b\u2029c', ko: '시웃월드' };
    const json = jsonForScript(hostile);
    expect(json).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('carries the venue as the client expects it (BootSchema), escaped', () => {
    const boot = { venue: CATALOGUE, fontCss: '/assets/fonts-abc.css' };
    expect(BootSchema.parse(JSON.parse(jsonForScript(boot)))).toEqual(boot);
  });

  it('escapes text for HTML elements and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('page cache keys', () => {
  it('keep only the parameters and values that change a page, in one order', () => {
    expect(pageUrl('/')).toBe('/');
    expect(pageUrl('/list?lang=en&utm_source=kakao&notice=no-webgl')).toBe('/list?notice=no-webgl');
    expect(pageUrl('/booth/awareness?quality=low&view=list&lang=ko')).toBe('/booth/awareness?view=list');
    expect(pageUrl('/booth/awareness?view=list&notice=no-webgl')).toBe(pageUrl('/booth/awareness?notice=no-webgl&view=list'));
    expect(pageUrl('/world?staff=secret-token')).toBe('/world');
    // Values the pages do not read are the page without them: no new page per made-up value.
    expect(pageUrl('/list?notice=x1')).toBe('/list');
    expect(pageUrl('/booth/awareness?view=world')).toBe('/booth/awareness');
  });

  it('keep a timed fair only when the page is that known fair’s (its links carry it)', () => {
    expect(pageUrl('/list?fair=spring-market&lang=en', 'spring-market')).toBe('/list?fair=spring-market');
    expect(pageUrl('/booth/awareness?fair=spring-market&view=list', 'spring-market')).toBe('/booth/awareness?view=list&fair=spring-market');
    // An unknown fair renders the whole venue, cached as the page without it.
    expect(pageUrl('/list?fair=made-up')).toBe('/list');
  });

  it('differ by address, language, venue version and origin, and only by them', () => {
    const base = { url: '/list', lang: 'ko' as const, venueVersion: 'v1', origin: 'https://fair.example' };
    const keys = new Set([
      pageCacheKey(base),
      pageCacheKey({ ...base, url: '/' }),
      pageCacheKey({ ...base, lang: 'en' }),
      pageCacheKey({ ...base, venueVersion: 'v2' }),
      pageCacheKey({ ...base, origin: 'http://127.0.0.1:2567' }),
    ]);
    expect(keys.size).toBe(5);
    expect(pageCacheKey({ ...base })).toBe(pageCacheKey(base));
  });

  it('change when the venue changes (a booth added) and not otherwise', () => {
    const v = venueVersion(CATALOGUE);
    expect(venueVersion(structuredClone(CATALOGUE))).toBe(v);
    const bigger = fixtureCatalogue(CATALOGUE, 20); // the 15 booths and five more
    expect(venueVersion(bigger)).not.toBe(v);
  });

  it('hold a bounded number of pages, dropping the least recently used', () => {
    const cache = new PageCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });
});

describe('font faces inlined in a page', () => {
  const manifest: DomFontManifest = {
    css: '/assets/fonts.css',
    faces: [
      { weight: 400, ranges: parseUnicodeRange('U+0-ff'), url: '/assets/latin-400.woff2' },
      { weight: 700, ranges: parseUnicodeRange('U+0-ff'), url: '/assets/latin-700.woff2' },
      { weight: 400, ranges: parseUnicodeRange('U+c6d4,U+c2dc-c2dd,U+b4dc'), url: '/assets/k1-400.woff2' },
      { weight: 400, ranges: parseUnicodeRange('U+ac00-ac10'), url: '/assets/k2-400.woff2' },
    ],
  };

  it('declare only the faces the text needs, each narrowed to the characters it shows', () => {
    const css = fontFacesFor(manifest, 'ab 시웃');
    expect(css).toBe(
      [
        fontFaceRule(manifest.faces[0]!, [[0x20, 0x20], [0x61, 0x62]]),
        fontFaceRule(manifest.faces[1]!, [[0x20, 0x20], [0x61, 0x62]]),
        fontFaceRule(manifest.faces[2]!, [[0xc2dc, 0xc2dc]]),
      ].join(''),
    );
    expect(css).not.toContain('k2-400');
    expect(css).toContain("font-display:swap");
    expect(css).toContain('unicode-range:U+c2dc}');
  });

  it('run consecutive code points together', () => {
    expect(runs([0x41, 0x42, 0x43, 0x5a, 0x61])).toEqual([[0x41, 0x43], [0x5a, 0x5a], [0x61, 0x61]]);
    expect(parseUnicodeRange('U+41-43,U+5a')).toEqual([[0x41, 0x43], [0x5a, 0x5a]]);
  });
});

describe('the page template', () => {
  it('inlines the built stylesheet, fills each slot, and hashes the style for the CSP', () => {
    const dist = mkdtempSync(join(tmpdir(), 'seeot-template-'));
    mkdirSync(join(dist, 'assets'));
    const css = 'body{color:red}';
    writeFileSync(join(dist, 'assets', 'index-abc.css'), css);
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html lang="ko"><head><title>x</title><script type="module" crossorigin src="/assets/index-abc.js"></script>' +
        '<link rel="stylesheet" crossorigin href="/assets/index-abc.css"></head><body><noscript><p>needs JS</p></noscript><div id="root"></div></body></html>',
    );
    const t = loadPageTemplate(dist);
    const html = t.fill({ lang: 'en', head: '<title>y</title>', noscript: '', root: '<div id="root">hi</div>' });
    expect(html).toBe(
      '<!doctype html><html lang="en"><head><title>y</title><script type="module" crossorigin src="/assets/index-abc.js"></script>' +
        `<style>${css}</style></head><body><div id="root">hi</div></body></html>`,
    );
    expect(t.noscript).toBe('<noscript><p>needs JS</p></noscript>');
    expect(t.styleHash).toBe(cspHash(css));
    expect(contentSecurityPolicy([t.styleHash])).toContain(`style-src 'self' '${t.styleHash}';`);
    expect(contentSecurityPolicy([t.styleHash])).not.toContain('unsafe-inline');
  });

  it('link previews: absolute URLs, escaped text, og:locale of the page language', () => {
    const tags = headTags({
      lang: 'en',
      title: 'A "booth" — Seeot World',
      description: 'Fish & chips <b>',
      shareTitle: 'A "booth" — Seeot World',
      siteName: 'Seeot World',
      url: 'https://fair.example/booth/a?lang=en',
      alternates: { ko: 'https://fair.example/booth/a?lang=ko', en: 'https://fair.example/booth/a?lang=en' },
      image: { url: 'https://fair.example/share.png', width: 1200, height: 630, alt: 'Seeot World' },
    });
    expect(tags).toContain('<title>A &quot;booth&quot; — Seeot World</title>');
    expect(tags).toContain('<meta property="og:description" content="Fish &amp; chips &lt;b&gt;" />');
    expect(tags).toContain('<meta property="og:url" content="https://fair.example/booth/a?lang=en" />');
    expect(tags).toContain('<meta property="og:image" content="https://fair.example/share.png" />');
    expect(tags).toContain('<meta property="og:locale" content="en_US" />');
    expect(tags).toContain('<link rel="alternate" hreflang="ko" href="https://fair.example/booth/a?lang=ko" />');
  });
});
