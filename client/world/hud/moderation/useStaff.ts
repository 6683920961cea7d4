import { useSessionRole } from '../../../net/sessionRole.ts';

export interface StaffInfo {
  name: string;
}

/**
 * The staff member this page joined the hall as (a signed-in admin or moderator: /api/session read
 * their session cookie and issued a staff join token), or null for visitors.
 */
export function useStaff(): StaffInfo | null {
  const role = useSessionRole((s) => s.role);
  const name = useSessionRole((s) => s.name);
  return role === 'staff' ? { name: name ?? 'staff' } : null;
}
