import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EMOTE_KINDS } from '../../shared/protocol/clientMessages.ts';
import { sendEmote } from './chatBinding.ts';
import { removeReaction, useChat, type Reaction } from './chatStore.ts';
import { EmoteIcon } from './EmoteIcon.tsx';

/** How long a reaction floats before it goes; the CSS animation lasts the same. */
const FLOAT_MS = 1800;

function Floating({ r }: { r: Reaction }) {
  useEffect(() => {
    const id = window.setTimeout(() => removeReaction(r.id), FLOAT_MS);
    return () => window.clearTimeout(id);
  }, [r.id]);
  // Spread them a little so a burst of hearts does not stack into one.
  const offset = ((r.id * 37) % 60) - 30;
  return (
    <span className={`chat-reaction${r.mine ? ' chat-reaction--mine' : ''}`} style={{ '--dx': `${offset}px` } as React.CSSProperties}>
      <EmoteIcon kind={r.kind} size={26} />
    </span>
  );
}

/**
 * Hearts and a few other reactions. Others see them on the avatar (the world draws those); here
 * they float up from the bar, for the sender as feedback and in /list where there are no avatars.
 * The floating ones are decoration only (aria-hidden): the buttons carry the names.
 */
export function EmoteBar({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('chat');
  const reactions = useChat((s) => s.reactions);
  return (
    <div className="chat-emotes">
      <div className="chat-emotes__bar" role="group" aria-label={t('reactionsLabel')}>
        {EMOTE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`chat-emotes__button chat-emotes__button--${kind}`}
            aria-label={t(`emote_${kind}`)}
            title={t(`emote_${kind}`)}
            data-emote={kind}
            disabled={disabled}
            onClick={() => sendEmote(kind)}
          >
            <EmoteIcon kind={kind} />
          </button>
        ))}
      </div>
      <div className="chat-reactions" aria-hidden="true">
        {reactions.map((r) => (
          <Floating key={r.id} r={r} />
        ))}
      </div>
    </div>
  );
}
