/** UI strings: namespace → key → text. Flat keys inside a namespace keep the completeness test simple. */
export type Namespaces = Record<string, Record<string, string>>;

/** The same namespaces and keys as `T`, each a string: a translation must cover every key. */
export type TranslationOf<T extends Namespaces> = { [NS in keyof T]: { [K in keyof T[NS]]: string } };
