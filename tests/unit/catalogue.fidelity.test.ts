import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';

/*
 * Nothing in the catalogue may be invented: every Korean phrase and every number in a
 * brochure-sourced field must be found in the brochure text itself.
 */

/** The brochure is kept in the repository, byte for byte as the center gave it, so any clone can test. */
const brochurePath = path.resolve(import.meta.dirname, '..', '..', 'shared', 'catalogue', 'source', 'brochure.txt');

const raw = readFileSync(brochurePath, 'utf8');
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const brochure = norm(raw);

/** Our own, non-brochure fields: English, ids, icons, links we built, ISO dates (checked below). */
const NOT_FROM_BROCHURE = new Set(['en', 'titleEn', 'id', 'icon', 'href', 'programmeId', 'foundedOn', 'publishedOn']);

function* brochureStrings(value: unknown, at: string): Generator<{ path: string; text: string }> {
  if (typeof value === 'string') {
    if (value !== '') yield { path: at, text: value };
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* brochureStrings(v, `${at}.${i}`);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!NOT_FROM_BROCHURE.has(k)) yield* brochureStrings(v, at ? `${at}.${k}` : k);
  }
}

/** Phrases: the text cut at sentence and list punctuation; each must occur in the brochure. */
const phrasesOf = (text: string) =>
  norm(text)
    .split(/[.,:;!?·/()[\]<>「」'"‘’※▶]+/u)
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));

/** Every digit run must occur as a whole run (not inside a longer number: "6" is not "2016"). */
const missingNumbers = (text: string) =>
  [...text.matchAll(/\d+/g)].map((m) => m[0]).filter((n) => !new RegExp(`(?<!\\d)${n}(?!\\d)`).test(brochure));

/** What a field says that the brochure does not: phrases and numbers not found in it. */
function unfounded(text: string): string[] {
  if (brochure.includes(norm(text))) return missingNumbers(text);
  return [...phrasesOf(text).filter((p) => !brochure.includes(p)), ...missingNumbers(text)];
}

describe('catalogue fidelity to the brochure', () => {
  const fields = [...brochureStrings(CATALOGUE, '')];

  it('walks a substantial amount of brochure text', () => {
    expect(fields.length).toBeGreaterThan(300);
  });

  it('every Korean phrase and number in a brochure-sourced field is in the brochure', () => {
    const bad = fields.flatMap((f) => unfounded(f.text).map((u) => `${f.path}: "${u}"`));
    expect(bad).toEqual([]);
  });

  it('every field is a verbatim run of the brochure (whitespace-normalised), not stitched phrases', () => {
    const stitched = fields.filter((f) => !brochure.includes(norm(f.text))).map((f) => `${f.path}: ${f.text}`);
    expect(stitched).toEqual([]);
  });

  it('the checker rejects invented phrases and numbers', () => {
    expect(unfounded('총 6,312명')).toContain('312');
    expect(unfounded('사회적경제 우주정거장 건립')).toEqual(['사회적경제 우주정거장 건립']);
    expect(unfounded('총 6,311명')).toEqual([]);
  });

  it('dates we converted match the printed ones', () => {
    const printed = (iso: string) => iso.split('-').map(Number).join('. ') + '.';
    expect(brochure).toContain(`설립일 ${printed(CATALOGUE.center.foundedOn)}`);
    expect(brochure).toContain(`발행일 ${printed(CATALOGUE.center.publication.publishedOn)}`);
  });

  it('links we derived point at hosts the brochure names', () => {
    const hrefs = JSON.stringify(CATALOGUE).match(/https:\/\/[^"]+/g) ?? [];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const host = new URL(href).host.replace(/^www\./, '');
      expect(brochure, href).toContain(host);
    }
  });
});

describe('tables exactly as given', () => {
  const rawLines = raw.split('\n');
  const tables = CATALOGUE.valueChain.activities.flatMap((a) =>
    a.stages.flatMap((s) => s.programmes.flatMap((p) => p.exhibits.flatMap((e) => e.tables))),
  );
  // The brochure's tab-separated tables: the header line is printed with tabs.
  const tabTables = tables.filter((t) => rawLines.some((l) => l.trimEnd() === t.columns.join('\t')));

  it('the conference, SOS consulting and MOU tables are transcribed from tab-separated text', () => {
    expect(tabTables.map((t) => t.columns[0])).toEqual(['연월', '연도', '연도']);
    expect(tabTables.map((t) => t.rows.length)).toEqual([8, 4, 7]);
  });

  it('each row is the printed line, cell by cell, blank cells kept blank', () => {
    for (const t of tabTables) {
      const start = rawLines.findIndex((l) => l.trimEnd() === t.columns.join('\t'));
      t.rows.forEach((row, i) => {
        const cells = (rawLines[start + 1 + i] ?? '').split('\t');
        while (cells.length < t.columns.length) cells.push('');
        expect(cells.map((c) => c.trim()), `${t.caption} row ${i}`).toEqual(row);
      });
    }
  });

  it('blank year cells continue the row above and are marked as a group column', () => {
    for (const t of tabTables.filter((t) => t.rows.some((r) => r[0] === ''))) {
      expect(t.groupColumns).toContain(0);
    }
    expect(tabTables.filter((t) => t.groupColumns.includes(0)).length).toBe(2);
  });

  it('the participating schools are the printed list, in order', () => {
    const schools = CATALOGUE.valueChain.activities[0]?.stages[0]?.programmes[1]?.exhibits.find((e) => e.listTitle === '참여 학교(기관명)');
    expect(schools).toBeDefined();
    expect(raw.split('\n')).toContain(schools?.list.join(', '));
  });
});

describe('history blocks follow the range rule', () => {
  // 센터 연혁 runs from its heading to the closing "Our passion continues".
  const section = raw.slice(raw.indexOf('센터 연혁'), raw.indexOf('Our passion continues')).split('\n').slice(1);
  type Token = { heading: number } | { item: string };
  const tokens: Token[] = section.flatMap((l): Token[] => {
    const t = l.trim();
    if (/^\d{4}$/.test(t)) return [{ heading: Number(t) }];
    if (t.startsWith('- ')) return [{ item: norm(t.slice(2)) }];
    return [];
  });
  // Group: runs of item lines are blocks; runs of headings are stacks (all their years count).
  const groups: ({ kind: 'stack'; years: number[] } | { kind: 'block'; items: string[] })[] = [];
  for (const tok of tokens) {
    const last = groups.at(-1);
    if ('heading' in tok) {
      if (last?.kind === 'stack') last.years.push(tok.heading);
      else groups.push({ kind: 'stack', years: [tok.heading] });
    } else if (last?.kind === 'block') last.items.push(tok.item);
    else groups.push({ kind: 'block', items: [tok.item] });
  }
  const founded = Number(CATALOGUE.center.foundedOn.slice(0, 4));
  const expected = groups.flatMap((g, i) => {
    if (g.kind !== 'block') return [];
    const above = groups[i - 1]?.kind === 'stack' ? (groups[i - 1] as { years: number[] }).years : [];
    const below = groups[i + 1]?.kind === 'stack' ? (groups[i + 1] as { years: number[] }).years : [];
    const years = above.length + below.length > 0 ? [...above, ...below] : [founded];
    return [{ yearFrom: Math.min(...years), yearTo: Math.max(...years), items: g.items }];
  });
  const headings = tokens.flatMap((t) => ('heading' in t ? [t.heading] : []));

  it('the brochure text has the stacked headings the rule was written for', () => {
    expect(headings).toEqual([2010, 2013, 2012, 2014, 2019, 2020, 2021, 2022, 2023]);
    expect(expected.length).toBe(7);
  });

  /*
   * The order the text settles: a block naming the Nth of a series ("제2회 … 페스티벌") goes after the
   * block naming an earlier one. Otherwise blocks keep the text's order (a stable insertion).
   */
  const SERIES = ['페스티벌', '8 8 데이'];
  const ordinals = (items: string[]) =>
    SERIES.flatMap((series) => items.flatMap((text) => {
      const n = /제(\d+)회/.exec(text)?.[1];
      return n !== undefined && text.includes(series) ? [{ series, n: Number(n) }] : [];
    }));
  const mustFollow = (later: string[], earlier: string[]) =>
    ordinals(later).some((a) => ordinals(earlier).some((b) => a.series === b.series && a.n > b.n));
  const settled = expected.reduce<typeof expected>((placed, block) => {
    const at = placed.findIndex((p) => mustFollow(p.items, block.items));
    return at < 0 ? [...placed, block] : [...placed.slice(0, at), block, ...placed.slice(at)];
  }, []);

  it('each block has the lines between its headings, blocks in the order the text settles', () => {
    expect(CATALOGUE.history.map((b) => b.items.map((i) => norm(i.text)))).toEqual(settled.map((b) => b.items));
  });

  it('a numbered series reads in its order: the 1st festival before the 2nd, the 2nd 8 8 데이 before the 3rd', () => {
    const seen = CATALOGUE.history.flatMap((b) => ordinals(b.items.map((i) => i.text)));
    for (const series of SERIES) {
      const ns = seen.filter((o) => o.series === series).map((o) => o.n);
      expect(ns.length, series).toBeGreaterThan(1);
      expect(ns, series).toEqual([...ns].sort((a, b) => a - b));
    }
    // The text's own order was the other way round for the festivals: the rule had work to do.
    expect(settled.map((b) => b.items)).not.toEqual(expected.map((b) => b.items));
  });

  it('each block spans from the nearest heading above to the nearest heading below', () => {
    expect(CATALOGUE.history.map((b) => [b.yearFrom, b.yearTo])).toEqual(settled.map((b) => [b.yearFrom, b.yearTo]));
  });

  it('2015–2018 have no heading of their own, so the block around them keeps its range', () => {
    for (const y of [2015, 2016, 2017, 2018]) {
      expect(headings).not.toContain(y);
      const around = CATALOGUE.history.filter((b) => b.yearFrom <= y && y <= b.yearTo);
      expect(around.length, String(y)).toBeGreaterThan(0);
      for (const b of around) expect(b.yearTo - b.yearFrom, b.id).toBeGreaterThan(0);
    }
  });

  it('a line carries its own year exactly when it names one, inside its block', () => {
    for (const b of CATALOGUE.history) {
      for (const item of b.items) {
        const named = /(20\d\d)년/.exec(item.text)?.[1];
        expect(item.year, item.text).toBe(named === undefined ? undefined : Number(named));
        if (item.year !== undefined) expect(item.year >= b.yearFrom && item.year <= b.yearTo).toBe(true);
      }
    }
  });
});

describe('what the brochure leaves empty stays empty', () => {
  const json = JSON.stringify(CATALOGUE);

  it('mission and vision are null', () => {
    expect(CATALOGUE.center.mission).toBeNull();
    expect(CATALOGUE.center.vision).toBeNull();
  });

  it('blank pages and charts do not appear as content', () => {
    // Headings printed over nothing: awards, SNS counts, sector analysis, charts.
    for (const heading of ['수상이력', '총 채널 구독자 수', '업로드 콘텐츠 수', '유튜브 총 노출 수', '단비기업 업종분석', '마켓오시-웃 2년간의 결과', '대상별 교육 현황', '계층별 양성 실적', 'SOS 컨설팅 수진 기업 수', '우선구매 현황', '아이디어 경진대회 참가 분야 수', '소셜리빙랩 연차별 분야 선정']) {
      expect(brochure, heading).toContain(heading);
      expect(json, heading).not.toContain(heading);
    }
    expect(Object.keys(CATALOGUE.center)).not.toContain('awards');
  });

  it('every figure states a value', () => {
    const figures = CATALOGUE.valueChain.activities.flatMap((a) =>
      a.stages.flatMap((s) => s.programmes.flatMap((p) => p.exhibits.flatMap((e) => e.figures))),
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.value.trim(), f.label).not.toBe('');
  });
});
