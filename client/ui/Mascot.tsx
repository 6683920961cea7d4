import seeotUrl from '../../assets/mascot/seeot.svg?no-inline';

/**
 * 시웃이 as one drawing (assets/mascot/seeot.svg, the 3D model's parts and colours) served as one
 * file: the landing, the pages' header and the tab icon (client/index.html) all show the same
 * address, so the browser fetches him once and no page needs JavaScript to draw him.
 */
export const MASCOT_SRC: string = seeotUrl;

export function Mascot({ label, className }: { label: string; className?: string }) {
  return <img className={className} src={MASCOT_SRC} alt={label} width={200} height={200} />;
}

/** Small decorative mark for the header (the brand name next to it carries the meaning). */
export function SeeotMark({ className }: { className?: string }) {
  return <img className={className} src={MASCOT_SRC} alt="" width={40} height={40} />;
}
