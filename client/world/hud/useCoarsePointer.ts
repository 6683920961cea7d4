import { useMediaQuery } from './useMediaQuery.ts';

/** True on touch-first devices (phones, tablets): show the joystick and touch help instead of keys. */
export function useCoarsePointer(): boolean {
  return useMediaQuery('(pointer: coarse)');
}
