/**
 * The consent notices of the inquiry form as data (Korean PIPA art. 15 and 17: for each consent,
 * the purpose, the items collected, how long they are kept, and who receives them), so the form,
 * the /privacy page and the server's check read one list. The sentences are in shared/i18n
 * (inquiry-*, privacy-*), keyed by the names here. No zod: the /privacy page's chunk stays light.
 */
import type { InquiryKind } from '../api/inquiry.ts';

/**
 * Bumped whenever a notice's meaning changes (purpose, items, retention rule, recipient): each
 * inquiry stores the version its sender consented to, and a form opened on an older one is asked
 * to read them again.
 */
export const CONSENT_VERSION = '2026-12-03';

/** Default days an inquiry's personal data is kept (INQUIRY_RETENTION_DAYS overrides it). */
export const DEFAULT_RETENTION_DAYS = 365;

export type ConsentId = 'collection' | 'provision';

/** Who receives an inquiry: the center (programme booths and SOS consulting) or an enterprise (a third party). */
export type Recipient = 'center' | 'enterprise';

/** The personal items a kind of inquiry collects (i18n: inquiry:item_<name>). */
export const ITEMS: Record<InquiryKind, readonly string[]> = {
  consultation: ['name', 'contact', 'message'],
  sos: ['name', 'contact', 'message'],
  purchase: ['name', 'contact', 'message', 'organisation', 'purpose', 'quantity', 'budget', 'wantedBy'],
};

export interface ConsentNotice {
  id: ConsentId;
  /** i18n keys (namespace inquiry) of the purpose and the recipient. */
  purposeKey: string;
  recipientKey: string;
  items: readonly string[];
}

/**
 * The consents an inquiry needs: collection and use always; provision to a third party only when an
 * enterprise receives it (the center answering its own programmes provides nothing to anyone).
 */
export function consentNotices(kind: InquiryKind, recipient: Recipient): ConsentNotice[] {
  const items = ITEMS[kind];
  const collection: ConsentNotice = {
    id: 'collection',
    purposeKey: kind === 'purchase' ? 'purpose_purchase' : 'purpose_consultation',
    recipientKey: 'recipient_center',
    items,
  };
  if (recipient === 'center') return [collection];
  return [collection, { id: 'provision', purposeKey: 'purpose_provision', recipientKey: 'recipient_enterprise', items }];
}
