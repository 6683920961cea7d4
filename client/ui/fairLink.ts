import { useCallback } from 'react';
import { useLocation } from 'react-router';
import { withFair } from '../../shared/api/fairLink.ts';
import { fairOfPage } from '../data/fairCut.ts';

export { withFair };

/** The timed fair of the page being rendered ('' = none), from the router's location so server rendering agrees. */
export function usePageFair(): string {
  return fairOfPage(useLocation().search);
}

/** `withFair` for the page being rendered: every link between a fair's pages goes through it. */
export function useFairLink(): (to: string) => string {
  const fair = usePageFair();
  return useCallback((to: string) => withFair(to, fair), [fair]);
}
