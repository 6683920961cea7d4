import pino from 'pino';

/** Structured JSON logs on stdout. */
export function createLogger(level: string) {
  return pino({ level, base: { service: 'seeot-world' } });
}
export type Logger = ReturnType<typeof createLogger>;

/**
 * ws' messages for a frame the protocol or `maxPayload` forbids (ws/lib/receiver.js). ws has
 * already closed that socket with the matching code (1009 for an oversize frame).
 */
const REFUSED_FRAME = /^(Invalid WebSocket frame: |Unsupported WebSocket frame: |Max payload size exceeded|Too many (buffered chunks|message fragments))/;

/** Colyseus logs console-style (`warn('RedisPresence: sub connection error:', e.message)`); pino would drop every argument after the first. */
function line(args: unknown[]): string {
  return args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? (a.stack ?? a.message) : JSON.stringify(a))).join(' ');
}

/**
 * The logger handed to Colyseus. Its WebSocket transport reports a client's refused frame (most
 * often one above `maxPayload`, from a socket that joined or not) as an error with a stack trace,
 * though the server is fine and ws has closed that socket: here it is a warn-level one-liner.
 */
export function colyseusLogger(log: Logger) {
  // Formatting only for enabled levels: Colyseus passes whole room states to debug().
  const at = (level: 'trace' | 'debug' | 'info' | 'warn') => (...args: unknown[]) => {
    if (log.isLevelEnabled(level)) log[level](line(args));
  };
  return {
    trace: at('trace'),
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: (...args: unknown[]) => {
      const message = line(args);
      const refused = REFUSED_FRAME.exec(message) ? message.split('\n', 1)[0] : undefined;
      if (refused) log.warn({ reason: refused }, 'WebSocket frame refused: connection closed');
      else log.error(message);
    },
  };
}
