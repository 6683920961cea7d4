import pino from 'pino';

/** Structured JSON logs on stdout. */
export function createLogger(level: string) {
  return pino({ level, base: { service: 'seeot-world' } });
}
export type Logger = ReturnType<typeof createLogger>;
