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
import { playerInput, requestTeleport } from '../input/playerInput.ts';
import { useWorldRuntime } from '../runtimeContext.ts';
import { BoothDialog } from './BoothDialog.tsx';
import { BoothPrompt } from './BoothPrompt.tsx';
import { useBoothRoute } from './boothRoute.ts';
import { ControlsHelp } from './ControlsHelp.tsx';
import { helpSeen, markHelpSeen, useHud } from './hudStore.ts';
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
 * per-frame state: the map marker and the nearby-booth watcher read the runtime in rAF loops.
 */
export function Hud({ catalogue, layout }: HudProps) {
  const rt = useWorldRuntime();
  const { t } = useTranslation('world');
  const coarse = useCoarsePointer();
  const route = useBoothRoute();
  const nearbyId = useHud((s) => s.nearbyBoothId);
  const helpOpen = useHud((s) => s.helpOpen);
  const announcement = useHud((s) => s.announcement);
  const hasIdentity = useIdentity((s) => s.identity !== null);
  const entryOpen = useIdentity((s) => s.editing || s.identity === null);
  const kicked = useHall((s) => s.status === 'kicked');
  const nearby = nearbyId ? (layout.booths.find((b) => b.id === nearbyId) ?? null) : null;
  const routeRef = useRef(route);
  const { l } = useLang();
  const staff = useStaff();
  const chatBooth = nearby ? { id: nearby.id, name: l(nearby.title) } : null;
  // Enter opens the booth the visitor stands at (hudKeys); elsewhere it starts a chat line.
  const enterIsFree = () => !useHud.getState().nearbyBoothId && !routeRef.current.boothId && !useHud.getState().helpOpen;

  useNearbyBooth(rt, layout);
  useHudKeys(routeRef);

  useEffect(() => {
    routeRef.current = route;
  });

  useEffect(() => {
    if (matchMedia(NARROW).matches) useHud.getState().setMapCollapsed(true);
  }, []);

  // Booth meshes call this; a click that ended a camera drag is not a request to open.
  useEffect(() => {
    rt.onBoothClick = (id) => {
      if (!playerInput(rt).dragged) routeRef.current.open(id);
    };
    return () => {
      rt.onBoothClick = null;
    };
  }, [rt]);

  // /booth/:id (deep link, or a link inside a booth): stand in front of that booth if not there yet.
  const { boothId } = route;
  useEffect(() => {
    const booth = boothId ? layout.booths.find((b) => b.id === boothId) : undefined;
    if (!booth) return;
    const p = rt.player.position;
    if (Math.hypot(p.x - booth.interactPoint.x, p.z - booth.interactPoint.z) > booth.interactRadius) {
      requestTeleport(rt, boothTeleportId(booth.id));
    }
  }, [boothId, layout, rt]);

  // First visit: show the controls once the world is on screen (not over the loading screen, a booth
  // or the nickname dialog: that comes first).
  useEffect(() => {
    if (helpSeen() || boothId || !hasIdentity) return;
    let raf = 0;
    const wait = () => {
      if (rt.ready) useHud.getState().setHelpOpen(true);
      else raf = requestAnimationFrame(wait);
    };
    wait();
    return () => cancelAnimationFrame(raf);
  }, [rt, boothId, hasIdentity]);

  const teleport = (id: string, name: string) => {
    if (requestTeleport(rt, id)) useHud.getState().announce(t('searchMoved', { name }));
  };
  const closeHelp = () => {
    markHelpSeen();
    useHud.getState().setHelpOpen(false);
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
              onClick={() => useHud.getState().setHelpOpen(true)}
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
        <MiniMap layout={layout} runtime={rt} onTeleport={teleport} />
        {boothId ? null : <BoothPrompt booth={nearby} coarse={coarse} onOpen={(id) => route.open(id)} />}
        {coarse ? <Joystick runtime={rt} /> : null}
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
      {boothId || helpOpen ? null : <EntryGate rt={rt} />}
      <KickedScreen />
    </div>
  );
}
