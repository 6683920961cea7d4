/**
 * The inquiry form's two calls: the policy its notices state, and sending. Answers are parsed with
 * the contract's zod schemas (shared/api/inquiry.ts); every failure is a code the form turns into a
 * sentence (shared/i18n inquiry-*), never a throw. Loaded with the form, not with the page.
 */
import {
  InquiryErrorSchema,
  InquiryPolicySchema,
  InquiryReceiptSchema,
  type FieldErrorCode,
  type InquiryBodyInput,
  type InquiryErrorCode,
  type InquiryPolicy,
  type InquiryReceipt,
} from '../../shared/api/inquiry.ts';

export type SendFailure = {
  /** A server code, or `network` (no answer, or one that is not the API's). */
  error: InquiryErrorCode | 'network';
  fields?: Record<string, FieldErrorCode>;
  retryAfterMs?: number;
};

export type SendResult = { ok: true; receipt: InquiryReceipt } | ({ ok: false } & SendFailure);

/** Sends the form as typed (the server parses it again): the receipt, or why not. */
export async function sendInquiry(body: InquiryBodyInput): Promise<SendResult> {
  let res: Response;
  try {
    res = await fetch('/api/inquiries', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, error: 'network' };
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.status === 201) {
    const receipt = InquiryReceiptSchema.safeParse(json);
    return receipt.success ? { ok: true, receipt: receipt.data } : { ok: false, error: 'network' };
  }
  const refusal = InquiryErrorSchema.safeParse(json);
  if (!refusal.success) return { ok: false, error: 'network' };
  const out: SendResult = { ok: false, error: refusal.data.error };
  if (refusal.data.fields) out.fields = refusal.data.fields;
  if (refusal.data.retryAfterMs !== undefined) out.retryAfterMs = refusal.data.retryAfterMs;
  return out;
}

/** What the server's notices state (its retention); null when it cannot be read (the page keeps its default). */
export async function fetchPolicy(): Promise<InquiryPolicy | null> {
  try {
    const res = await fetch('/api/inquiries/policy', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!res.ok) return null;
    const p = InquiryPolicySchema.safeParse(await res.json());
    return p.success ? p.data : null;
  } catch {
    return null;
  }
}
