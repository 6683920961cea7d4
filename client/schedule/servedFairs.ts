import { createContext, useContext } from 'react';
import type { FairsNow } from '../../shared/page/render.ts';

/**
 * The timed fairs open now and coming, as the server read them for the page it renders (the landing
 * page is complete as rendered and never hydrated, so this is only ever the server's). Null where no
 * server handed any over: a page rendered in the browser lists none rather than guess.
 */
export const ServedFairs = createContext<FairsNow | null>(null);

export const useServedFairs = (): FairsNow | null => useContext(ServedFairs);
