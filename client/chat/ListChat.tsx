import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { connectHall, disconnectHall, onHallRoom, useHall } from '../net/hallStore.ts';
import { useIdentity } from '../net/identity.ts';
import { sendMessage } from '../net/messages.ts';
import { sendPresence } from './chatBinding.ts';
import { ChatPanel } from './ChatPanel.tsx';
import { ListJoin } from './ListJoin.tsx';
import './listChat.css';

/** /list chat reaches the booth being read and the whole hall; nearby needs a place to stand. */
const LIST_SCOPES = ['booth', 'hall'] as const;

/**
 * The booth page's side of the hall: joins as a /list visitor present at this booth (counted in
 * its occupancy), tells the room when the visitor opens another booth page, and leaves when the
 * page goes. Asks for a nickname inline first if none is remembered.
 */
export function ListChat({ boothId, boothName }: { boothId: string; boothName: string }) {
  const { t } = useTranslation('chat');
  const identity = useIdentity((s) => s.identity);
  const editing = useIdentity((s) => s.editing);
  const at = useRef(boothId);
  const headingId = useId();
  const needsName = !identity || editing;

  // Join once a nickname exists; booth changes after that are presence messages, not rejoins.
  useEffect(() => {
    if (needsName) return;
    void connectHall({ view: 'list', boothId: at.current });
  }, [needsName]);
  useEffect(() => () => disconnectHall(), []);

  useEffect(() => {
    if (at.current === boothId) return;
    at.current = boothId;
    if (useHall.getState().status === 'connected') sendPresence(boothId);
  }, [boothId]);

  // A rejoin (server restart) uses the first booth's join options: say where we are now.
  useEffect(
    () =>
      onHallRoom((room) => {
        sendMessage(room, 'presence', { boothId: at.current });
      }),
    [],
  );

  if (needsName) {
    return (
      <section className="chat-panel chat-panel--list" aria-labelledby={headingId}>
        <h2 id={headingId} className="chat-panel__title">
          {t('listHeading')}
        </h2>
        <ListJoin />
      </section>
    );
  }
  return <ChatPanel view="list" scopes={LIST_SCOPES} booth={{ id: boothId, name: boothName }} title={t('listHeading')} />;
}

/** "지금 N명이 보고 있어요": visitors at this booth across both views, while connected. */
export function BoothOccupancy({ boothId }: { boothId: string }) {
  const { t } = useTranslation('chat');
  const connected = useHall((s) => s.status === 'connected');
  const count = useHall((s) => s.boothCounts[boothId] ?? 0);
  if (!connected) return null;
  // The count updates twice a second at most; until it includes us, we are at least one.
  return (
    <p className="booth-occupancy" data-count={Math.max(1, count)}>
      <span className="booth-occupancy__dot" aria-hidden="true" />
      {t('occupancy', { count: Math.max(1, count) })}
    </p>
  );
}
