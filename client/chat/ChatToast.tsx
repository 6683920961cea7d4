import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REJECTION_KEY } from '../../shared/i18n/rejections.ts';
import { useChat, type ChatToast as Toast } from './chatStore.ts';

/** How long a toast stays after its countdown ends (or at all, without one). */
const LINGER_MS = { error: 8000, info: 5000, afterCountdown: 2500 } as const;

/** The sentence's key in the 'chat' namespace: the code's own (shared/i18n/rejections.ts), kinder for two. */
function messageKey(toast: Toast): string {
  if (toast.tone === 'info') return toast.type === 'report' ? 'reportSent' : 'err_unknown';
  if (toast.code === 'rateLimited' && toast.type === 'emote') return 'err_emoteRateLimited';
  if (toast.code === 'rateLimited' && toast.type === 'report') return 'err_reportRateLimited';
  return Object.hasOwn(REJECTION_KEY, toast.code) ? REJECTION_KEY[toast.code as keyof typeof REJECTION_KEY] : 'err_unknown';
}

/**
 * One friendly line about the last refused action, with a live countdown until it would be
 * accepted. The region is always in the page (role=status) so its content is announced politely
 * once; the ticking number is hidden from screen readers, which get the starting value instead.
 */
export function ChatToast() {
  const { t } = useTranslation('chat');
  const toast = useChat((s) => s.toast);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!toast) return;
    const tick = () => {
      const tNow = Date.now();
      setNow(tNow);
      if (toast.retryAt !== null && tNow >= toast.retryAt + LINGER_MS.afterCountdown) useChat.getState().dismissToast();
    };
    tick();
    const iv = window.setInterval(tick, 250);
    const plain = toast.retryAt === null ? window.setTimeout(() => useChat.getState().dismissToast(), LINGER_MS[toast.tone]) : 0;
    return () => {
      window.clearInterval(iv);
      window.clearTimeout(plain);
    };
  }, [toast]);

  let body: { text: string; countdown: string; spoken: string } | null = null;
  if (toast) {
    const text = t(messageKey(toast));
    const remainingMs = toast.retryAt === null ? 0 : Math.max(0, toast.retryAt - now);
    const wait = (ms: number) =>
      toast.code === 'muted' ? t('retryInMinutes', { count: Math.max(1, Math.ceil(ms / 60_000)) }) : t('retryInSeconds', { count: Math.max(1, Math.ceil(ms / 1000)) });
    const countdown = toast.retryAt === null ? '' : remainingMs > 0 ? wait(remainingMs) : t('retryNow');
    const spoken = toast.retryMs === null ? '' : wait(toast.retryMs);
    body = { text, countdown, spoken };
  }

  return (
    <div className="chat-toast-region" role="status">
      {toast && body ? (
        <div key={toast.seq} className={`chat-toast chat-toast--${toast.tone}`} data-code={toast.code}>
          <p className="chat-toast__text">
            {body.text} <span aria-hidden="true">{body.countdown}</span>
            <span className="visually-hidden">{body.spoken}</span>
          </p>
          <button type="button" className="chat-toast__close" aria-label={t('dismiss')} onClick={() => useChat.getState().dismissToast()}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
