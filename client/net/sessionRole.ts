/**
 * Who the hall connection joined as, from the last GET /api/session answer: a signed-in staff
 * account (the session cookie the server reads) joins as role staff with its display name; everyone
 * else as a visitor. The moderation overlay shows for staff only; the room checks the role again
 * on every action anyway.
 */
import { z } from 'zod';
import { create } from 'zustand';

export interface SessionRole {
  role: 'visitor' | 'staff';
  /** The staff member's display name. */
  name: string | null;
  /** The booths a signed-in enterprise member hosts (they may pin its notice from any page). */
  hostOf: readonly string[];
}

export const useSessionRole = create<SessionRole>(() => ({ role: 'visitor', name: null, hostOf: [] }));

const BoothIdsSchema = z.array(z.string().max(64)).max(200);

/** Records what /api/session said (an unexpected shape counts as a visitor). */
export function noteSessionRole(body: { role?: unknown; name?: unknown; hostOf?: unknown }): void {
  const staff = body.role === 'staff';
  const hostOf = BoothIdsSchema.safeParse(body.hostOf);
  useSessionRole.setState({
    role: staff ? 'staff' : 'visitor',
    name: staff && typeof body.name === 'string' ? body.name : null,
    hostOf: hostOf.success ? hostOf.data : [],
  });
}
