import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { worldKo } from '../../../shared/i18n/world-ko.ts';
import { validateNickname, type NicknameError } from '../../../shared/chat/nickname.ts';
import { AVATAR_COLOR_COUNT } from '../../../shared/protocol/join.ts';
import { randomAvatarLook } from '../../../shared/schemas/avatarLook.ts';
import { useIdentity, type Identity } from '../../net/identity.ts';
import { PALETTE } from '../../theme/palette.ts';
import { useFocusTrap, worldFocusTarget } from '../dialog/focusTrap.ts';
import { useWorldState } from '../state/context.ts';
import { LookChoices } from './LookChoices.tsx';
import '../dialog/dialogs.css';
import './entry.css';

const REASON_KEY: Record<NicknameError, keyof typeof worldKo> = {
  empty: 'nicknameEmpty',
  tooLong: 'nicknameTooLong',
  control: 'nicknameControl',
  noLetter: 'nicknameNoLetter',
  reserved: 'nicknameReserved',
};

const COLOR_KEYS = Array.from({ length: AVATAR_COLOR_COUNT }, (_, i) => `color${i}` as keyof typeof worldKo);

/**
 * "Who are you here?": nickname, avatar colour and look (LookChoices.tsx) before joining the hall (first visit, or "change
 * name" from the HUD). A modal dialog (APG): labelled, focus trapped, Esc cancels when there is
 * already an identity. The nickname is checked with the server's own rules as the visitor submits,
 * and the reason is shown inline (aria-invalid + aria-describedby). Colour, shape, hair and outfit
 * are radio groups; a first visit starts from a random colour and look. It
 * is the only step before the world (the controls follow as a hint that fades, ControlsHint.tsx);
 * on a phone it is a bottom sheet with the button where the thumb is (entry.css).
 */
export function EntryDialog({ initial, refused, onDone, onCancel }: { initial: Identity | null; refused: boolean; onDone(id: Identity): void; onCancel: (() => void) | null }) {
  const { t } = useTranslation('world');
  const ref = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  const [nickname, setNickname] = useState(initial?.nickname ?? '');
  const [color, setColor] = useState(initial?.colorIndex ?? Math.floor(Math.random() * AVATAR_COLOR_COUNT));
  const [look, setLook] = useState(() => initial?.look ?? randomAvatarLook(Math.random));
  const [error, setError] = useState<string | null>(refused ? t('joinBadNickname') : null);
  useFocusTrap(ref, true, () => input.current, worldFocusTarget);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const r = validateNickname(nickname);
    if (!r.ok) {
      setError(t(REASON_KEY[r.reason]));
      input.current?.focus();
      return;
    }
    onDone({ nickname: r.value, colorIndex: color, look });
  };

  return (
    <div className="world-dialog__backdrop world-dialog__backdrop--entry">
      <div
        ref={ref}
        className="world-entry"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${ids}-title`}
        aria-describedby={`${ids}-intro`}
        onKeyDown={(e) => {
          // Typing here is not walking: keymap.ts leaves keys inside dialogs alone.
          if (e.key === 'Escape' && onCancel && !e.nativeEvent.isComposing) {
            e.stopPropagation();
            onCancel();
          }
        }}
      >
        <h2 id={`${ids}-title`}>{t('entryTitle')}</h2>
        <p id={`${ids}-intro`}>{t('entryIntro')}</p>
        <form onSubmit={submit} noValidate>
          <label htmlFor={`${ids}-nick`} className="world-entry__label">
            {t('entryNickname')} <span className="world-entry__hint">({t('entryNicknameHint')})</span>
          </label>
          <input
            ref={input}
            id={`${ids}-nick`}
            className="world-entry__input"
            value={nickname}
            autoComplete="nickname"
            maxLength={80}
            aria-invalid={error !== null}
            aria-describedby={error ? `${ids}-error` : undefined}
            onChange={(e) => {
              setNickname(e.target.value);
              if (error) setError(null);
            }}
          />
          <p id={`${ids}-error`} className="world-entry__error" role="alert">
            {error}
          </p>
          <fieldset className="world-entry__colors">
            <legend>{t('entryColor')}</legend>
            {COLOR_KEYS.map((key, i) => (
              <label key={key} className="world-entry__swatch" title={t(key)}>
                <input type="radio" name={`${ids}-color`} value={i} checked={color === i} onChange={() => setColor(i)} />
                <span className="world-entry__chip" style={{ background: PALETTE[i] }} aria-hidden="true" />
                <span className="visually-hidden">{t(key)}</span>
              </label>
            ))}
          </fieldset>
          <LookChoices name={ids} look={look} color={PALETTE[color]!} onChange={setLook} />
          <div className="world-entry__actions">
            {onCancel ? (
              <button type="button" className="world-entry__secondary" onClick={onCancel}>
                {t('entryCancel')}
              </button>
            ) : null}
            <button type="submit" className="world-entry__primary">
              {t('entrySubmit')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

/** The dialog when the identity store asks for it (no identity yet, "change name", refused name). */
export function EntryGate() {
  const ready = useWorldState((s) => s.ready);
  const identity = useIdentity((s) => s.identity);
  const editing = useIdentity((s) => s.editing);
  const refused = useIdentity((s) => s.refused);
  // First visit: only once the world is on screen (the loading overlay sits above the HUD).
  if (!ready || (identity && !editing)) return null;
  return (
    <EntryDialog
      initial={identity}
      refused={refused}
      onDone={(id) => useIdentity.getState().setIdentity(id)}
      onCancel={identity && !refused ? () => useIdentity.getState().edit(false) : null}
    />
  );
}
