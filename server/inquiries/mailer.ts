/**
 * Outgoing mail over SMTP_URL with nodemailer, queued: a request hands its messages over and
 * answers at once; they are sent one after another in the background, each retried a few times
 * with growing pauses, every failure logged (never the message body: it holds personal data).
 * Without SMTP_URL nothing is sent, and boot logs that once.
 *
 * The queue lives in memory: a process that stops with mail queued loses it (logged at close).
 * The inquiry itself is already stored and shows in the inbox, so the enterprise still learns of it.
 */
import nodemailer from 'nodemailer';
import type { Logger } from '../logger.ts';

export interface MailMessage {
  to: string[];
  subject: string;
  /** Plain text only: what visitors typed is never interpreted as HTML by a mail client. */
  text: string;
  /** For the log: what kind of mail this is (never its content). */
  tag: string;
}

export interface Mailer {
  /** Whether mail is sent at all (SMTP_URL set). */
  readonly enabled: boolean;
  /** Queues a message; never throws, never waits. */
  send(message: MailMessage): void;
  /** Resolves once the queue is empty (tests; shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Pauses before the second, third and fourth attempt: a mail server restarting has time to come back. */
export const DEFAULT_RETRY_DELAYS_MS = [2_000, 15_000, 60_000] as const;

/** The smallest transport nodemailer's queue needs (its Mail object fits; tests may pass their own). */
export interface Transport {
  sendMail(m: { from: string; to: string[]; subject: string; text: string }): Promise<unknown>;
  close(): void;
}

export interface MailerOptions {
  smtpUrl: string | undefined;
  from: string;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  retryDelaysMs?: readonly number[];
  transport?: Transport;
}

export function createMailer({ smtpUrl, from, log, retryDelaysMs = DEFAULT_RETRY_DELAYS_MS, transport }: MailerOptions): Mailer {
  if (!smtpUrl && !transport) {
    log.info('mail off: inquiries are stored and shown in the inbox, and an enterprise import shows its invitation links, but no mail is sent until SMTP_URL is set');
    return { enabled: false, send: () => {}, idle: () => Promise.resolve(), close: () => Promise.resolve() };
  }
  const smtp: Transport = transport ?? nodemailer.createTransport(smtpUrl!);
  const queue: MailMessage[] = [];
  let running: Promise<void> | null = null;
  let closed = false;
  /** Pending pauses between attempts, ended early at close. */
  const pauses = new Map<NodeJS.Timeout, () => void>();

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        pauses.delete(t);
        resolve();
      }, ms);
      pauses.set(t, resolve);
    });

  async function deliver(m: MailMessage): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await smtp.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
        log.info({ mail: m.tag, recipients: m.to.length, attempt: attempt + 1 }, 'mail sent');
        return;
      } catch (err) {
        const delay = retryDelaysMs[attempt];
        const line = { mail: m.tag, recipients: m.to.length, attempt: attempt + 1, error: (err as Error).message };
        if (delay === undefined || closed) {
          log.error(line, 'mail not sent: gave up');
          return;
        }
        log.warn({ ...line, retryInMs: delay }, 'mail not sent: will retry');
        await pause(delay);
        if (closed) {
          log.error(line, 'mail not sent: the server stopped before the next attempt');
          return;
        }
      }
    }
  }

  async function drain(): Promise<void> {
    for (let m = queue.shift(); m; m = queue.shift()) await deliver(m);
    running = null;
  }

  return {
    enabled: true,
    send(message) {
      if (closed || message.to.length === 0) return;
      queue.push(message);
      running ??= drain();
    },
    idle: () => running ?? Promise.resolve(),
    async close() {
      closed = true;
      if (queue.length > 0) log.warn({ queued: queue.length }, 'mail not sent: the server stopped with mail queued');
      queue.length = 0;
      for (const [t, resolve] of pauses) {
        clearTimeout(t);
        resolve();
      }
      pauses.clear();
      smtp.close();
    },
  };
}
