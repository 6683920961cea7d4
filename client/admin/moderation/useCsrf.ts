import { useEffect, useState } from 'react';
import { sessionCsrf } from '../../studio/editor/studioApi.ts';

/** The session's CSRF token for this page's writes (null until read, or when signed out). */
export function useCsrf(): string | null {
  const [csrf, setCsrf] = useState<string | null>(null);
  useEffect(() => {
    void sessionCsrf().then(setCsrf);
  }, []);
  return csrf;
}
