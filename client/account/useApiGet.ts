import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { api, type ApiError } from '../net/api.ts';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ApiError };

/** GET `path` when the component mounts (and on `reload`), parsed with `schema`; a stale answer is dropped. */
export function useApiGet<S extends z.ZodType>(path: string, schema: S): { state: Loaded<z.output<S>>; reload: () => void } {
  const [state, setState] = useState<Loaded<z.output<S>>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    void api.get(path, schema).then((r) => {
      if (current) setState(r.ok ? { status: 'ready', data: r.data } : { status: 'error', error: r.error });
    });
    return () => {
      current = false;
    };
  }, [path, schema, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { state, reload };
}
