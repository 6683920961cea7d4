import type { SearchHit } from '../../../shared/catalogue/search.ts';
import { areaTeleportId, boothTeleportId } from '../../../shared/world/teleports.ts';
import { useLang } from '../../i18n/index.ts';
import { SearchBox } from '../../ui/SearchBox.tsx';

/**
 * The shared search in the HUD. Choosing a hit takes the visitor there: in front of the booth (for a
 * booth or an exhibit inside it), facing it, or to a zone's entrance. It does not open the booth:
 * arriving and seeing it is what "take me there" means in a hall, the prompt then offers E/Enter,
 * and a visitor who only wanted directions is not dropped into a panel.
 */
export function WorldSearch({ onTeleport }: { onTeleport(teleportId: string, name: string): void }) {
  const { l } = useLang();
  const select = (hit: SearchHit) => {
    const id = hit.boothId ? boothTeleportId(hit.boothId) : areaTeleportId(hit.zoneId);
    onTeleport(id, l(hit.title));
    // Hand the keys back to walking: focus left in the field would swallow WASD and E.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  };
  return <SearchBox className="world-search" onSelect={select} />;
}
