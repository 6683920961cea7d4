/**
 * The user-visible strings browser tests look for, read from shared/i18n through the same resources
 * the client bundles (client/i18n/resources.ts), never copied: a reworded sentence changes the page
 * and the test together, and a key that disappears fails to typecheck.
 */
import { resources } from '../../client/i18n/resources.ts';
import type { Lang } from '../../shared/schemas/localized.ts';

type Resources = (typeof resources)['ko'];
/** `namespace.key`, e.g. `chat.sendLabel`. */
export type UiKey = { [NS in keyof Resources]: `${NS & string}.${keyof Resources[NS] & string}` }[keyof Resources];

type Vars = Record<string, string | number>;

function template(key: UiKey, lang: Lang): string {
  const [ns, name] = key.split('.') as [keyof Resources, string];
  const text = (resources[lang][ns] as Record<string, string>)[name];
  if (text === undefined) throw new Error(`no ${lang} string for ${key}`);
  return text;
}

/** The string as a visitor reads it, {{placeholders}} filled (i18next's syntax). Korean unless `lang`. */
export function t(key: UiKey, vars: Vars = {}, lang: Lang = 'ko'): string {
  return template(key, lang).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, v: string) => {
    if (!(v in vars)) throw new Error(`${key} needs {{${v}}}`);
    return String(vars[v]);
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern matching text that contains `s` (for assertions whose string form is an exact match). */
export const containing = (s: string): RegExp => new RegExp(escape(s));

/**
 * The string as a pattern, for text with a part the test cannot know (a countdown, a shard's
 * number): each placeholder matches `parts[name]` (a pattern source), or what `vars` fills in.
 */
export function tPattern(key: UiKey, parts: Record<string, string>, vars: Vars = {}, lang: Lang = 'ko'): RegExp {
  const source = template(key, lang)
    .split(/(\{\{\s*\w+\s*\}\})/)
    .map((piece) => {
      const v = /^\{\{\s*(\w+)\s*\}\}$/.exec(piece)?.[1];
      if (v === undefined) return escape(piece);
      if (v in parts) return parts[v]!;
      if (v in vars) return escape(String(vars[v]));
      throw new Error(`${key} needs {{${v}}}`);
    })
    .join('');
  return new RegExp(source);
}
