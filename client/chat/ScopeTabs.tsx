import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatScope } from '../../shared/chat/rules.ts';
import { useChat } from './chatStore.ts';

export interface ScopeTabsProps {
  scopes: readonly ChatScope[];
  active: ChatScope;
  panelId: string;
  tabId: (scope: ChatScope) => string;
}

/**
 * Nearby / booth / everyone as an ARIA tab list: arrow keys move between tabs (and select), Tab
 * goes on into the messages. A tab with unseen lines shows their count.
 */
export function ScopeTabs({ scopes, active, panelId, tabId }: ScopeTabsProps) {
  const { t } = useTranslation('chat');
  const unread = useChat((s) => s.unread);
  const refs = useRef(new Map<ChatScope, HTMLButtonElement>());

  const onKeyDown = (e: KeyboardEvent) => {
    const i = scopes.indexOf(active);
    const next =
      e.key === 'ArrowRight' ? scopes[(i + 1) % scopes.length] : e.key === 'ArrowLeft' ? scopes[(i - 1 + scopes.length) % scopes.length] : e.key === 'Home' ? scopes[0] : e.key === 'End' ? scopes[scopes.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    useChat.getState().setActive(next);
    refs.current.get(next)?.focus();
  };

  return (
    <div className="chat-tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onKeyDown}>
      {scopes.map((scope) => {
        const selected = scope === active;
        const n = selected ? 0 : unread[scope];
        return (
          <button
            key={scope}
            ref={(el) => {
              if (el) refs.current.set(scope, el);
              else refs.current.delete(scope);
            }}
            id={tabId(scope)}
            type="button"
            role="tab"
            className="chat-tabs__tab"
            aria-selected={selected}
            aria-controls={selected ? panelId : undefined}
            tabIndex={selected ? 0 : -1}
            data-scope={scope}
            onClick={() => useChat.getState().setActive(scope)}
          >
            {t(`scope_${scope}`)}
            {n > 0 ? (
              <span className="chat-tabs__badge">
                <span aria-hidden="true">{n > 99 ? '99+' : n}</span>
                <span className="visually-hidden">{t('unreadBadge', { count: n })}</span>
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
