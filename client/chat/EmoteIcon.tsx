import type { ReactNode } from 'react';
import type { EmoteKind } from '../../shared/protocol/clientMessages.ts';

/**
 * Reaction icons as inline SVG rather than emoji: emoji fonts differ per device (and are missing on
 * some kiosks and Linux builds), and these must look the same for everyone. Decorative: the button
 * that holds one carries the name.
 */
const STROKE = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

const SHAPES: Record<EmoteKind, ReactNode> = {
  heart: <path d="M12 20.5 4.2 13A4.8 4.8 0 0 1 11 6.2l1 1 1-1A4.8 4.8 0 0 1 19.8 13Z" fill="#e0245e" stroke="#b0163f" strokeWidth="1.5" strokeLinejoin="round" />,
  wave: (
    <g {...STROKE}>
      <path d="M8 13V6.5a1.5 1.5 0 0 1 3 0V12m0-6.5V4.5a1.5 1.5 0 0 1 3 0V12m0-6a1.5 1.5 0 0 1 3 0v7.5a7 7 0 0 1-12.3 4.6L3.5 14.8a1.6 1.6 0 0 1 2.4-2.1L8 15" />
      <path d="M19.5 3.5c1 .8 1.6 1.8 1.8 3M3 5.5C3.4 4.3 4.2 3.4 5.3 2.8" />
    </g>
  ),
  clap: (
    <g {...STROKE}>
      <path d="m9.5 20.5-5-5a2 2 0 0 1 2.8-2.8l-1.8-1.8a2 2 0 0 1 2.8-2.8l4 4-1.5-1.5a2 2 0 0 1 2.8-2.8l4.2 4.2a6 6 0 0 1-8.3 8.5Z" />
      <path d="M15 3.5 16 2m3 4.5 1.8-.8M18 4l1.2-1.4" />
    </g>
  ),
  laugh: (
    <g {...STROKE}>
      <circle cx="12" cy="12" r="9" fill="#ffd54a" />
      <path d="M8 9.5c.5-.8 1.5-.8 2 0m4 0c.5-.8 1.5-.8 2 0" />
      <path d="M7.5 13.5h9a4.5 4.5 0 0 1-9 0Z" fill="currentColor" />
    </g>
  ),
  cheer: (
    <g {...STROKE}>
      <path d="m12 3 2.6 5.4 5.9.8-4.3 4.1 1 5.9L12 16.4l-5.2 2.8 1-5.9L3.5 9.2l5.9-.8Z" fill="#ffc83d" />
    </g>
  ),
  bow: (
    <g {...STROKE}>
      <circle cx="17.5" cy="9" r="2.4" />
      <path d="M4 7.5c3 0 7 1 10 3.5M14 11l-4.5 3.5v6.5M9.5 14.5 5 21M12.5 12.5l2 3" />
    </g>
  ),
};

export function EmoteIcon({ kind, size = 22 }: { kind: EmoteKind; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false" className="emote-icon">
      {SHAPES[kind]}
    </svg>
  );
}
