import type { MascotInput } from '../../schemas/mascot.ts';

/** 시웃이, from "부천 사회적경제 캐릭터 '시웃이'" and the "'시웃이' 프로필" table. */
export const mascot: MascotInput = {
  name: '시웃이',
  romanized: 'seeot',
  description: [
    "부천 사회적경제 캐릭터 '시웃이'는 사회적경제와 함께하는 부천시의 사회적경제 캐릭터입니다.",
    "부천시 시웃마크에서 영감을 받아 탄생한 시웃이는 's'와 'o'의 모양을 눈으로 가지고 있는게 특징입니다.",
  ],
  eyes: ['s', 'o'],
  personality: ['성격이 급함', '자주 신나함'],
  catchphrases: ['좋아', '나는 시웃이'],
  mbti: { type: 'ENFP', label: '재기발랄한 활동가' },
  // U+2764 U+FE0F (red heart) and U+1F4E7 (e-mail), exactly as printed.
  emoji: ['\u2764\uFE0F', '\u{1F4E7}'],
};
