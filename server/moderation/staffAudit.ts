/**
 * The audit log's entry for a staff action taken over HTTP outside moderation (an account change, a
 * booth edit approved or rejected): who from the request's session, what, on what, why.
 */
import type { Request } from 'express';
import type { AuditAction } from '../../shared/api/moderation.ts';
import type { ModerationRepo } from '../db/moderationRepo.ts';
import { principalOf } from '../http/principal.ts';

export async function auditStaff(repo: ModerationRepo, req: Request, action: AuditAction, target: string, reason: string | null = null): Promise<void> {
  const p = principalOf(req);
  if (!p) return; // the route's guard let nobody through without a session: nothing to attribute
  await repo.audit({ actorId: p.accountId, actorName: p.displayName, action, target, reason });
}
