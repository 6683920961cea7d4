import { useEffect, useState } from 'react';
import { clearStaffToken, getStaffToken, staffHeaders } from '../../../net/staffToken.ts';

export interface StaffInfo {
  name: string;
}

/**
 * The staff member behind this tab's token, checked with the server (GET /api/staff/me), or null
 * for visitors and for a token the server refuses (expired, wrong secret). The overlay only
 * appears for a verified token; the room checks the role again on every action anyway.
 */
export function useStaff(): StaffInfo | null {
  const [staff, setStaff] = useState<StaffInfo | null>(null);
  useEffect(() => {
    if (!getStaffToken()) return;
    const ctrl = new AbortController();
    fetch('/api/staff/me', { headers: staffHeaders(), credentials: 'same-origin', signal: ctrl.signal })
      .then(async (res) => {
        if (res.status === 401 || res.status === 403) {
          clearStaffToken();
          return;
        }
        if (!res.ok) return;
        const body = (await res.json()) as { role?: unknown; name?: unknown };
        if (body.role === 'staff') setStaff({ name: typeof body.name === 'string' ? body.name : 'staff' });
      })
      .catch(() => {
        // Offline or aborted: no overlay; a reload tries again.
      });
    return () => ctrl.abort();
  }, []);
  return staff;
}
