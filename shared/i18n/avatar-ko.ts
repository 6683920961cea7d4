/** Korean for namespace 'avatar': the look chosen in the entry dialog, and the marks on name tags. */
export const avatarKo = {
  lookShape: '체형',
  lookHair: '머리',
  lookOutfit: '옷',
  shape_round: '동글',
  shape_tall: '길쭉',
  shape_small: '아담',
  hair_none: '없음',
  hair_short: '짧은 머리',
  hair_bun: '올림머리',
  hair_cap: '모자',
  outfit_plain: '기본',
  outfit_apron: '앞치마',
  outfit_vest: '조끼',
  /** On a name tag: short, drawn in the tag's badge. */
  badge_host: '호스트',
  badge_staff: '스태프',
};
