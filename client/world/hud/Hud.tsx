import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChatPanel } from '../../chat/ChatPanel.tsx';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import { boothTeleportId } from '../../../shared/world/teleports.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { useLang } from '../../i18n/index.ts';
import { useHall } from '../../net/hallStore.ts';
import { useIdentity } from '../../net/identity.ts';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { EntryGate } from '../entry/EntryDialog.tsx';
import { useWorld, useWorldState } from '../state/context.ts';
import { BoothDialog } from './BoothDialog.tsx';
import { BoothPrompt } from './BoothPrompt.tsx';
import { useBoothRoute } from './boothRoute.ts';
import { ControlsHelp } from './ControlsHelp.tsx';
import { helpSeen, markHelpSeen } from './helpSeen.ts';
import { useHudKeys } from './hudKeys.ts';
import { Joystick } from './Joystick.tsx';
import { MiniMap } from './MiniMap.tsx';
import { ConnectionBanner } from './presence/ConnectionBanner.tsx';
import { KickedScreen } from './presence/KickedScreen.tsx';
import { PresencePanel } from './presence/PresencePanel.tsx';
import { DeleteLineButton } from './moderation/DeleteLineButton.tsx';
import { ModerationOverlay } from './moderation/ModerationOverlay.tsx';
import { useStaff } from './moderation/useStaff.ts';
import { useCoarsePointer } from './useCoarsePointer.ts';
import { useNearbyBooth } from './useNearbyBooth.ts';
import { WorldSearch } from './WorldSearch.tsx';
import './hud.css';

export interface HudProps {
  catalogue: Catalogue;
  layout: Layout;
}

/** All three chat scopes in the world; booth chat talks to the booth the visitor stands at. */
const WORLD_SCOPES = ['nearby', 'booth', 'hall'] as const;

/** Phones start with the mini-map folded away: it would cover half the view. */
const NARROW = '(max-width: 600px)';

/**
 * Everything drawn over the canvas: search, language, list link and help (top), mini-map (right),
 * the booth prompt (bottom), the joystick on touch devices, and the booth and help dialogs. Holds no
 * per-frame state: the map marker and the nearby-booth watcher read the world frame after each of
 * R3F's frames; everything else comes from the world store.
 */
export function Hud({ catalogue, layout }: HudProps) {
  const { store, frame } = useWorld();
  const { t } = useTranslation('world');
  const coarse = useCoarsePointer();
  const route = useBoothRoute();
  const nearbyId = useWorldState((s) => s.nearbyBoothId);
  const helpOpen = useWorldState((s) => s.helpOpen);
  const announcement = useWorldState((s) => s.announcement);
  const ready = useWorldState((s) => s.ready);
  const hasIdentity = useIdentity((s) => s.identity !== null);
  const entryOpen = useIdentity((s) => s.editing || s.identity === null);
  const kicked = useHall((s) => s.status === 'kicked');
  const nearby = nearbyId ? (layout.booths.find((b) => b.id === nearbyId) ?? null) : null;
  const routeRef = useRef(route);
  const { l } = useLang();
  const staff = useStaff();
  const chatBooth = nearby ? { id: nearby.id, name: l(nearby.title) } : null;
  // Enter opens the booth the visitor stands at (hudKeys); elsewhere it starts a chat line.
  const enterIsFree = () => !store.getState().nearbyBoothId && !routeRef.current.boothId && !store.getState().helpOpen;

  useNearbyBooth();
  useHudKeys(routeRef);

  useEffect(() => {
    routeRef.current = route;
  });

  useEffect(() => {
    if (matchMedia(NARROW).matches) store.getState().setMapCollapsed(true);
  }, [store]);

  // A booth clicked in 3D (the store's boothClick) opens through the booth route, like the prompt.
  useEffect(() => {
    store.getState().setBoothOpener((id) => routeRef.current.open(id));
    return () => store.getState().setBoothOpener(null);
  }, [store]);

  // /booth/:id (deep link, or a link inside a booth): stand in front of that booth if not there yet.
  const { boothId } = route;
  useEffect(() => {
    const booth = boothId ? layout.booths.find((b) => b.id === boothId) : undefined;
    if (!booth) return;
    const p = frame.player.position;
    if (Math.hypot(p.x - booth.interactPoint.x, p.z - booth.interactPoint.z) > booth.interactRadius) {
      store.getState().teleport(boothTeleportId(booth.id));
    }
  }, [boothId, layout, store, frame]);

  // First visit: show the controls once the world is on screen (not over the loading screen, a booth
  // or the nickname dialog: that comes first).
  useEffect(() => {
    if (ready && !helpSeen() && !boothId && hasIdentity) store.getState().setHelpOpen(true);
  }, [store, ready, boothId, hasIdentity]);

  const teleport = (id: string, name: string) => {
    if (store.getState().teleport(id)) store.getState().announce(t('searchMoved', { name }));
  };
  const closeHelp = () => {
    markHelpSeen();
    store.getState().setHelpOpen(false);
  };
  const modal = boothId !== null || helpOpen || entryOpen || kicked;

  return (
    <div className={`world-hud${coarse ? ' world-hud--touch' : ''}`}>
      <aside className="world-hud__chrome" aria-label={t('hudLabel')} inert={modal}>
        <div className="world-hud__top">
          <WorldSearch onTeleport={teleport} />
          <div className="world-hud__actions">
            <button
              type="button"
              className="btn-pill world-hud__button world-hud__help"
              onClick={() => store.getState().setHelpOpen(true)}
              aria-label={t('helpButton')}
              title={coarse ? t('helpButton') : `${t('helpButton')} (H)`}
            >
              ?
            </button>
            <Link className="btn-pill world-hud__button" to="/list" title={t('toListHint')}>
              {t('toList')}
            </Link>
            <LanguageSwitch className="world-hud__lang" />
            <PresencePanel />
          </div>
        </div>
        <ConnectionBanner />
        <MiniMap layout={layout} onTeleport={teleport} />
        {boothId ? null : <BoothPrompt booth={nearby} coarse={coarse} onOpen={(id) => route.open(id)} />}
        {coarse ? <Joystick /> : null}
        <ChatPanel
          view="world"
          scopes={WORLD_SCOPES}
          booth={chatBooth}
          enterIsFree={enterIsFree}
          lineActions={staff ? (line) => <DeleteLineButton line={line} /> : undefined}
        />
        {staff ? <ModerationOverlay staff={staff} /> : null}
      </aside>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {boothId ? <BoothDialog boothId={boothId} catalogue={catalogue} onClose={route.close} /> : null}
      {helpOpen && !boothId ? <ControlsHelp coarse={coarse} onClose={closeHelp} /> : null}
      {boothId || helpOpen ? null : <EntryGate />}
      <KickedScreen />
    </div>
  );
}
