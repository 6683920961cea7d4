import type { AvatarLook } from '../../../shared/schemas/avatarLook.ts';
import { MASCOT_COLORS } from '../../ui/mascot/mascotColors.ts';
import { HEAD_COLOR } from '../avatars/avatarParts.ts';

/** Body proportions in the icon, as avatarParts.ts's SHAPE_SCALE reads from the front. */
const BODY: Record<AvatarLook['shape'], { w: number; h: number }> = {
  round: { w: 22, h: 19 },
  tall: { w: 17, h: 24 },
  small: { w: 18, h: 16 },
};
const HAIR = '#4A3426';

/**
 * A small front view of an avatar with `look` in `color`: the picture on each of the entry dialog's
 * look choices (the same face as the world's, avatarFace.ts), so each option previews itself on the
 * visitor's own avatar. Decorative: the radio's label names the choice.
 */
export function LookIcon({ look, color }: { look: AvatarLook; color: string }) {
  const b = BODY[look.shape];
  const bottom = 46;
  const top = bottom - b.h;
  const headY = top - 7;
  return (
    <svg viewBox="0 0 40 48" width="40" height="48" aria-hidden="true" focusable="false">
      <rect x={20 - b.w / 2} y={top} width={b.w} height={b.h} rx={b.w / 2.2} fill={color} />
      {look.outfit === 'apron' ? <rect x={20 - b.w / 2 + 3} y={top + 6} width={b.w - 6} height={b.h - 6} rx={3} fill="#FBF6EE" /> : null}
      {look.outfit === 'vest' ? (
        <g fill="#2F3B52">
          <path d={`M${20 - b.w / 2} ${top + 4} h${b.w / 2 - 3} v${b.h * 0.55} h-${b.w / 2 - 3} z`} />
          <path d={`M${20 + b.w / 2} ${top + 4} h-${b.w / 2 - 3} v${b.h * 0.55} h${b.w / 2 - 3} z`} />
        </g>
      ) : null}
      <circle cx={20} cy={headY} r={9} fill={HEAD_COLOR} stroke="#00000022" />
      {look.hair === 'short' || look.hair === 'bun' ? <path d={`M11 ${headY - 1} a9 9 0 0 1 18 0 q-9 -5 -18 0 z`} fill={HAIR} /> : null}
      {look.hair === 'bun' ? <circle cx={20} cy={headY - 10} r={3.5} fill={HAIR} /> : null}
      {look.hair === 'cap' ? (
        <g fill={color} stroke="#00000033" strokeWidth={0.6}>
          <path d={`M10.5 ${headY - 2} a9.5 9.5 0 0 1 19 0 z`} />
          <rect x={8} y={headY - 3} width={24} height={2.6} rx={1.3} />
        </g>
      ) : null}
      <g fill={MASCOT_COLORS.ink}>
        <ellipse cx={16.5} cy={headY + 1} rx={1.3} ry={1.8} />
        <ellipse cx={23.5} cy={headY + 1} rx={1.3} ry={1.8} />
      </g>
      <path d={`M17.5 ${headY + 4.2} q2.5 2.2 5 0`} stroke={MASCOT_COLORS.ink} strokeWidth={1.1} fill="none" strokeLinecap="round" />
    </svg>
  );
}
