/**
 * Where a page shows a booth's replays (다시보기): the section loads in a chunk of its own after the
 * page, never in the server's render, and shows nothing while the booth has none.
 */
import { lazy, Suspense } from 'react';

const loadReplays = () => (import.meta.env.SSR ? Promise.reject(new Error('replays are browser-only')) : import('./Replays.tsx'));
const Replays = lazy(() => loadReplays().then((m) => ({ default: m.Replays })));

export function ReplaysSlot({ boothId, headingLevel }: { boothId: string; headingLevel: 2 | 3 }) {
  return (
    <Suspense fallback={null}>
      <Replays boothId={boothId} headingLevel={headingLevel} />
    </Suspense>
  );
}
