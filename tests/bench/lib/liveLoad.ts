/**
 * A live with viewers watching it, as load beside the halls (bench:hall --with-live, issue 10 §1:
 * media work runs off the event loop that ticks the halls). The first admin (from the setup code in
 * the server's log) invites a booth member, who opens a live; this process publishes bench:live's
 * paced VP8 clip and `viewers` werift peers watch it over loopback; it returns once every viewer has
 * its first picture. worst() is the worst viewer's share of the publisher's packets since mark():
 * the live was really served, not just opened.
 */
import { OpenLiveResponseSchema, PublishResponseSchema } from '../../../shared/api/live.ts';
import { invitedAccount, setupAdmin } from '../../helpers/staffSession.ts';
import { benchPublisher } from './livePeers.ts';
import { joinViewer, LIVE_BOOTH, postJson, type Joined } from './liveRun.ts';
import { packetShare, worstShare, type WindowCount } from './liveSteps.ts';

export interface LiveLoad {
  readonly viewers: number;
  mark(): void;
  worst(): number;
  /** Each viewer's share of the publisher's packets since mark(), lowest first. */
  shares(): number[];
  /** The connection states of the viewers that got under `share` since mark(). */
  statesUnder(share: number): string[][];
  stop(): Promise<void>;
}

export async function startLiveLoad(base: string, log: string, viewers: number, frames: readonly Buffer[], kbps: number): Promise<LiveLoad> {
  const admin = await setupAdmin(base, log, { email: 'bench@example.kr', displayName: '벤치' });
  const member = await invitedAccount(base, admin, { role: 'enterprise', boothId: LIVE_BOOTH, email: 'live@example.kr' });
  const opened = await postJson(`${base}/api/studio/booths/${LIVE_BOOTH}/live`, undefined, member);
  if (opened.status !== 201) throw new Error(`opening the live: ${opened.status} ${await opened.text()}`);
  const { liveId } = OpenLiveResponseSchema.parse(await opened.json()).live;
  const publisher = benchPublisher(frames, kbps);
  const joined: Joined[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(joined.map((v) => v.peer.close()));
    await publisher.close();
  };
  try {
    const published = await postJson(`${base}/api/studio/lives/${liveId}/publish`, { sdp: await publisher.offer() }, member);
    if (published.status !== 200) throw new Error(`publishing: ${published.status} ${await published.text()}`);
    await publisher.accept(PublishResponseSchema.parse(await published.json()).sdp);
    publisher.start();
    // Ten at a time, as visitors arrive, not one burst of handshakes.
    while (joined.length < viewers) joined.push(...(await Promise.all(Array.from({ length: Math.min(10, viewers - joined.length) }, () => joinViewer(base, liveId)))));
    // Watching, not only answered: each has its first whole keyframe before the load beside it starts
    // (a handshake still under way when the bots' joining takes the core would time out).
    for (const deadline = performance.now() + 30_000; joined.some((v) => v.peer.firstKeyframeAt() === null); ) {
      if (performance.now() > deadline) throw new Error(`${joined.filter((v) => v.peer.firstKeyframeAt() === null).length} of ${viewers} viewers had no picture 30 s after joining`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (e) {
    await stop();
    throw e;
  }
  let sent0 = 0;
  /** What the publisher sent and this viewer received since mark(). */
  const counted = (v: Joined): WindowCount => ({ sent: publisher.sent() - sent0, received: v.peer.received() });
  return {
    viewers,
    mark() {
      for (const v of joined) v.peer.mark();
      sent0 = publisher.sent();
    },
    worst: () => worstShare(joined.map(counted)),
    statesUnder: (share) => joined.filter((v) => packetShare(counted(v)) < share).map((v) => v.peer.states()),
    shares: () => joined.map((v) => packetShare(counted(v))).sort((x, y) => x - y),
    stop,
  };
}
