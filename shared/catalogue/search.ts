import type { Catalogue } from '../schemas/catalogue.ts';
import type { Localized } from '../schemas/localized.ts';
import { ENTERPRISE_ZONE_ID, listBooths, listZones } from './booths.ts';
import { filterEnterprises, isFilterActive, type BoothFilter } from './filters.ts';
import { charMatches, foldWords } from './hangul.ts';

export interface SearchHit {
  kind: 'booth' | 'exhibit' | 'zone';
  /** The booth to open: the booth itself, or the booth an exhibit stands in. */
  boothId?: string;
  zoneId: string;
  exhibitId?: string;
  title: Localized;
  score: number;
}

/*
 * Ranking. Match quality comes first (whole title > start of the title or of a word in it > anywhere),
 * then what was found (zones and booths before exhibits, which live inside booths), then a literal
 * match before one that needed 초성, then an earlier position. Ties keep catalogue order.
 */
const QUALITY = { exact: 300, prefix: 200, substring: 100 } as const;
const KIND_BONUS = { zone: 40, booth: 40, exhibit: 0 } as const;
const INITIAL_PENALTY = 20;
const MAX_POSITION_PENALTY = 10;

interface Folded {
  text: string;
  /** Offsets in `text` where a word of the original starts. */
  wordStarts: Set<number>;
}

function fold(text: string): Folded {
  const words = foldWords(text);
  const wordStarts = new Set<number>();
  let at = 0;
  for (const w of words) {
    wordStarts.add(at);
    at += [...w].length;
  }
  return { text: words.join(''), wordStarts };
}

/** Best score of the query against one folded title, or 0 when it does not match. */
function scoreText(title: Folded, query: string[]): number {
  const t = [...title.text];
  let best = 0;
  for (let i = 0; i + query.length <= t.length; i++) {
    let usedInitial = false;
    let ok = true;
    for (let j = 0; j < query.length && ok; j++) {
      const m = charMatches(t[i + j] ?? '', query[j] ?? '');
      if (m === false) ok = false;
      else if (m === 'initial') usedInitial = true;
    }
    if (!ok) continue;
    const quality = i === 0 && query.length === t.length ? QUALITY.exact : title.wordStarts.has(i) ? QUALITY.prefix : QUALITY.substring;
    const score = quality - (usedInitial ? INITIAL_PENALTY : 0) - Math.min(i, MAX_POSITION_PENALTY);
    best = Math.max(best, score);
  }
  return best;
}

function scoreTitle(title: Localized, query: string[]): number {
  return Math.max(scoreText(fold(title.ko), query), scoreText(fold(title.en), query));
}

/**
 * Finds zones, booths and exhibits by Korean or English name. Pure: no DOM, no state; both the
 * world's search box and /list call it with the catalogue they show. With a procurement filter
 * (filters.ts) it finds only the enterprises that match, by name, or every one of them when the
 * query is empty.
 */
export function searchCatalogue(catalogue: Catalogue, query: string, filter: BoothFilter = {}): SearchHit[] {
  const q = [...foldWords(query).join('')];
  if (isFilterActive(filter)) return searchFiltered(catalogue, q, filter);
  if (q.length === 0) return [];
  const hits: SearchHit[] = [];
  const add = (hit: Omit<SearchHit, 'score'>) => {
    const s = scoreTitle(hit.title, q);
    if (s > 0) hits.push({ ...hit, score: s + KIND_BONUS[hit.kind] });
  };

  for (const zone of listZones(catalogue)) add({ kind: 'zone', zoneId: zone.id, title: zone.title });
  for (const booth of listBooths(catalogue)) add({ kind: 'booth', boothId: booth.id, zoneId: booth.zoneId, title: booth.title });
  for (const activity of catalogue.valueChain.activities) {
    for (const stage of activity.stages) {
      for (const programme of stage.programmes) {
        for (const exhibit of programme.exhibits) {
          add({
            kind: 'exhibit',
            boothId: programme.id,
            zoneId: stage.id,
            exhibitId: exhibit.id,
            title: { ko: exhibit.title, en: exhibit.titleEn },
          });
        }
      }
    }
  }
  // Array.prototype.sort is stable, so equal scores keep catalogue order.
  return hits.sort((a, b) => b.score - a.score);
}

function searchFiltered(catalogue: Catalogue, q: string[], filter: BoothFilter): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const e of filterEnterprises(catalogue, filter)) {
    const s = q.length === 0 ? 0 : scoreTitle(e.name, q);
    if (q.length === 0 || s > 0) hits.push({ kind: 'booth', boothId: e.id, zoneId: ENTERPRISE_ZONE_ID, title: e.name, score: s + KIND_BONUS.booth });
  }
  return hits.sort((a, b) => b.score - a.score);
}
