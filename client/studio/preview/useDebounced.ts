import { useEffect, useState } from 'react';

/** `value` once it has stayed the same for `ms` (the first value at once): typing redraws the preview after a pause, not per key. */
export function useDebounced<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setShown(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return shown;
}
