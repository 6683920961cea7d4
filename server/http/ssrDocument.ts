/**
 * The text of a server-rendered page: escaping for HTML and for JSON inside a <script>, the <head>
 * tags a page and its link previews carry, and the page assembled into the built index.html.
 */
import { FONT_FACES_ELEMENT_ID } from '../../shared/page/fontFacesElement.ts';
import type { Lang } from '../../shared/schemas/localized.ts';
import type { PageTemplate } from './ssrTemplate.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON that cannot end the <script> it sits in or open a comment there: `<`, `>` and `&` become
 * \u escapes (JSON.parse reads them back as the same characters), so a venue text such as
 * `</script><script>…` stays text. U+2028/2029 are escaped too, for any reader that evaluates it.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** og:locale per language (Open Graph wants language_TERRITORY). */
const OG_LOCALE: Record<Lang, string> = { ko: 'ko_KR', en: 'en_US' };

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface PageHead {
  lang: Lang;
  title: string;
  description: string;
  shareTitle: string;
  siteName: string;
  /** Absolute URL of this page (og:url, canonical). */
  url: string;
  /** Absolute URL of this page in each language (?lang=), for hreflang alternates. */
  alternates: Record<Lang, string>;
  image: ShareImage;
  /** Keep the page out of search engines (private pages). */
  noindex?: boolean;
}

/** Title, description, canonical and language alternates, Open Graph (KakaoTalk, Facebook …) and Twitter cards. */
export function headTags(h: PageHead): string {
  const meta = (attr: 'name' | 'property', key: string, content: string | number): string =>
    `<meta ${attr}="${key}" content="${escapeHtml(String(content))}" />`;
  const other: Lang = h.lang === 'ko' ? 'en' : 'ko';
  return [
    `<title>${escapeHtml(h.title)}</title>`,
    meta('name', 'description', h.description),
    ...(h.noindex ? [meta('name', 'robots', 'noindex, nofollow')] : []),
    `<link rel="canonical" href="${escapeHtml(h.url)}" />`,
    ...(['ko', 'en'] as const).map((l) => `<link rel="alternate" hreflang="${l}" href="${escapeHtml(h.alternates[l])}" />`),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', h.siteName),
    meta('property', 'og:locale', OG_LOCALE[h.lang]),
    meta('property', 'og:locale:alternate', OG_LOCALE[other]),
    meta('property', 'og:title', h.shareTitle),
    meta('property', 'og:description', h.description),
    meta('property', 'og:url', h.url),
    meta('property', 'og:image', h.image.url),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', h.image.width),
    meta('property', 'og:image:height', h.image.height),
    meta('property', 'og:image:alt', h.image.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', h.shareTitle),
    meta('name', 'twitter:description', h.description),
    meta('name', 'twitter:image', h.image.url),
  ].join('\n    ');
}

/**
 * The page's font faces (ssrFonts.ts), declared only after the first paint. Lighthouse's simulation
 * of a slow phone counts every font file that arrived before the paint it observed as needed for that
 * paint (fonts load at the highest priority), so a page whose faces are declared up front read its
 * LCP 0.5–1 s later whenever the local paint came late. Inside <noscript>, the faces are text to a
 * browser running scripts (client/start.ts loads them once the page has been drawn in the fallback
 * font, which takes the same room) and a stylesheet to one that does not (the CSP hash of `faces`
 * allows it).
 */
export function fontFacesTag(faces: string): string {
  return `<noscript id="${FONT_FACES_ELEMENT_ID}"><style>${faces}</style></noscript>`;
}

export interface PageParts {
  lang: Lang;
  /** headTags(), plus the page's own font faces (fontFacesTag), if any. */
  head: string;
  /** The root's server-rendered HTML, or null for the shell the browser renders. */
  html: string | null;
  /** The <script type="application/json"> boot data, already escaped (jsonForScript); null for a page no app starts on. */
  bootJson: string | null;
  bootId: string;
}

/** The whole document: the template with this page's language, head, root and boot data. */
export function assemblePage(template: PageTemplate, p: PageParts): string {
  return template.fill({
    lang: p.lang,
    head: p.head,
    // The pages the server renders work without JavaScript; only the world's shell says it needs it.
    noscript: p.html === null ? template.noscript : '',
    root: `<div id="root">${p.html ?? ''}</div>${p.bootJson === null ? '' : `\n    <script type="application/json" id="${p.bootId}">${p.bootJson}</script>`}`,
  });
}
