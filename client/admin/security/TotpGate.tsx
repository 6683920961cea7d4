/**
 * STAFF_REQUIRE_TOTP in the browser: while the server says two-step sign-in is required and this
 * account has none, every /admin section sends the browser to /admin/security (the server refuses
 * their API calls with totp_required meanwhile anyway). Otherwise the pages as they are.
 */
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { TotpStateSchema } from '../../../shared/api/secondFactor.ts';
import { useApiGet } from '../../account/useApiGet.ts';

export const SECURITY_PATH = '/admin/security';

export function TotpGate({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const { state, reload } = useApiGet('/api/auth/totp', TotpStateSchema);
  // Read again on every section change: enrolling on /admin/security lifts the gate for the next one.
  useEffect(reload, [pathname, reload]);
  if (state.status === 'ready' && state.data.required && !state.data.enabled && !pathname.startsWith(SECURITY_PATH)) return <Navigate to={SECURITY_PATH} replace />;
  return children;
}
