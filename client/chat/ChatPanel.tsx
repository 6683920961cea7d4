import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatScope } from '../../shared/chat/rules.ts';
import { useHall } from '../net/hallStore.ts';
import { Announcement } from './Announcement.tsx';
import { BoothPinned } from './BoothPinned.tsx';
import { useMySessionId } from './chatBinding.ts';
import { useChat, type ShownLine } from './chatStore.ts';
import { ChatToast } from './ChatToast.tsx';
import { Composer } from './Composer.tsx';
import { EmoteBar } from './EmoteBar.tsx';
import { KickedNotice } from './KickedNotice.tsx';
import { MessageList } from './MessageList.tsx';
import { ScopeTabs } from './ScopeTabs.tsx';
import { useChatKeys } from './useChatKeys.ts';
import './chat.css';
import './chatControls.css';
import './chatLines.css';

export interface ChatPanelProps {
  view: 'world' | 'list';
  scopes: readonly ChatScope[];
  /** The booth that booth chat talks to: where the visitor stands (world) or reads (list); null: none. */
  booth: { id: string; name: string } | null;
  /** Heading of the panel (the list page names it after the booth conversation). */
  title?: string;
  /** World: Enter belongs to the booth prompt while the visitor stands at a booth. */
  enterIsFree?: () => boolean;
  /** Per-line extra controls (staff delete), from the host view. */
  lineActions?: (line: ShownLine) => ReactNode;
}

/** The keyboard hint in the box only where there is a keyboard (a fine pointer, in practice). */
const keyboardFirst = (): boolean => typeof matchMedia === 'function' && matchMedia('(pointer: fine)').matches;

/** Nearby first in the world (people around you); in /list the booth being read. */
const DEFAULT_SCOPE: Record<ChatPanelProps['view'], ChatScope> = { world: 'nearby', list: 'booth' };

/**
 * The chat panel of both views: scope tabs, the message log, the message box and reactions. In the
 * world it floats over the canvas, folded to a pill with an unread count until opened; in /list it
 * is a section of the booth page. The room binding lives in chatBinding.ts; this only renders.
 */
export function ChatPanel({ view, scopes, booth, title, enterIsFree, lineActions }: ChatPanelProps) {
  const { t } = useTranslation('chat');
  const active = useChat((s) => s.active);
  const open = useChat((s) => s.open);
  const status = useHall((s) => s.status);
  const me = useMySessionId();
  const input = useRef<HTMLInputElement>(null);
  const base = useId();
  const headingId = `${base}-h`;
  const panelId = `${base}-panel`;
  const tabId = (s: ChatScope) => `${base}-tab-${s}`;
  const collapsible = view === 'world';

  useEffect(() => {
    const chat = useChat.getState();
    // The world's panel starts folded into a pill (the world, not an empty log, fills the screen);
    // the pill counts what arrives until the visitor opens it.
    chat.setOpen(!collapsible);
    chat.setActive(scopes.includes(DEFAULT_SCOPE[view]) ? DEFAULT_SCOPE[view] : scopes[0]!);
    // Once per view: the visitor's own tab choice is kept from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view]);

  const focusChat = () => {
    useChat.getState().setOpen(true);
    // The box mounts with the open panel: focus on the next frame.
    requestAnimationFrame(() => input.current?.focus());
  };
  useChatKeys(view === 'world', focusChat, enterIsFree ?? (() => true));

  const unreadTotal = useChat((s) => s.unread.nearby + s.unread.booth + s.unread.hall);
  const connected = status === 'connected';
  const disabledHint = !connected
    ? t(status === 'connecting' || status === 'reconnecting' ? 'connecting' : 'offline')
    : active === 'booth' && !booth
      ? t('boothNone')
      : null;
  const hint = active === 'booth' ? (booth ? t('hint_booth', { booth: booth.name }) : t('boothNone')) : t(`hint_${active}`);

  if (collapsible && !open) {
    return (
      <section className={`chat-panel chat-panel--${view} chat-panel--folded`} aria-label={t('panelLabel')}>
        <button type="button" className="btn-pill chat-fab" aria-expanded={false} onClick={focusChat} aria-label={unreadTotal > 0 ? t('openWithUnread', { count: unreadTotal }) : t('openPlain')}>
          <span aria-hidden="true">{t('openButton')}</span>
          {unreadTotal > 0 ? (
            <span className="chat-fab__badge" aria-hidden="true">
              {unreadTotal > 99 ? '99+' : unreadTotal}
            </span>
          ) : null}
        </button>
        <ChatToast />
      </section>
    );
  }

  return (
    <section className={`chat-panel chat-panel--${view}`} aria-labelledby={headingId} data-scope={active}>
      <div className="chat-panel__header">
        <h2 id={headingId} className="chat-panel__title">
          {title ?? t('panelLabel')}
        </h2>
        {collapsible ? (
          <button type="button" className="btn-pill chat-panel__fold" aria-expanded={true} onClick={() => useChat.getState().setOpen(false)}>
            {t('close')}
          </button>
        ) : null}
      </div>
      <Announcement />
      <ScopeTabs scopes={scopes} active={active} panelId={panelId} tabId={tabId} />
      <div className="chat-panel__body" role="tabpanel" id={panelId} aria-labelledby={tabId(active)}>
        <p className="chat-panel__hint">{hint}</p>
        {active === 'booth' && booth ? <BoothPinned boothId={booth.id} /> : null}
        <MessageList key={active} scope={active} mySessionId={me} id={`${panelId}-log`} label={t('logLabel', { scope: t(`scope_${active}`) })} lineActions={lineActions} />
      </div>
      <ChatToast />
      {status === 'kicked' ? (
        <KickedNotice />
      ) : (
        <>
          <Composer
            scope={active}
            disabledHint={disabledHint}
            placeholder={view === 'world' && keyboardFirst() ? t('placeholderWorld') : t('placeholderList')}
            inputRef={input}
            onEscape={view === 'world' ? () => input.current?.blur() : undefined}
          />
          <EmoteBar disabled={!connected} />
        </>
      )}
    </section>
  );
}
