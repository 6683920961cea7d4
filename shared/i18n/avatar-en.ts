import type { avatarKo } from './avatar-ko.ts';

/** English for namespace 'avatar'; the type makes a missing key a compile error. */
export const avatarEn: { [K in keyof typeof avatarKo]: string } = {
  lookShape: 'Shape',
  lookHair: 'Hair',
  lookOutfit: 'Outfit',
  shape_round: 'Round',
  shape_tall: 'Tall',
  shape_small: 'Small',
  hair_none: 'None',
  hair_short: 'Short hair',
  hair_bun: 'Bun',
  hair_cap: 'Cap',
  outfit_plain: 'Plain',
  outfit_apron: 'Apron',
  outfit_vest: 'Vest',
  badge_host: 'Host',
  badge_staff: 'Staff',
};
