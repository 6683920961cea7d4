/**
 * Twice a second: booth occupancy of this shard (avatars at booths plus /list readers), its booth
 * hosts (an enterprise member's avatar at a booth they keep: the same "at booth" as booth chat),
 * this shard's counts to the hall bus, hall-wide totals into state, and chat history for visitors
 * whose booth changed. One pass over the seats; state fields are only written when they changed, so an
 * unchanged hall costs no patch bytes.
 */
import type { MapSchema } from '@colyseus/schema';
import type { HallState } from './state.ts';
import type { HallHub } from './hub.ts';
import { NO_SLOT } from './seats.ts';

function syncCounts(map: MapSchema<number>, counts: Readonly<Record<string, number>>): void {
  for (const id of [...map.keys()]) if (!(id in counts)) map.delete(id);
  for (const [id, n] of Object.entries(counts)) if (map.get(id) !== n) map.set(id, n);
}

export class Occupancy {
  readonly #counts: Uint16Array;

  constructor(booths: number) {
    this.#counts = new Uint16Array(booths);
  }

  update(hub: HallHub, state: HallState): void {
    const counts = hub.sim.boothCounts(this.#counts);
    const hosts: Record<string, number> = {};
    for (const seat of hub.seats.values()) {
      let hosting = '';
      if (seat.slot === NO_SLOT) {
        if (seat.listBooth >= 0) counts[seat.listBooth]!++;
      } else if (seat.client) {
        const b = hub.sim.boothOf[seat.slot]!;
        const at = b >= 0 ? hub.layout.booths[b]?.id : undefined;
        if (at !== undefined && seat.hostOf.includes(at)) {
          hosting = at;
          hosts[at] = (hosts[at] ?? 0) + 1;
        }
        if (b === seat.historyBooth) seat.pendingBooth = b;
        else if (b === seat.pendingBooth) hub.sendHistory(seat, b, false); // still there ½ s later
        else seat.pendingBooth = b;
      }
      const entry = state.roster.get(seat.sessionId);
      if (entry && entry.hosting !== hosting) entry.hosting = hosting;
    }
    const booths: Record<string, number> = {};
    hub.layout.booths.forEach((b, i) => {
      if (counts[i]! > 0) booths[b.id] = counts[i]!;
    });
    syncCounts(state.booths, booths);
    hub.bus.reportCounts({ visitors: hub.seats.size, booths, hosts });
    const totals = hub.bus.totals();
    if (state.hallVisitors !== totals.visitors) state.hallVisitors = totals.visitors;
    if (state.hallShards !== totals.shards) state.hallShards = totals.shards;
    syncCounts(state.hallBooths, totals.booths);
    syncCounts(state.hallHosts, totals.hosts);
  }
}
