/**
 * /f/:slug, a timed fair's page, rendered on the server per request (its status changes with the
 * clock, so it is never kept in the page cache) into the built page template, in the visitor's
 * language, without boot data: no app starts on it (like the landing page). A slug that is not a
 * published fair's falls through to the page renderer, whose answer is the not-found page.
 */
import { Router, type Request } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FairSlugSchema } from '../../shared/api/fairs.ts';
import { asLang, cookieValue, decideLang, langCookie, LANG_COOKIE } from '../../shared/i18n/langChoice.ts';
import { BOOT_ELEMENT_ID } from '../../shared/page/boot.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import type { Repos } from '../db/repos.ts';
import { eventIcs } from '../fairs/ics.ts';
import { placeName, renderFairPage } from '../fairs/page.ts';
import { contentSecurityPolicy } from './securityHeaders.ts';
import { assemblePage, headTags } from './ssrDocument.ts';
import { shareImage } from './ssrShare.ts';
import { loadPageTemplate } from './ssrTemplate.ts';

export interface FairPageOptions {
  clientDir: string;
  repos: Repos | undefined;
  venue: () => Promise<Catalogue>;
  publicUrl: string | undefined;
  now?: () => Date;
}

const originOf = (req: Request, publicUrl: string | undefined) => (publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/+$/, '');

/**
 * The router, or null without a database (no timed fairs). Without a built client there is no
 * template: the address falls through to the shell like every other page.
 */
export function fairPageRoutes({ clientDir, repos, venue, publicUrl, now = () => new Date() }: FairPageOptions): Router | null {
  if (!repos) return null;
  const template = existsSync(join(clientDir, 'index.html')) ? loadPageTemplate(clientDir) : null;
  const r = Router();
  r.get('/f/:slug', async (req, res, next) => {
    if (!template) return next();
    const slug = FairSlugSchema.safeParse(req.params.slug);
    const fair = slug.success ? await repos.fairs.publishedBySlug(slug.data) : null;
    if (!fair) return next();
    const query = typeof req.query.lang === 'string' ? req.query.lang : undefined;
    const cookie = cookieValue(req.headers.cookie, LANG_COOKIE);
    const lang = decideLang({ query, cookie, acceptLanguage: req.headers['accept-language'] });
    if (asLang(query) && query !== cookie) res.append('Set-Cookie', langCookie(lang, req.secure));
    const page = renderFairPage(fair, await venue(), now(), lang);
    const origin = originOf(req, publicUrl);
    const path = `/f/${fair.slug}`;
    const head = headTags({
      lang,
      title: page.title,
      description: page.description,
      shareTitle: page.title,
      siteName: page.siteName,
      url: origin + path,
      alternates: { ko: `${origin}${path}?lang=ko`, en: `${origin}${path}?lang=en` },
      image: shareImage(origin, page.title),
    });
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Language, Cookie',
      'Content-Security-Policy': contentSecurityPolicy([template.styleHash]),
    });
    res.send(assemblePage(template, { lang, head, html: page.html, bootJson: null, bootId: BOOT_ELEMENT_ID }));
  });
  // One event for a visitor's calendar. Answered while the fair is published, whatever its dates.
  r.get('/f/:slug/events/:file', async (req, res, next) => {
    const slug = FairSlugSchema.safeParse(req.params.slug);
    const id = /^([1-9]\d{0,9})\.ics$/.exec(req.params.file)?.[1];
    const fair = slug.success && id !== undefined ? await repos.fairs.publishedBySlug(slug.data) : null;
    const event = fair?.events.find((ev) => String(ev.id) === id);
    if (!fair || !event) return next();
    const lang = asLang(typeof req.query.lang === 'string' ? req.query.lang : undefined) ?? 'ko';
    const origin = originOf(req, publicUrl);
    res.set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="${fair.slug}-${event.id}.ics"`, 'Cache-Control': 'no-cache' });
    res.send(eventIcs({ event, fairTitle: fair.title[lang], place: placeName(await venue(), event, lang), url: `${origin}/f/${fair.slug}`, host: new URL(origin).host, lang, now: now() }));
  });
  return r;
}
