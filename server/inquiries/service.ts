/**
 * Inquiries as the server keeps them: a visitor's inquiry checked against the venue and the
 * consent rules, stored with its erasure date, announced by mail; the inboxes read and update
 * them. The actor is already authorised by the route (server/http/inquiries.ts): this service
 * decides what an inquiry is, not who may see it.
 */
import { randomUUID } from 'node:crypto';
import type { InquiryBody, InquiryErrorCode, InquiryReceipt, InquiryRow, InquiryStatus } from '../../shared/api/inquiry.ts';
import { inquiryTarget } from '../../shared/api/inquiryTarget.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CONSENT_VERSION, type Recipient } from '../../shared/privacy/notices.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import type { Lang } from '../../shared/schemas/localized.ts';
import type { InquiriesRepo, InquiryRecord, InquiryScope } from '../db/inquiriesRepo.ts';
import type { Logger } from '../logger.ts';
import type { Mailer } from './mailer.ts';
import { newInquiryMail, receiptMail, type MailedInquiry } from './mails.ts';
import { newReference } from './reference.ts';

const DAY_MS = 24 * 3600_000;
/** Draws of a reference before giving up: a repeat within a day is one in a million per draw. */
const REFERENCE_DRAWS = 5;

export type SubmitResult = { ok: true; receipt: InquiryReceipt } | { ok: false; error: Extract<InquiryErrorCode, 'unknown_booth' | 'consent_required' | 'consent_outdated' | 'purchase_unavailable'> };

export interface InquiryServiceOptions {
  repo: InquiriesRepo;
  /** The merged venue (booths, the center's contacts), as visitors see it now. */
  venue: () => Promise<Catalogue>;
  mailer: Mailer;
  retentionDays: number;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  now?: () => Date;
}

/** A stored inquiry as an inbox shows it. */
export function inquiryRow(r: InquiryRecord): InquiryRow {
  return {
    id: r.id,
    reference: r.reference,
    kind: r.kind,
    boothId: r.boothId,
    status: r.status,
    lang: r.lang,
    name: r.name,
    email: r.email,
    phone: r.phone,
    message: r.message,
    purchase: r.details,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    deleteAfter: r.deleteAfter.toISOString(),
    erasedAt: r.erasedAt?.toISOString() ?? null,
  };
}

export function createInquiryService({ repo, venue, mailer, retentionDays, log, now = () => new Date() }: InquiryServiceOptions) {
  /** Where an inquiry goes, or why it cannot. */
  function route(catalogue: Catalogue, body: InquiryBody, lang: Lang): { recipient: Recipient; boothName: string; recipientName: string } | SubmitResult {
    const center = { boothName: catalogue.center.name.ko, recipientName: lang === 'en' ? catalogue.center.name.en : catalogue.center.name.ko };
    if (body.kind === 'sos' || body.boothId === undefined) return { recipient: 'center', ...center };
    const booth = findBooth(catalogue, body.boothId);
    if (!booth) return { ok: false, error: 'unknown_booth' };
    const target = inquiryTarget(booth);
    if (body.kind === 'purchase' && !target.purchase) return { ok: false, error: 'purchase_unavailable' };
    const boothName = booth.summary.title.ko;
    return { recipient: target.recipient, boothName, recipientName: target.recipient === 'center' ? center.recipientName : booth.summary.title[lang] };
  }

  async function insert(body: InquiryBody, at: Date, deleteAfter: Date): Promise<{ ok: true; reference: string } | { ok: false; error: 'unknown_booth' }> {
    const contact = body.contact;
    for (let draw = 0; draw < REFERENCE_DRAWS; draw++) {
      const reference = newReference(at);
      const r = await repo.insert({
        id: randomUUID(),
        reference,
        boothId: body.kind === 'sos' ? null : (body.boothId ?? null),
        kind: body.kind,
        lang: body.lang,
        name: body.name,
        email: 'email' in contact ? contact.email : null,
        phone: 'phone' in contact ? contact.phone : null,
        message: body.message,
        details: body.purchase ?? null,
        consentedAt: at,
        consentVersion: body.consents.version,
        createdAt: at,
        deleteAfter,
      });
      if (r.ok) return { ok: true, reference };
      // A booth in the venue without a row (a benchmark's fixture booth): nobody could read it.
      if (r.reason === 'unknown_booth') return { ok: false, error: 'unknown_booth' };
    }
    throw new Error(`no free inquiry reference after ${REFERENCE_DRAWS} draws`);
  }

  function announce(q: MailedInquiry, boothId: string | null, centerEmail: string): void {
    if (!mailer.enabled) return;
    // Who answers: the booth's members; staff for sos, and for a booth nobody keeps yet.
    const recipients = boothId === null ? repo.staffEmails() : repo.memberEmails(boothId).then(async (m) => (m.length > 0 ? m : repo.staffEmails()));
    void recipients.then(
      (to) => {
        if (to.length === 0) log.warn({ reference: q.reference }, 'inquiry stored, but nobody has an address to be told at');
        mailer.send(newInquiryMail(q, to));
      },
      (err: unknown) => log.error({ err, reference: q.reference }, 'inquiry stored, but its recipients could not be read'),
    );
    if (q.email !== null) mailer.send(receiptMail({ ...q, email: q.email }, centerEmail));
  }

  return {
    retentionDays,

    async submit(body: InquiryBody): Promise<SubmitResult> {
      const catalogue = await venue();
      const target = route(catalogue, body, body.lang);
      if ('ok' in target) return target;
      // Korean privacy law: collection always, provision to a third party where an enterprise receives it.
      const { consents } = body;
      if (!consents.collection || (target.recipient === 'enterprise' && consents.provision !== true)) return { ok: false, error: 'consent_required' };
      if (consents.version !== CONSENT_VERSION) return { ok: false, error: 'consent_outdated' };
      const at = now();
      const deleteAfter = new Date(at.getTime() + retentionDays * DAY_MS);
      const stored = await insert(body, at, deleteAfter);
      if (!stored.ok) return stored;
      const email = 'email' in body.contact ? body.contact.email : null;
      const phone = 'phone' in body.contact ? body.contact.phone : null;
      const boothId = body.kind === 'sos' ? null : (body.boothId ?? null);
      announce(
        { reference: stored.reference, kind: body.kind, lang: body.lang, name: body.name, email, phone, message: body.message, details: body.purchase ?? null, deleteAfter, boothName: target.boothName, recipientName: target.recipientName },
        boothId,
        catalogue.center.email,
      );
      log.info({ reference: stored.reference, kind: body.kind, boothId }, 'inquiry received');
      return {
        ok: true,
        receipt: { reference: stored.reference, createdAt: at.toISOString(), kind: body.kind, boothId, deleteAfter: deleteAfter.toISOString(), emailed: email !== null && mailer.enabled },
      };
    },

    list: async (scope: InquiryScope): Promise<InquiryRow[]> => (await repo.list(scope)).map(inquiryRow),
    get: (id: string): Promise<InquiryRecord | null> => repo.get(id),
    setStatus: async (id: string, status: InquiryStatus): Promise<InquiryRow | null> => {
      const r = await repo.setStatus(id, status, now());
      return r ? inquiryRow(r) : null;
    },
    unread: (boothId: string): Promise<number> => repo.countNew(boothId),
    /** A visitor asked for deletion before the date: erased now, the anonymous row kept. */
    erase: async (id: string): Promise<InquiryRow | null> => {
      const r = await repo.erase(id, now());
      if (r) log.info({ reference: r.reference }, 'inquiry: personal data erased on request');
      return r ? inquiryRow(r) : null;
    },

    /** The retention job's step: erases what is past its date; how many rows. */
    async eraseExpired(): Promise<number> {
      const n = await repo.eraseExpired(now());
      if (n > 0) log.info({ erased: n }, 'inquiries: personal data past its retention erased');
      return n;
    },
  };
}
export type InquiryService = ReturnType<typeof createInquiryService>;
