/**
 * Who an inquiry at a booth reaches, and which kinds the booth takes: a programme booth is the
 * center's own (no third party), an enterprise booth its enterprise's; purchase inquiries only
 * where the enterprise is eligible for public priority purchase. No zod: the booth pages import it.
 */
import type { BoothDetail } from '../catalogue/booths.ts';
import type { Recipient } from '../privacy/notices.ts';

export interface InquiryTarget {
  recipient: Recipient;
  /** Whether "구매 문의" is offered (and accepted by the server). */
  purchase: boolean;
  /** Whether the booth presents the center's SOS consulting, and so offers to request it (the world's way to it). */
  sos: boolean;
}

/** The brochure's SOS consulting exhibits (sos-consulting, specialist-sos-consulting). */
const SOS_EXHIBIT = /(^|-)sos-consulting$/;

/**
 * `procurement.priorityPurchase` is read defensively: older venues (and catalogues written before
 * the field existed) have no procurement facts at all, which means not eligible.
 */
function priorityPurchase(enterprise: object): boolean {
  const procurement = (enterprise as { procurement?: unknown }).procurement;
  return typeof procurement === 'object' && procurement !== null && (procurement as { priorityPurchase?: unknown }).priorityPurchase === true;
}

export function inquiryTarget(booth: BoothDetail): InquiryTarget {
  if (booth.kind === 'programme') return { recipient: 'center', purchase: false, sos: booth.programme.exhibits.some((e) => SOS_EXHIBIT.test(e.id)) };
  return { recipient: 'enterprise', purchase: priorityPurchase(booth.enterprise), sos: false };
}
