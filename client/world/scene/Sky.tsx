import type { Layout } from '../../../shared/world/types.ts';

const SKY = '#d6ecf7';

/**
 * A pale sky colour, and fog in the walking view so far booths soften instead of ending in a hard
 * edge (none in the overview, which must show everything crisp).
 */
export function Sky({ layout, overview }: { layout: Layout; overview: boolean }) {
  const b = layout.bounds;
  const span = Math.max(b.maxX - b.minX, b.maxZ - b.minZ);
  return (
    <>
      <color attach="background" args={[SKY]} />
      {!overview && <fog attach="fog" args={[SKY, span * 0.45, span * 1.4]} />}
    </>
  );
}
