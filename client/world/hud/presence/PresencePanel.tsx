import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHall } from '../../../net/hallStore.ts';
import { useIdentity } from '../../../net/identity.ts';
import { usePageFair, withFair } from '../../../ui/fairLink.ts';
import { PALETTE } from '../../../theme/palette.ts';
import { useWorld } from '../../state/context.ts';
import { PersonIcon } from '../HudIcon.tsx';
import { ShardPicker } from './ShardPicker.tsx';
import './presence.css';

/** Copies the invite link, falling back to showing it (clipboard needs a secure context and a grant). */
async function copyInvite(url: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    return false;
  }
}

/**
 * The presence chip in the HUD toolbar: shard name and people count; it opens a panel (disclosure,
 * not modal: the world stays usable) with who's here, the shard picker, "invite a friend" and
 * "change name or colour". Offline it says so instead.
 */
export function PresencePanel() {
  const { t, i18n } = useTranslation('world');
  const { store } = useWorld();
  const fair = usePageFair();
  const status = useHall((s) => s.status);
  const shardName = useHall((s) => s.shardName);
  const roster = useHall((s) => s.roster);
  const sessionId = useHall((s) => s.sessionId);
  const roomId = useHall((s) => s.shardRoomId);
  const hallTotal = useHall((s) => s.hallTotal);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const connected = status === 'connected';
  const count = roster.size;

  const people = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return [...roster.entries()]
      .map(([id, e]) => ({ id, ...e, me: id === sessionId }))
      .sort((a, b) => (a.me !== b.me ? (a.me ? -1 : 1) : collator.compare(a.nickname, b.nickname)));
  }, [roster, sessionId, i18n.language]);

  // Esc or a click elsewhere folds the panel (it is a disclosure; focus returns to the chip on Esc).
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (wrap.current && e.target instanceof Node && !wrap.current.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const invite = async () => {
    if (!roomId) return;
    const url = location.origin + withFair(`/world?shard=${encodeURIComponent(roomId)}`, fair);
    const copied = await copyInvite(url);
    store.getState().announce(t(copied ? 'presenceInviteCopied' : 'presenceInviteManual', { url }));
    if (!copied) window.prompt(t('presenceInvite'), url);
  };

  const offLabel = t(status === 'connecting' || status === 'reconnecting' ? 'presenceConnecting' : 'presenceOffline');

  return (
    <div
      ref={wrap}
      className="world-presence"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          wrap.current?.querySelector<HTMLButtonElement>('.world-presence__chip')?.focus();
        }
      }}
    >
      <button
        type="button"
        className={`btn-pill world-hud__button world-presence__chip${connected ? '' : ' world-presence__chip--off'}`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={connected ? t('presenceOpen', { shard: shardName, count }) : offLabel}
        onClick={() => setOpen(!open)}
      >
        <span className="world-presence__dot" aria-hidden="true" data-status={status} />
        {connected ? (
          <>
            {/* Phones show the short count (presence.css): "1 here" ran under the map's toggle. Korean's
                counter word 명 says "people"; English gets a person pictogram for it. The chip's
                name keeps the shard and the words. */}
            <span className="world-presence__shard">{shardName} · </span>
            <span className="world-presence__words">{t('presenceCount', { count })}</span>
            <span className="world-presence__short">
              {i18n.language === 'ko' ? null : <PersonIcon />}
              {t('presenceCountShort', { count })}
            </span>
          </>
        ) : (
          offLabel
        )}
      </button>
      <div id={panelId} className="world-presence__panel" hidden={!open} role="region" aria-label={t('presenceLabel')}>
        {connected ? (
          <>
            <h2 className="world-presence__title">
              {t('presenceWho')} <span className="world-presence__count">{t('presenceCount', { count })}</span>
              {hallTotal !== null ? <span className="world-presence__count"> · {t('presenceCountHall', { count: hallTotal })}</span> : null}
            </h2>
            <ul className="world-presence__list" aria-label={t('presenceWho')}>
              {people.map((p) => (
                <li key={p.id} className={p.connected ? undefined : 'world-presence__away'}>
                  <span className="world-presence__swatch" style={{ background: PALETTE[p.colorIndex % PALETTE.length] }} aria-hidden="true" />
                  <span className="world-presence__name">{p.nickname}</span>
                  {p.me ? <span className="world-presence__tag"> {t('presenceYou')}</span> : null}
                  {!p.connected ? <span className="world-presence__tag"> ({t('presenceAway')})</span> : null}
                </li>
              ))}
            </ul>
            <div className="world-presence__actions">
              <button type="button" className="btn-pill world-presence__action" onClick={() => void invite()}>
                {t('presenceInvite')}
              </button>
              <button type="button" className="btn-pill world-presence__action" onClick={() => useIdentity.getState().edit(true)}>
                {t('presenceChangeName')}
              </button>
            </div>
            {open ? <ShardPicker currentRoomId={roomId} /> : null}
          </>
        ) : (
          <div className="world-presence__actions">
            <button type="button" className="btn-pill world-presence__action" onClick={() => useIdentity.getState().edit(true)}>
              {t('presenceChangeName')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
