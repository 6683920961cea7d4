import { createContext, useContext } from 'react';
import type { LiveSummary } from '../../shared/api/live.ts';

/**
 * The lives on air as the server read them for the page it renders: the landing page is complete
 * as rendered and never hydrated (server/http/ssr.ts STATIC_PAGES), so its "live now" comes from
 * here, not from a fetch. Null where no server handed any over.
 */
export const ServedLives = createContext<LiveSummary[] | null>(null);

export const useServedLives = (): LiveSummary[] | null => useContext(ServedLives);
