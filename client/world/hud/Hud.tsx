import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChatPanel } from '../../chat/ChatPanel.tsx';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import { boothTeleportId } from '../../../shared/world/teleports.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { useLang } from '../../i18n/index.ts';
import { useHall } from '../../net/hallStore.ts';
import { useIdentity } from '../../net/identity.ts';
import { useFairLink } from '../../ui/fairLink.ts';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { BoothPanel } from '../booth-panel/BoothPanel.tsx';
import { InfoDeskPanel } from '../booth-panel/InfoDeskPanel.tsx';
import { EntryGate } from '../entry/EntryDialog.tsx';
import { GuideHud } from './GuideHud.tsx';
import { useWorld, useWorldState } from '../state/context.ts';
import { BoothPrompt } from './BoothPrompt.tsx';
import { useBoothRoute } from './boothRoute.ts';
import { ControlsHelp } from './ControlsHelp.tsx';
import { ControlsHint } from './ControlsHint.tsx';
import { helpSeen } from './helpSeen.ts';
import { ListIcon } from './HudIcon.tsx';
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
import { NARROW_QUERY, useMediaQuery } from './useMediaQuery.ts';
import { useNearbyBooth } from './useNearbyBooth.ts';
import { ScheduleButton, SchedulePanel } from './WorldSchedule.tsx';
import { WorldSearch } from './WorldSearch.tsx';
import './hud.css';

export interface HudProps {
  catalogue: Catalogue;
  layout: Layout;
}

/** All three chat scopes in the world; booth chat talks to the booth the visitor stands at. */
const WORLD_SCOPES = ['nearby', 'booth', 'hall'] as const;

/**
 * Everything drawn over the canvas, kept small so the world fills the screen: one toolbar row
 * (search, help, list link, language, presence; on phones search and the list link are icons),
 * the small mini-map (right; folded on phones), the booth prompt (bottom), the chat pill, the
 * joystick on touch devices, the first visit's fading controls hint, and the booth and help
 * dialogs. Holds no per-frame state: the map marker and the nearby-booth watcher read the world
 * frame after each of R3F's frames; everything else comes from the world store.
 */
export function Hud({ catalogue, layout }: HudProps) {
  const { store, frame } = useWorld();
  const { t } = useTranslation('world');
  const coarse = useCoarsePointer();
  const narrow = useMediaQuery(NARROW_QUERY);
  const [hint, setHint] = useState(false);
  const hideHint = useCallback(() => setHint(false), []);
  const route = useBoothRoute();
  const fairLink = useFairLink();
  const nearbyId = useWorldState((s) => s.nearbyBoothId);
  const helpOpen = useWorldState((s) => s.helpOpen);
  const infoDeskOpen = useWorldState((s) => s.infoDeskOpen);
  const guideOpen = useWorldState((s) => s.guideOpen);
  const [scheduleOpen, setScheduleOpen] = useState(false);
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

  // Phones start with the mini-map folded away: it would cover half the view.
  useEffect(() => {
    if (matchMedia(NARROW_QUERY).matches) store.getState().setMapCollapsed(true);
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

  // First visit: the controls as a short hint over the world once it is on screen and the entry is
  // done (never a second dialog between the nickname and walking; not over a booth either).
  useEffect(() => {
    if (ready && !helpSeen() && !boothId && hasIdentity && !entryOpen) setHint(true);
  }, [ready, boothId, hasIdentity, entryOpen]);
  // The full card or a booth replaces the hint for good (it is seen; it must not come back after).
  useEffect(() => {
    if (helpOpen || boothId) setHint(false);
  }, [helpOpen, boothId]);

  const teleport = (id: string, name: string) => {
    if (store.getState().teleport(id)) store.getState().announce(t('searchMoved', { name }));
  };
  const closeHelp = () => store.getState().setHelpOpen(false);
  // One panel beside the world at a time: the schedule gives way to 시웃이's and the info desk's.
  const toggleSchedule = () => {
    store.getState().setGuideOpen(false);
    store.getState().setInfoDeskOpen(false);
    setScheduleOpen(!scheduleOpen);
  };
  useEffect(() => {
    if (guideOpen || infoDeskOpen) setScheduleOpen(false);
  }, [guideOpen, infoDeskOpen]);
  // The booth panel stands beside the world, so the map, chat and toolbar stay usable with it (the
  // entry waits until it is closed; the help may open over it).
  const modal = helpOpen || (entryOpen && !boothId) || kicked;

  return (
    <div className={`world-hud${coarse ? ' world-hud--touch' : ''}`}>
      <aside className="world-hud__chrome" aria-label={t('hudLabel')} inert={modal}>
        <div className="world-hud__top">
          <WorldSearch onTeleport={teleport} iconOnly={narrow} />
          <div className="world-hud__actions">
            <GuideHud />
            <ScheduleButton open={scheduleOpen} onToggle={toggleSchedule} />
            <button
              type="button"
              className="btn-pill world-hud__button world-hud__help"
              onClick={() => store.getState().setHelpOpen(true)}
              aria-label={t('helpButton')}
              title={coarse ? t('helpButton') : `${t('helpButton')} (H)`}
            >
              ?
            </button>
            <Link className="btn-pill world-hud__button world-hud__list" to={fairLink('/list')} title={t('toListHint')}>
              <ListIcon />
              <span className="world-hud__label">{t('toList')}</span>
            </Link>
            <LanguageSwitch className="world-hud__lang" compact={narrow} />
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
      {boothId ? <BoothPanel boothId={boothId} catalogue={catalogue} onClose={route.close} /> : null}
      {/* The info desk's panel takes the booth panel's place; a booth opened meanwhile comes first. */}
      {infoDeskOpen && !boothId ? <InfoDeskPanel center={catalogue.center} onClose={() => store.getState().setInfoDeskOpen(false)} /> : null}
      {scheduleOpen && !boothId ? (
        <SchedulePanel
          onOpenBooth={(id) => {
            setScheduleOpen(false);
            route.open(id);
          }}
          onClose={() => setScheduleOpen(false)}
        />
      ) : null}
      {helpOpen ? <ControlsHelp coarse={coarse} onClose={closeHelp} /> : null}
      {hint ? <ControlsHint coarse={coarse} onGone={hideHint} /> : null}
      {boothId || helpOpen ? null : <EntryGate />}
      <KickedScreen />
    </div>
  );
}
