import { z } from 'zod';

/** Programme icons are drawn in code (client/world and client/ui), named here. */
export const ICONS = [
  'megaphone', 'school', 'raindrop', 'building', 'cart', 'chat',
  'scroll', 'people', 'handshake', 'globe', 'bulb', 'chart',
  'wave', 'leaf', 'camera', 'star',
] as const;
export const IconSchema = z.enum(ICONS);
export type Icon = z.infer<typeof IconSchema>;
