import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { validateNickname, type NicknameError } from '../../shared/chat/nickname.ts';
import { AVATAR_COLOR_COUNT } from '../../shared/protocol/join.ts';
import { useIdentity } from '../net/identity.ts';

const REASON_KEY = {
  empty: 'nicknameEmpty',
  tooLong: 'nicknameTooLong',
  control: 'nicknameControl',
  noLetter: 'nicknameNoLetter',
  reserved: 'nicknameReserved',
} as const satisfies Record<NicknameError, string>;

/**
 * /list: a nickname before talking, inline (no dialog: this page is the calm, accessible twin).
 * The same rules and remembered identity as the world's entry dialog; the colour is picked at
 * random here and can be changed in the world.
 */
export function ListJoin() {
  const { t } = useTranslation('chat');
  const { t: tw } = useTranslation('world');
  const current = useIdentity((s) => s.identity);
  const refused = useIdentity((s) => s.refused);
  const [nickname, setNickname] = useState(current?.nickname ?? '');
  const [error, setError] = useState<string | null>(refused ? tw('joinBadNickname') : null);
  const ids = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = validateNickname(nickname);
    if (!r.ok) {
      setError(tw(REASON_KEY[r.reason]));
      return;
    }
    useIdentity.getState().setIdentity({ nickname: r.value, colorIndex: current?.colorIndex ?? Math.floor(Math.random() * AVATAR_COLOR_COUNT) });
  };

  return (
    <form className="chat-join" onSubmit={submit} noValidate>
      <p className="chat-join__intro">{t('listJoinIntro')}</p>
      <label htmlFor={`${ids}-nick`} className="chat-join__label">
        {t('listJoinLabel')}
      </label>
      <div className="chat-composer__row">
        <input
          id={`${ids}-nick`}
          className="chat-composer__input"
          value={nickname}
          autoComplete="nickname"
          maxLength={80}
          aria-invalid={error !== null}
          aria-describedby={error ? `${ids}-err` : undefined}
          onChange={(e) => {
            setNickname(e.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="btn-pill chat-composer__send">
          {t('listJoinSubmit')}
        </button>
      </div>
      <p id={`${ids}-err`} className="chat-composer__over" role="alert">
        {error}
      </p>
    </form>
  );
}
