import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Layout } from '../../../shared/world/types.ts';
import type { QualitySettings } from '../state/quality.ts';
import { BoothPictures } from '../media/BoothPictures.tsx';
import { Signs } from '../signage/Signs.tsx';
import { Booths } from './Booths.tsx';
import { Fixtures } from './Fixtures.tsx';
import { Ground } from './Ground.tsx';
import { InfoDesk } from './InfoDesk.tsx';
import { Lights } from './Lights.tsx';
import { LiveScreen } from './LiveScreen.tsx';
import { Mascot } from './Mascot.tsx';
import { OverviewCamera } from './OverviewCamera.tsx';
import { Projector } from './Projector.tsx';
import { ShadowBake } from './ShadowBake.tsx';
import { Sky } from './Sky.tsx';
import { Trees } from './Trees.tsx';

export interface SceneProps {
  layout: Layout;
  catalogue: Catalogue;
  quality: QualitySettings;
  /** Fixed at mount: a live downgrade must not redraw the whole atlas. */
  atlasMax: number;
  overview: boolean;
  onSignsProgress: (fraction: number) => void;
}

/**
 * The static exhibition. Draw calls (main pass; on 'high' the frame that redraws the still world's
 * shadow map adds one per caster, ShadowBake.tsx): floor 1,
 * lawn 1, fixtures 1 (walls, gates, banners' boards and roof trusses too), booths 1, trees 2, 시웃이 5,
 * info desk 1, signs 1, booth pictures 1 — independent of the booth count; the live screen 1 while
 * the visitor watches a booth on air.
 */
export function Scene({ layout, catalogue, quality, atlasMax, overview, onSignsProgress }: SceneProps) {
  const shadows = quality.shadows;
  return (
    <>
      <Sky layout={layout} overview={overview} />
      <Lights layout={layout} shadows={shadows} shadowMapSize={quality.shadowMapSize} />
      <ShadowBake layout={layout} catalogue={catalogue} shadows={shadows} />
      <Ground layout={layout} shadows={shadows} />
      <Fixtures layout={layout} shadows={shadows} />
      <Booths layout={layout} catalogue={catalogue} shadows={shadows} />
      <Trees layout={layout} shadows={shadows} />
      <Mascot layout={layout} mascot={catalogue.mascot} shadows={shadows} />
      <InfoDesk desk={layout.infoDesk} shadows={shadows} />
      <Signs layout={layout} catalogue={catalogue} atlasMax={atlasMax} onProgress={onSignsProgress} />
      <BoothPictures layout={layout} catalogue={catalogue} tier={quality.tier} />
      <LiveScreen layout={layout} />
      <OverviewCamera layout={layout} />
      <Projector />
    </>
  );
}
