/**
 * Where a page shows a booth's live: the player (and the hall connection's code it uses) loads in a
 * chunk of its own after the page, never in the server's render. While the booth is not on air it
 * offers 알림 받기 (LiveAlertButton.tsx).
 */
import { lazy, Suspense } from 'react';

const loadLiveVideo = () => (import.meta.env.SSR ? Promise.reject(new Error('live video is browser-only')) : import('./LiveVideo.tsx'));
const LiveVideo = lazy(() => loadLiveVideo().then((m) => ({ default: m.LiveVideo })));

export function LiveVideoSlot({ boothId, boothName }: { boothId: string; boothName: string }) {
  return (
    <Suspense fallback={null}>
      <LiveVideo boothId={boothId} boothName={boothName} />
    </Suspense>
  );
}
