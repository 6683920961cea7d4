/**
 * Letters drawn like Latin ones that NFKC leaves alone: Cyrillic, Greek, Cherokee, IPA, small
 * capitals and the "negative" squared/circled letters of fancy-text generators. NFKC already folds
 * full-width, mathematical, circled, superscript and squared letters, so they are not listed.
 * A short hand-made table instead of Unicode's confusables.txt (6,000+ entries, most of them
 * irrelevant here): the folding serves staff-name checks and banned-word matching, both Latin or
 * Hangul; a full table would also ship to every browser in the client bundle.
 */

/** Keys are looked up before lower-casing (uppercase Cyrillic В looks like B, its lowercase в does not). */
const TABLE: Readonly<Record<string, string>> = {
  // Cyrillic
  А: 'a', В: 'b', Е: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', У: 'y', Х: 'x',
  Ѕ: 's', І: 'i', Ј: 'j', Ԁ: 'd', Һ: 'h', Ԛ: 'q', Ԝ: 'w', Ү: 'y', Ӏ: 'l',
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ү: 'y', ӏ: 'l', ѵ: 'v',
  // Greek
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x',
  α: 'a', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  // Cherokee capitals (their lowercase forms are added below)
  Ꭰ: 'd', Ꭱ: 'r', Ꭲ: 't', Ꭵ: 'i', Ꭹ: 'y', Ꭺ: 'a', Ꭻ: 'j', Ꭼ: 'e', Ꮃ: 'w', Ꮇ: 'm', Ꮋ: 'h',
  Ꮍ: 'y', Ꮐ: 'g', Ꮒ: 'h', Ꮓ: 'z', Ꮟ: 'b', Ꮢ: 'r', Ꮤ: 'w', Ꮥ: 's', Ꮩ: 'v', Ꮪ: 's', Ꮮ: 'l', Ꮯ: 'c',
  Ꮲ: 'p', Ꮶ: 'k', Ᏼ: 'b',
  // IPA and Latin letters NFKC keeps
  ɑ: 'a', ɡ: 'g', ı: 'i', ȷ: 'j', ǀ: 'l', ɩ: 'i', ɵ: 'o', ʋ: 'u',
  // Small capitals
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l',
  ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ꞯ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};

const CHEROKEE_CAPITALS = 0x13a0;
/** Cherokee capitals U+13A0–U+13EF lower-case to U+AB70–U+ABBF, U+13F0–U+13F5 to U+13F8–U+13FD. */
function cherokeeLower(cp: number): number {
  return cp < 0x13f0 ? cp - CHEROKEE_CAPITALS + 0xab70 : cp + 8;
}

const LOOKALIKE = new Map<string, string>(Object.entries(TABLE));
for (const [ch, latin] of Object.entries(TABLE)) {
  const cp = ch.codePointAt(0)!;
  if (cp >= CHEROKEE_CAPITALS && cp <= 0x13f5) LOOKALIKE.set(String.fromCodePoint(cherokeeLower(cp)), latin);
}
// Negative circled 🅐–🅩 and negative squared 🅰–🆉 capitals (NFKC has no mapping for them).
for (const first of [0x1f150, 0x1f170]) {
  for (let i = 0; i < 26; i++) LOOKALIKE.set(String.fromCodePoint(first + i), String.fromCharCode(0x61 + i));
}

/** The Latin letter `ch` is drawn like, or undefined. `ch` is one code point, not yet lower-cased. */
export function latinLookalike(ch: string): string | undefined {
  return LOOKALIKE.get(ch);
}

/** Digits and symbols written for letters ("4dm1n", "$taff", "sh1t"). */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** The letter a digit or symbol stands for in leetspeak, or undefined. */
export function leetLetter(ch: string): string | undefined {
  return LEET[ch];
}
