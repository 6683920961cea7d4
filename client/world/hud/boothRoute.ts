import { useCallback } from 'react';
import { matchPath, useLocation, useNavigate } from 'react-router';
import { boothHref } from '../../ui/boothHref.ts';
import { usePageFair, withFair } from '../../ui/fairLink.ts';

/** History state we put on entries we push, so closing knows it may simply go back. */
interface PushedState {
  seeotWorldPushed?: true;
}

export interface BoothRoute {
  /** The booth whose dialog the URL asks for (/booth/:id), or null on /world. */
  boothId: string | null;
  open(boothId: string): void;
  close(): void;
}

/**
 * The booth dialog lives in the URL: opening pushes /booth/:id so the browser's Back button closes
 * it and the address can be shared. Closing goes back when we pushed the entry (history stays
 * clean) and replaces with /world when the visitor arrived by a deep link (Back would leave the site).
 */
export function useBoothRoute(): BoothRoute {
  const location = useLocation();
  const navigate = useNavigate();
  const fair = usePageFair();
  const match = matchPath('/booth/:id', location.pathname);
  // react-router hands params already decoded.
  const boothId = match?.params.id ?? null;
  const pushed = (location.state as PushedState | null)?.seeotWorldPushed === true;

  const open = useCallback(
    (id: string) => {
      if (id === boothId) return;
      // From one booth to another, replace and keep how the first was reached: Back still closes.
      const state: PushedState = boothId === null || pushed ? { seeotWorldPushed: true } : {};
      void navigate(boothHref(id, 'world', fair), { state, replace: boothId !== null });
    },
    [boothId, pushed, navigate, fair],
  );
  const close = useCallback(() => {
    if (!boothId) return;
    if (pushed) void navigate(-1);
    else void navigate(withFair('/world', fair), { replace: true });
  }, [boothId, pushed, navigate, fair]);

  return { boothId, open, close };
}
