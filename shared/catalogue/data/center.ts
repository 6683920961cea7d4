import type { CenterInput } from '../../schemas/center.ts';

/**
 * The center, from the brochure's first pages and its colophon (발행처 … 홈페이지).
 * Slogan: the cover line, not the closing "사람과 사회를 잇는 사회적경제" (see docs/content.md).
 * Mission and vision: the brochure prints the heading "센터 미션 및 비전" over an empty page, so null.
 */
export const center: CenterInput = {
  name: { ko: '부천시사회적경제센터', en: 'Bucheon Social Economy Center' },
  slogan: '부천의 사회적경제의 고리를 사회적가치로 이어나갑니다.',
  intro: [
    '부천시사회적경제센터는 사회적경제의 연대와 협력의 허브를 꿈꾸며 사람-사람, 마을-마을, 사업-정책을 잇는 상생 플랫폼을 지향합니다. 연대와 협동의 정신을 통해 지역사회에서의 자원, 조직과 함께 지속 가능한 사회적경제 순환 생태계를 꿈꿉니다.',
  ],
  // Printed "2010. 11. 24."
  foundedOn: '2010-11-24',
  legalBasis: '부천시 사회적경제 육성 및 지원조례 제11조 (사회적경제센터 설치 및 운영)',
  purpose: '사회적경제 인재양성부터 사회적경제기업의 설립과 자립에 이르기까지 체계적인 지원',
  staff: { text: '센터장 1명, 사무국장 1명, 직원 4명 (총 6명)', total: 6 },
  brandMark: [
    "부천시사회적경제센터의 시웃 마크는 's'와 'o'의 모양으로 사람의 표정을 표현합니다. 사람이 사람에게 기대어 만들어지는 's'와 같이 함께 기대는 따뜻한 철학을 담았습니다.",
  ],
  mission: null,
  vision: null,
  address: '경기도 부천시 원미구 부일로 232, 4층 부천시사회적경제센터',
  phone: '032-625-2990~6',
  fax: '032-625-2999',
  email: 'seeotsay@gmail.com',
  website: 'www.seeot.or.kr',
  publication: {
    title: '부천시사회적경제센터 소개서',
    publisher: '부천시사회적경제센터',
    // Printed "2024. 3. 22."
    publishedOn: '2024-03-22',
    issuer: '윤기영',
    planner: '최다혜',
    editor: '아이삭컴퍼니',
  },
};
