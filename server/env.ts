import { z } from 'zod';
import { TrustProxySchema } from './net/clientAddress.ts';

/** An origin exactly as a browser sends it in the Origin header: no path, no trailing slash, no default port. */
const UrlOrigin = z
  .url({ protocol: /^https?$/ })
  .refine((s) => new URL(s).origin === s, 'each must be an origin as browsers send it: scheme://host[:port], lowercase, no path or trailing slash');

/** Every environment variable the server reads, parsed once at boot. A bad value stops the process. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(2567).describe('HTTP and WebSocket port'),
  HOST: z.string().min(1).default('0.0.0.0').describe('Interface to listen on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('pino log level'),
  PUBLIC_URL: z.url().optional().describe('Public base URL, used in Open Graph tags'),
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('production')
    .describe('Mode for express and the libraries that read it; `npm run dev` sets development'),
  SEEOT_FIXTURE_BOOTHS: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .describe('Benchmarks only: serve the catalogue padded with fixture enterprise booths to this many booths'),
  SESSION_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe('HMAC key for guest cookies and role tokens; unset: generated once into DATA_DIR (required with REDIS_URL)'),
  DATA_DIR: z.string().min(1).optional().describe('Directory for generated local state (session secret, the embedded database); default .data/ under the repo root'),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, hostname: /./, error: 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379' })
    .optional()
    .describe('Redis for presence/matchmaking across processes; unset: one process, in memory'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, hostname: /./, error: 'must be a postgres:// or postgresql:// URL, e.g. postgres://seeot:password@127.0.0.1:5432/seeot' })
    .optional()
    .describe('PostgreSQL for the venue (required with REDIS_URL: every process shares it); unset: the embedded PGlite database under DATA_DIR'),
  PUBLIC_ADDRESS: z
    .string()
    .regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}(\/[A-Za-z0-9._~\-/]*)?$/, 'host:port[/path]')
    .optional()
    .describe('With REDIS_URL: this process as clients reach it (host:port[/path]), each process its own; default HOST:PORT (the hostname when HOST is 0.0.0.0)'),
  BANNED_WORDS: z
    .string()
    .optional()
    .describe('Comma-separated words masked in chat, added to the built-in list in server/chat/bannedWords.ts'),
  HALL_SHARD_CAPACITY: z.coerce
    .number()
    .int()
    .min(2)
    .max(4096)
    .default(1000)
    .describe('Visitors per hall shard; above 80% new joiners go to another shard (invites may fill it)'),
  TRUST_PROXY: TrustProxySchema.optional().describe(
    'Reverse proxies whose X-Forwarded-For is believed: comma-separated IPs, CIDRs and/or loopback (e.g. 127.0.0.1); unset: the client address is the TCP peer',
  ),
  // Same list syntax as TRUST_PROXY (IPs, CIDRs, loopback).
  ADDRESS_LIMITS_EXEMPT: TrustProxySchema.optional().describe(
    'Client addresses that skip the per-address limits (sessions, matchmaking, chat share), e.g. the venue network hundreds share, or loopback for load tests; per-visitor limits still apply',
  ),
  HALL_FULLSYNC_ROOM: z
    .enum(['0', '1'])
    .default('0')
    .transform((v) => v === '1')
    .describe('Benchmarks only: also register the hall_fullsync room (no interest management) as a baseline'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()).filter((o) => o !== ''))
    .pipe(z.array(UrlOrigin))
    .describe('Comma-separated origins (scheme://host[:port]) other than the app itself allowed to call it with credentials; unset: same origin only'),
  METRICS_TOKEN: z
    .string()
    .min(24, 'must be at least 24 characters')
    .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')
    .optional()
    .describe('Bearer token a scraper sends to GET /metrics; unset: /metrics answers 404'),
  STAFF_REQUIRE_TOTP: z
    .enum(['0', '1'])
    .default('0')
    .transform((v) => v === '1')
    .describe('1: staff (admins and moderators) must turn on two-step sign-in (TOTP) before /admin and the staff API work; 0: it is their choice'),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, hostname: /./, error: 'must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.kr:465' })
    .optional()
    .describe('Mail server for inquiry notices and visitor receipts (smtp://, or smtps:// for TLS from the start); unset: no mail is sent'),
  MAIL_FROM: z
    .string()
    .regex(/^([^<>@\r\n]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, 'an address, or "Name <address>"')
    .default('시웃월드 <no-reply@localhost>')
    .describe('Sender of inquiry mails: an address, or "Name <address>" (the mail server must accept it)'),
  INQUIRY_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(365)
    .describe("Days an inquiry's personal data is kept before the retention job erases it (the consent notices state it)"),
  ORDERS_MODE: z
    .enum(['fast', 'baseline'])
    .default('fast')
    .describe('How orders reserve stock: fast gathers the orders of one listing arriving together into one transaction (group commit); baseline runs one transaction per order (bench:orders compares them)'),
  ANALYTICS: z
    .enum(['on', 'off'])
    .default('on')
    .describe('Booth analytics measured in the halls (visits, dwell, heatmap, booth events; daily salted visitor hashes only), written to the database in batches; off: nothing is counted (bench:analytics compares them)'),
  LIVE_MAX_VIEWERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(10000)
    .default(50)
    .describe("Viewers one live may have on this process's SFU; the next is refused with liveFull (503)"),
  LIVE_ICE_ADDRESSES: z
    .string()
    .default('127.0.0.1')
    .transform((s) => s.split(',').map((a) => a.trim()).filter((a) => a !== ''))
    .pipe(z.array(z.union([z.ipv4(), z.ipv6()])).min(1, 'at least one address'))
    .describe("Comma-separated IP addresses the SFU offers as its ICE host candidates: the machine's address browsers can reach (its public IP); default loopback (tests, one machine)"),
  LIVE_ICE_INTERFACES: z
    .enum(['0', '1'])
    .default('0')
    .transform((v) => v === '1')
    .describe("1: the SFU also offers every address of the machine's own interfaces as candidates; 0: only LIVE_ICE_ADDRESSES"),
  LIVE_ICE_PORTS: z
    .string()
    .regex(/^\d{4,5}-\d{4,5}$/, 'min-max, e.g. 40000-40999')
    .transform((s) => s.split('-').map(Number) as [number, number])
    .refine(([a, b]) => a >= 1024 && a < b && b <= 65535, 'a range within 1024-65535, min below max')
    .optional()
    .describe('UDP ports the SFU uses for media (min-max), to open in a firewall; unset: any free port'),
  LIVE_HLS: z
    .enum(['on', 'off'])
    .default('on')
    .describe("on: each live is also encoded by ffmpeg (the @ffmpeg-installer/ffmpeg binary, else ffmpeg on PATH) into an HLS rendition for viewers over LIVE_MAX_VIEWERS and recorded as DATA_DIR/lives/<liveId>/replay.mp4; off, or no ffmpeg: WebRTC only, nothing recorded"),
});
export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const r = EnvSchema.safeParse(source);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(source[String(i.path[0])])})`);
  throw new EnvError(`Invalid environment variable(s):\n${lines.join('\n')}`);
}
