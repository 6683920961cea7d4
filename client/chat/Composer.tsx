import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_MAX_CODE_POINTS, sanitizeChatText, type ChatScope } from '../../shared/chat/rules.ts';
import { sendChat } from './chatBinding.ts';
import { showLocalError, useChat } from './chatStore.ts';

export interface ComposerProps {
  scope: ChatScope;
  /** Why this scope cannot be written to right now (booth chat away from a booth), or null. */
  disabledHint: string | null;
  placeholder: string;
  inputRef: React.RefObject<HTMLInputElement | null>;
  /** Esc in the box: hand the keyboard back (to walking, in the world). */
  onEscape?: () => void;
}

const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s.normalize('NFC')) n++;
  return n;
};

/**
 * One line of text and a send button. Enter sends, except while an IME is composing a syllable
 * (Korean: the Enter that commits "안" must not also send "안"): `isComposing`, or keyCode 229 which
 * some browsers (Safari) send for that Enter after compositionend.
 */
export function Composer({ scope, disabledHint, placeholder, inputRef, onEscape }: ComposerProps) {
  const { t } = useTranslation('chat');
  const [text, setText] = useState('');
  const composing = useRef(false);
  const restore = useChat((s) => s.restoreText);
  const counterId = useId();
  const hintId = useId();
  const inputId = useId();

  // A refused line comes back into an empty box, so nothing typed is lost.
  useEffect(() => {
    if (restore === null) return;
    setText((cur) => (cur === '' ? restore : cur));
    useChat.getState().clearRestore();
  }, [restore]);

  const count = codePoints(text);
  const over = count > CHAT_MAX_CODE_POINTS;
  const disabled = disabledHint !== null;

  const submit = () => {
    if (disabled) return;
    const clean = sanitizeChatText(text);
    if (!clean.ok) {
      if (clean.reason === 'tooLong') showLocalError('chat', 'tooLong');
      return; // empty: nothing to send, nothing to scold
    }
    if (sendChat(scope, clean.value)) setText('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onEscape?.();
      return;
    }
    if (e.key !== 'Enter') return;
    if (composing.current || e.nativeEvent.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    submit();
  };

  return (
    <form
      className="chat-composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label className="visually-hidden" htmlFor={inputId}>
        {t('inputLabel')}
      </label>
      <div className="chat-composer__row">
        <input
          id={inputId}
          ref={inputRef}
          className="chat-composer__input"
          type="text"
          autoComplete="off"
          enterKeyHint="send"
          spellCheck={false}
          value={text}
          disabled={disabled}
          placeholder={disabled ? '' : placeholder}
          aria-describedby={`${disabled ? hintId : ''} ${counterId}`.trim()}
          aria-invalid={over || undefined}
          onChange={(e) => setText(e.target.value)}
          onCompositionStart={() => (composing.current = true)}
          onCompositionEnd={() => (composing.current = false)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="btn-pill chat-composer__send" disabled={disabled || over || text.trim() === ''}>
          {t('send')}
        </button>
      </div>
      {disabled ? (
        <p id={hintId} className="chat-composer__hint">
          {disabledHint}
        </p>
      ) : null}
      <p id={counterId} className={`chat-composer__counter${over ? ' chat-composer__counter--over' : ''}`}>
        {t('counter', { count, max: CHAT_MAX_CODE_POINTS })}
      </p>
      {/* Only crossing the limit is announced: a live counter would speak on every keystroke. */}
      <p className={over ? 'chat-composer__over' : 'visually-hidden'} aria-live="polite">
        {over ? t('overLimit', { max: CHAT_MAX_CODE_POINTS }) : ''}
      </p>
    </form>
  );
}
