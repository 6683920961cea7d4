/**
 * Who the hall connection joined as, from the last GET /api/session answer: a signed-in staff
 * account (the session cookie the server reads) joins as role staff with its display name; everyone
 * else as a visitor. The moderation overlay shows for staff only; the room checks the role again
 * on every action anyway.
 */
import { create } from 'zustand';

export interface SessionRole {
  role: 'visitor' | 'staff';
  /** The staff member's display name. */
  name: string | null;
}

export const useSessionRole = create<SessionRole>(() => ({ role: 'visitor', name: null }));

/** Records what /api/session said (an unexpected shape counts as a visitor). */
export function noteSessionRole(body: { role?: unknown; name?: unknown }): void {
  const staff = body.role === 'staff';
  useSessionRole.setState({ role: staff ? 'staff' : 'visitor', name: staff && typeof body.name === 'string' ? body.name : null });
}
