/**
 * bench:hall's figures as it prints and records them: a run's result (what the bots measured, what
 * the server's process and metrics showed), which of its figures stand (lib/hallValidity.ts), the
 * line printed per run and the table written into docs/performance.md.
 */
import { receivedShare, validityOf, type RunHealth, type Validity } from './hallValidity.ts';
import { EDIT_EVERY_MS, type WriteCounts } from './studioWrites.ts';

export interface BotResult {
  visitors: number;
  bot_cpu_pct: number;
  bot_loop_lag_p99_ms: number;
  down_bytes_per_s_per_visitor: number;
  /** All bots together over the window. */
  down_bytes: number;
  window_s: number;
  messages_per_s_per_visitor: number;
  server_ticks_per_s: number;
  view_messages_per_s_per_visitor: number;
  latency_samples: number;
  /** Bots whose connection closed before the end. */
  dropped: number;
  watchers: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  moving_share: number;
  at_booth_share: number;
}

export interface Run extends BotResult {
  server_cpu_pct: number;
  /** Of server_cpu_pct, the worker threads' (the embedded database's, on the server's core; with a live, also the SFU's, on core 1). */
  db_worker_cpu_pct: number;
  rss_mb: number;
  /** Ticks the shard ran per second over the window, by the server's own count. */
  server_ran_ticks_per_s: number;
  /** Bytes a second the server wrote to the bots' sockets over the window (full sync only; null for the hall). */
  written_bytes_per_s: number | null;
  /** Booth edits over the window (the --with-writes run only). */
  writes: WriteCounts | null;
  /** The live beside the halls (the --with-live run only): its viewers and the worst one's share of the packets over the window. */
  live: { viewers: number; worst: number; sfu_cpu_pct: number; peers_cpu_pct: number } | null;
}

export const healthOf = (r: Run): RunHealth => ({
  botCpuPct: r.bot_cpu_pct,
  botLagP99Ms: r.bot_loop_lag_p99_ms,
  dropped: r.dropped,
  serverTicksPerS: r.server_ran_ticks_per_s,
  receivedBytesPerS: r.down_bytes / r.window_s,
  writtenBytesPerS: r.written_bytes_per_s,
});

export const r1 = (x: number): number => Math.round(x * 10) / 10;

/** The bots' share of the server's bytes, as a percentage, or why there is none. */
const shareText = (r: Run): string => {
  const share = receivedShare(healthOf(r));
  return share === null ? 'not counted by the server' : `${r1(share * 100)}% of what the server wrote`;
};

function latencyText(r: Run, v: Validity): string {
  const figures = `${r1(r.p50_ms)} / ${r1(r.p95_ms)} / ${r1(r.p99_ms)} ms (${r.watchers} watchers)`;
  return v.latency ? figures : `~~${figures}~~ not valid: the bot process lagged`;
}

/** What the figures were measured under: the window, the warm-up, and the core the live ran on. */
export interface Setting {
  window: string;
  warmup: string;
  liveCore: number;
}

export function figuresTable(s: Setting, hall: Run, base: Run, written: Run | null, writesRatio: number | null, lived: Run | null, liveRatio: number | null, loadBefore: string, loadAfter: string, json: object): string {
  const row = (name: string, r: Run): string =>
    `| ${name} | ${r.visitors} | ${r1(r.server_cpu_pct)}% | ${r1(r.rss_mb)} MB | ${latencyText(r, validityOf(healthOf(r)))} | ` +
    `${r1(r.down_bytes_per_s_per_visitor / 1024)} KB/s (${shareText(r)}) | ${r1(r.view_messages_per_s_per_visitor)} | ${r1(r.server_ran_ticks_per_s)} | ${Math.round(r.moving_share * 100)}% / ${Math.round(r.at_booth_share * 100)}% | ` +
    `${r1(r.bot_cpu_pct)}% (lag p99 ${r1(r.bot_loop_lag_p99_ms)} ms) |`;
  return [
    `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${s.window} s window after ${s.warmup} s warm-up; load average before \`${loadBefore}\`, after \`${loadAfter}\` (2 cores, shared).`,
    '',
    '| room | visitors | server CPU (1 core) | RSS | move→seen p50 / p95 / p99 | down per visitor (bots received) | position frames/s per visitor | server ticks/s | moving / at booths | bot process CPU |',
    '|---|---|---|---|---|---|---|---|---|---|',
    row('`hall` (interest management)', hall),
    ...(written ? [row(`\`hall\`, booth edits every ${EDIT_EVERY_MS} ms`, written)] : []),
    ...(lived ? [row(`\`hall\`, a live with ${lived.live!.viewers} viewers`, lived)] : []),
    row('`hall_fullsync` (baseline)', base),
    '',
    ...(written
      ? [
          `With booth edits landing through PUT /api/studio/booths/:boothId every ${EDIT_EVERY_MS} ms over the window (${written.writes!.acknowledged} acknowledged, ` +
            `${r1(written.writes!.acknowledged / written.window_s)}/s, ${written.writes!.failed} not; slowest ${Math.round(written.writes!.max_ms)} ms), a fresh server, right after the run without: ` +
            `move→seen p95 ${r1(written.p95_ms)} ms against ${r1(hall.p95_ms)} ms${writesRatio === null ? ' (no ratio: a latency does not stand)' : `, ×${writesRatio}`}. ` +
            `Of the server's CPU, the database's worker thread (on the server's core in this bench) used ${r1(written.db_worker_cpu_pct)}% with the edits and ${r1(hall.db_worker_cpu_pct)}% without.`,
          '',
        ]
      : []),
    ...(lived
      ? [
          `With a live on the same server (a 720p VP8 clip at ~1.5 Mbps published from the bench process, ${lived.live!.viewers} werift viewers over loopback; ` +
            `the worst viewer got ${r1(lived.live!.worst * 100)}% of the publisher's packets over the window), a fresh server: ` +
            `move→seen p95 ${r1(lived.p95_ms)} ms against ${r1(hall.p95_ms)} ms${liveRatio === null ? ' (no ratio: a latency does not stand)' : `, ×${liveRatio}`}, ` +
            `${r1(lived.server_ran_ticks_per_s)} ticks/s. Of the server's ${r1(lived.server_cpu_pct)}% CPU, the SFU's worker thread (on core ${s.liveCore}, with the bots, the publisher and the viewers) used ${r1(lived.live!.sfu_cpu_pct)}%, and its worker threads together ${r1(lived.db_worker_cpu_pct)}%; the bench process (publisher and viewers) ${r1(lived.live!.peers_cpu_pct)}%.`,
          '',
        ]
      : []),
    `At the same ${hall.visitors} visitors, full sync sends ×${r1(base.down_bytes_per_s_per_visitor / hall.down_bytes_per_s_per_visitor)} the bytes per visitor of interest management ` +
      `and uses ×${r1(base.server_cpu_pct / hall.server_cpu_pct)} its server CPU (one shared message per tick is the cheapest fan-out there is).`,
    ...[hall, base].map((r) => validityOf(healthOf(r))).flatMap((v, i) => (v.why.length ? [`${i === 0 ? 'Interest management' : 'Full sync'}: ${v.why.join('; ')}.`] : [])),
    ...(written && validityOf(healthOf(written)).why.length ? [`With edits: ${validityOf(healthOf(written)).why.join('; ')}.`] : []),
    ...(lived && validityOf(healthOf(lived)).why.length ? [`With the live: ${validityOf(healthOf(lived)).why.join('; ')}.`] : []),
    '',
    '```json',
    JSON.stringify(json),
    '```',
  ].join('\n');
}

export function report(label: string, r: Run): void {
  const v = validityOf(healthOf(r));
  console.log(
    `[bench:hall] ${label}: ${r.visitors} visitors · server CPU ${r1(r.server_cpu_pct)}% of one core (database worker thread ${r1(r.db_worker_cpu_pct)}%) · RSS ${r1(r.rss_mb)} MB · ` +
      `move→seen p50/p95/p99 ${r1(r.p50_ms)}/${r1(r.p95_ms)}/${r1(r.p99_ms)} ms (${r.latency_samples} samples from ${r.watchers} watchers${v.latency ? '' : '; NOT VALID, the bots lagged'}) · ` +
      `down ${r1(r.down_bytes_per_s_per_visitor / 1024)} KB/s per visitor (${shareText(r)}${v.bytes ? '' : '; NOT VALID'}) · ${r1(r.messages_per_s_per_visitor)} messages/s per visitor ` +
      `(${r1(r.view_messages_per_s_per_visitor)} position frames/s) · server ran ${r1(r.server_ran_ticks_per_s)} ticks/s, bots saw ${r1(r.server_ticks_per_s)} · ` +
      `moving ${Math.round(r.moving_share * 100)}%, at booths ${Math.round(r.at_booth_share * 100)}% · ` +
      `bot process ${r1(r.bot_cpu_pct)}% of its core, loop lag p99 ${r1(r.bot_loop_lag_p99_ms)} ms${v.why.length ? ` — ${v.why.join('; ')}` : ''}`,
  );
}
