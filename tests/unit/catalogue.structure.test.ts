import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';

/*
 * The catalogue's structure against the brochure's: each programme's text lies inside its own
 * section (between its lettered heading and the next heading), exhibits keep the order they are
 * printed in, and every heading of the brochure maps to a place in the catalogue or to an omission
 * documented in docs/content.md. catalogue.fidelity.test.ts checks the words; this checks where.
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const raw = readFileSync(path.join(root, 'shared', 'catalogue', 'source', 'brochure.txt'), 'utf8');
const contentDoc = readFileSync(path.join(root, 'docs', 'content.md'), 'utf8');
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const lines = raw.split('\n').map((l) => l.trim());

/** Keys of ours (English, ids, icons, links, dates, letters): not brochure text, so not located. */
const OURS = new Set(['en', 'titleEn', 'id', 'icon', 'href', 'programmeId', 'foundedOn', 'publishedOn', 'letter', 'number', 'colorIndex']);
function* texts(value: unknown, at: string): Generator<{ at: string; text: string }> {
  if (typeof value === 'string') {
    if (value !== '') yield { at, text: value };
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* texts(v, `${at}.${i}`);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!OURS.has(k)) yield* texts(v, `${at}.${k}`);
  }
}

const stages = CATALOGUE.valueChain.activities.flatMap((a) => a.stages);
const programmes = stages.flatMap((s) => s.programmes);
const headingLine = (heading: string) => lines.indexOf(heading);
const stageHeadings = stages.map((s) => `${s.number}. ${s.title.ko}`);
const programmeHeadings = programmes.map((p) => `${p.letter}. ${p.title.ko}`);
/** The back matter starts where the title page is printed again after the last section. */
const backMatter = lines.indexOf('부천시사회적경제센터 소개서', headingLine(programmeHeadings.at(-1)!));
const bounds = [...stageHeadings, ...programmeHeadings].map(headingLine).concat(backMatter).sort((a, b) => a - b);

/** A programme's section as line numbers: its heading line up to the next stage or programme heading. */
function sectionRange(heading: string): [number, number] {
  const start = headingLine(heading);
  return [start, bounds.find((b) => b > start) ?? lines.length];
}
function sectionOf(heading: string): string {
  return norm(lines.slice(...sectionRange(heading)).join('\n'));
}

/**
 * Titles the layout printed just above their section's heading (a page's title block set before the
 * lettered heading): found within these few lines above it instead. docs/content.md names them.
 */
const PRINTED_ABOVE_HEADING: Record<string, string> = {
  'consulting.exhibits.0.title': '사회적경제 전 영역 상담',
  'social-innovation.exhibits.0.title': '리빙랩 지원사업',
};
const ABOVE_LINES = 6;

describe('each programme lies in its own section of the brochure', () => {
  it('every stage and programme heading is printed once, in the catalogue order', () => {
    for (const h of [...stageHeadings, ...programmeHeadings]) expect(lines.filter((l) => l === h).length, h).toBe(1);
    const at = programmeHeadings.map(headingLine);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const stageAt = stageHeadings.map(headingLine);
    expect(stageAt).toEqual([...stageAt].sort((a, b) => a - b));
  });

  it("each programme's texts (intro, exhibits, tables, figures, lists) are found inside its section", () => {
    const outside: string[] = [];
    programmes.forEach((p, i) => {
      const heading = programmeHeadings[i]!;
      const section = sectionOf(heading);
      for (const { at, text } of texts(p, p.id)) {
        if (section.includes(norm(text))) continue;
        const above = norm(lines.slice(headingLine(heading) - ABOVE_LINES, headingLine(heading)).join('\n'));
        if (PRINTED_ABOVE_HEADING[at] === text && above.includes(norm(text))) continue;
        outside.push(`${at}: ${text.slice(0, 40)}`);
      }
    });
    expect(outside).toEqual([]);
  });

  it('the exceptions are real: each title printed above a heading is absent from its section and named in docs/content.md', () => {
    for (const [at, title] of Object.entries(PRINTED_ABOVE_HEADING)) {
      const p = programmes.find((q) => at.startsWith(`${q.id}.`));
      expect(p, at).toBeDefined();
      expect(sectionOf(`${p!.letter}. ${p!.title.ko}`), at).not.toContain(title);
      expect(contentDoc, at).toContain(title);
    }
  });

  it('exhibits keep the order they are printed in within the section', () => {
    for (const [i, p] of programmes.entries()) {
      const section = sectionOf(programmeHeadings[i]!);
      // Where an exhibit begins: its first paragraph (titles can repeat the heading's words).
      const starts = p.exhibits.map((e) => section.indexOf(norm(e.paragraphs[0] ?? e.title)));
      expect(starts.every((s) => s >= 0), p.id).toBe(true);
      expect(starts, p.id).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it("each stage's introduction is printed before its first programme, after the previous stage's", () => {
    for (const s of stages) {
      const first = headingLine(`${s.programmes[0]!.letter}. ${s.programmes[0]!.title.ko}`);
      const earlier = norm(lines.slice(0, first).join('\n'));
      for (const para of s.intro) expect(earlier, `${s.id}: ${para.slice(0, 20)}`).toContain(norm(para));
    }
  });

  it('the enterprises are printed inside the section of the programme that presents them', () => {
    for (const e of CATALOGUE.enterprises) {
      const p = programmes.find((q) => q.id === e.programmeId);
      expect(p, e.id).toBeDefined();
      const section = sectionOf(`${p!.letter}. ${p!.title.ko}`);
      for (const { at, text } of texts(e, e.id)) expect(section, at).toContain(norm(text));
    }
  });

  it("the center's facts come from part 01 or the colophon, never from a programme's section", () => {
    const part01 = norm(lines.slice(0, headingLine('센터 연혁')).join('\n'));
    const colophon = norm(lines.slice(backMatter).join('\n'));
    for (const { at, text } of texts(CATALOGUE.center, 'center')) {
      const t = norm(text);
      expect(part01.includes(t) || colophon.includes(t), `${at}: ${text.slice(0, 30)}`).toBe(true);
    }
  });
});

/*
 * The brochure's table of contents and its lettered and numbered section headings, each mapped to
 * where the catalogue holds it. A heading without a place must be an omission docs/content.md lists.
 */
const contents = lines
  .slice(lines.indexOf('CONTENTS'), headingLine('센터 연혁'))
  .filter((l) => /\t\d\d$/.test(l))
  .map((l) => norm(l.replace(/\t\d\d$/, '')));
const PLACES: Record<string, (c: typeof CATALOGUE) => unknown> = {
  "센터 BI 및 '시웃이'소개": (c) => [c.center.brandMark, c.mascot.description],
  '센터 연혁': (c) => c.history,
  '밸류체인 소개': (c) => c.valueChain.intro,
  '사회적경제 밸류체인': (c) => c.valueChain.activities,
  '1. 주활동': (c) => c.valueChain.activities.find((a) => a.title.ko === '주활동'),
  '2. 지원활동': (c) => c.valueChain.activities.find((a) => a.title.ko === '지원활동'),
};
/** Omitted headings: docs/content.md's "Left empty" table must list each (printed over images or nothing). */
const OMITTED = ['센터 미션 및 비전', '수상이력'];

describe('every section of the brochure has a place or a documented omission', () => {
  it('the table of contents is what this mapping was written for', () => {
    expect(contents.length).toBe(8);
    expect(new Set(contents)).toEqual(new Set([...Object.keys(PLACES), ...OMITTED]));
  });

  it('each mapped entry holds content', () => {
    for (const [heading, place] of Object.entries(PLACES)) {
      const held = [...texts(place(CATALOGUE), heading)];
      expect(held.length, heading).toBeGreaterThan(0);
    }
  });

  it('each omission is listed in docs/content.md and really has no content in the catalogue', () => {
    const leftEmpty = contentDoc.slice(contentDoc.indexOf('## Left empty'));
    for (const heading of OMITTED) {
      expect(leftEmpty, heading).toContain(heading.replace(/ \(.*\)$/, ''));
      expect(JSON.stringify(CATALOGUE), heading).not.toContain(heading);
    }
    expect(CATALOGUE.center.mission).toBeNull();
  });

  it('every lettered or numbered section heading in the body is a stage or programme of the catalogue', () => {
    const body = lines.slice(headingLine(stageHeadings[0]!), backMatter);
    const printed = body.filter((l) => /^([가-하]|\d)\. \S/u.test(l) && !/\t/.test(l));
    expect(printed.length).toBeGreaterThan(10);
    expect(new Set(printed)).toEqual(new Set([...stageHeadings, ...programmeHeadings]));
  });
});

/*
 * Photo captions (docs/content.md, "Photo captions"): each is a printed line of its own, or one
 * comma-separated item of one, inside its programme's section, after the exhibit it belongs to and
 * in printed order; and every line the brochure sets apart is a heading, a caption or an omission.
 */
const itemsOf = (line: string) => line.split(', ');
/** Where a text is first printed at or after `from` (a line containing it), or -1. */
const lineOf = (text: string, from: number, to: number) => {
  for (let j = Math.max(from, 0); j < to; j++) if (norm(lines[j]!).includes(norm(text))) return j;
  return -1;
};
/** An exhibit begins at its first paragraph (titles can repeat the heading's words), or its title. */
const exhibitStart = (e: (typeof programmes)[number]['exhibits'][number], [start, end]: [number, number]) =>
  lineOf(e.paragraphs[0] ?? e.title, start - ABOVE_LINES, end);
/** The items of a group heading (연계 사업's projects): title line straight into text, no blank between. */
const runsIntoText = (at: number) => lines[at - 1] !== '';

describe('photo captions, kept by one rule', () => {
  const captioned = programmes.flatMap((p, i) =>
    p.exhibits.filter((e) => e.captions.length > 0).map((e) => ({ p, e, range: sectionRange(programmeHeadings[i]!) })),
  );

  it('each is a whole printed line or one comma-separated item of one, in its section, in printed order', () => {
    expect(captioned.length).toBeGreaterThan(10);
    for (const [i, p] of programmes.entries()) {
      const [start, end] = sectionRange(programmeHeadings[i]!);
      // Position as (line, item) so the items of one line count in their order too.
      let at = { line: start, item: -1 };
      for (const e of p.exhibits) {
        for (const caption of e.captions) {
          let found: typeof at | undefined;
          for (let j = at.line; j < end && !found; j++) {
            const item = itemsOf(lines[j]!).findIndex((x, k) => x === caption && (j > at.line || k > at.item));
            if (item >= 0) found = { line: j, item };
          }
          expect(found, `${p.id}.${e.id}: ${caption}`).toBeDefined();
          at = found!;
        }
      }
    }
  });

  it('a caption follows its exhibit with no other exhibit begun between them (the items of a group heading aside)', () => {
    for (const { p, e, range } of captioned) {
      const from = exhibitStart(e, range);
      expect(from, e.id).toBeGreaterThanOrEqual(0);
      const last = lineOf(e.captions.at(-1)!.split(', ')[0]!, from, range[1]);
      expect(last, e.id).toBeGreaterThan(from);
      const between = p.exhibits.filter((x) => {
        const s = exhibitStart(x, range);
        return s > from && s < last && !runsIntoText(s);
      });
      expect(between.map((x) => x.id), `${e.id}: ${e.captions.at(-1)}`).toEqual([]);
    }
  });

  it('captions are never also content: no list item or paragraph repeats one', () => {
    const content = new Set(programmes.flatMap((p) => p.exhibits.flatMap((e) => [...e.list, ...e.paragraphs])));
    const dup = captioned.flatMap(({ e }) => e.captions.filter((c) => content.has(c)));
    expect(dup).toEqual([]);
  });

  /** docs/content.md "Left empty": each row's printed headings and its reason (`\|` is a printed bar). */
  const leftEmpty = contentDoc
    .slice(contentDoc.indexOf('## Left empty'), contentDoc.indexOf('## Fixtures'))
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| Brochure heading'))
    .map((l) => l.replaceAll('\\|', '\u0000').split('|').map((c) => c.replaceAll('\u0000', '|').trim()))
    .map((cells) => ({ printed: cells[1]!, reason: cells[3]! }));

  it('every line set apart by three or more blank lines is a heading, an exhibit title, a list, a caption or a documented omission', () => {
    const body = headingLine(stageHeadings[0]!);
    const candidates = lines.flatMap((l, j) =>
      j > body && j < backMatter && l !== '' && lines.slice(j - 3, j).every((b) => b === '') ? [{ j, l }] : [],
    );
    expect(candidates.length).toBeGreaterThan(40);
    const exhibits = programmes.flatMap((p) => p.exhibits);
    const captions = new Set(exhibits.flatMap((e) => e.captions));
    const unaccounted = candidates.filter(({ j, l }) => {
      if ([...stageHeadings, ...programmeHeadings].includes(l)) return false;
      // A title is its first printing; the same words printed again later are a caption or nothing.
      if (exhibits.some((e) => e.title === l || e.listTitle === l) && lines.indexOf(l, body) === j) return false;
      if (exhibits.some((e) => e.list.length > 0 && l.split('●').slice(1).map((x) => x.trim()).join('\n') === e.list.join('\n'))) return false;
      if (itemsOf(l).every((x) => captions.has(x))) return false;
      return !leftEmpty.some((row) => row.reason !== '' && row.printed.includes(l));
    });
    expect(unaccounted.map(({ j, l }) => `${j + 1}: ${l}`)).toEqual([]);
  });

  it("docs/content.md's caption table is the catalogue's captions, exhibit by exhibit", () => {
    const table = contentDoc
      .slice(contentDoc.indexOf('## Photo captions'), contentDoc.indexOf('## Slogan'))
      .split('\n')
      .filter((l) => /^\| .* \| `[a-z0-9-]+`/.test(l))
      .map((l) => {
        const [, printed, exhibit] = l.split('|').map((c) => c.trim());
        return `${/`([a-z0-9-]+)`/.exec(exhibit!)![1]}: ${printed!.split(' · ').join(' / ')}`;
      });
    expect(table).toEqual(captioned.map(({ e }) => `${e.id}: ${e.captions.join(' / ')}`));
  });
});

describe('English says what the Korean says', () => {
  const pairs: { at: string; ko: string; en: string }[] = [
    ...programmes.flatMap((p) => [
      { at: p.id, ko: p.title.ko, en: p.title.en },
      ...p.exhibits.map((e) => ({ at: `${p.id}.${e.id}`, ko: e.title, en: e.titleEn })),
    ]),
    ...stages.map((s) => ({ at: s.id, ko: s.title.ko, en: s.title.en })),
    ...CATALOGUE.enterprises.map((e) => ({ at: e.id, ko: e.name.ko, en: e.name.en })),
  ];
  const numbers = (s: string) => [...s.matchAll(/\d+/g)].map((m) => m[0]).sort();
  const acronyms = (s: string) => [...s.matchAll(/\b[A-Z]{2,}\b/g)].map((m) => m[0]).sort();

  it('every title keeps the years, numbers and acronyms of its Korean, and adds none', () => {
    expect(pairs.length).toBeGreaterThan(50);
    const off = pairs.filter((p) => numbers(p.ko).join() !== numbers(p.en).join() || !acronyms(p.ko).every((a) => p.en.includes(a)));
    expect(off.map((p) => `${p.at}: ${p.ko} | ${p.en}`)).toEqual([]);
  });
});
