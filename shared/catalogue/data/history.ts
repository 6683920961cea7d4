import type { HistoryBlockInput } from '../../schemas/history.ts';

/**
 * 센터 연혁, block by block. The PDF extraction put the year headings after
 * their lines in places and stacked some ("2013 / 2012"), so each block carries the range from the
 * nearest heading above to the nearest heading below it (all years of a stack count). `year` is set
 * only where a line names its own year. docs/content.md gives the reason for every range.
 *
 * Blocks keep the text's order except where the text itself settles another: the block holding the
 * 1st 페스티벌 comes before the block holding the 2nd (the extraction printed them the other way
 * round), whatever ranges the rule gives them. tests/unit/catalogue.fidelity.test.ts checks it.
 */
export const history: HistoryBlockInput[] = [
  {
    // Before the first heading "2010": the founding (2010. 11. 24.).
    id: 'history-2010',
    yearFrom: 2010,
    yearTo: 2010,
    items: [
      { text: '부천시사회적기업지원센터 개소' },
      { text: '부천시 사회적기업 육성 및 지원에 관한 조례 제정' },
    ],
  },
  {
    // Between the stack "2013 / 2012" and "2014".
    id: 'history-2012-2014',
    yearFrom: 2012,
    yearTo: 2014,
    items: [
      { text: '부천시한마음워크숍 개최' },
      { text: '부천시사회적기업지원센터 위탁운영 (유한대학교)' },
      { text: '제1회 부천시 사회적기업 페스티벌 개최' },
    ],
  },
  {
    // Between "2010" and the stack "2013 / 2012".
    id: 'history-2010-2013',
    yearFrom: 2010,
    yearTo: 2013,
    items: [
      { text: "부천소셜플랫폼 '사회적경제 보금자리' 사업 추진" },
      { text: '사회적기업, 마을기업 현장 자원 조사' },
      { text: "제2회 사회적경제 페스티벌 '시민, 청년이 그리는 사회적경제 페스티벌 그리고 부천' 개최" },
    ],
  },
  {
    // Between "2014" and the stack "2019 / 2020"; 2015–2018 have no heading of their own.
    id: 'history-2014-2020',
    yearFrom: 2014,
    yearTo: 2020,
    items: [
      { text: "사회적경제 공동브랜드 '시웃' 개발" },
      { text: '사회적기업 업종, 분야별 도시락 토크 개최' },
      { text: "전국 최초 청년벤처 브랜드 '청년마루' 론칭" },
      { text: '부천시 사회적경제 육성 및 지원 조례 개정' },
      { text: '사회적경제기업 지역사회공헌활동 (총1200명 후원, 1억원)' },
      { text: "제2회 부천시사회적기업협의회 지역공헌사업 '8 8 데이' 개최 (888명 후원, 5400만원)" },
      { text: "민관 협력 돌봄서비스 '초등봄센터' 프랜차이즈 설립" },
      { text: "부천시 사회적경제 복합공간 소셜병커 'B148' 개소" },
      { text: "부천시, 네이버 사회적경제기업 '해피빈 공감편당' 입점 협약" },
    ],
  },
  {
    // Between the stack "2019 / 2020" and "2021".
    id: 'history-2019-2021',
    yearFrom: 2019,
    yearTo: 2021,
    items: [
      { text: "전국 지자체 최초 사회적경제 온라인 '시웃스쿨' 교육 플랫폼 구축" },
      { text: "민선 7기 선도 정책 '부천시 그랜드 플랜' 10대과제 선정" },
      { text: '사회적경제기업 사회적가치(SVI) 측정사업 실시' },
      { text: '2020년 민관산학 사회혁신 소셜리빙랩 실시', year: 2020 },
      { text: "제3회 부천시사회적기업협의회 지역공헌사업 '8 8 데이' 개최 (1600명 후원, 5000만원)" },
      { text: '부천시 사회적경제기업 지역사회공헌사업 진행 (COVID-19 관련 방역용품 기부 등 8억3천만원)' },
    ],
  },
  {
    // Between "2021" and the stack "2022 / 2023".
    id: 'history-2021-2023',
    yearFrom: 2021,
    yearTo: 2023,
    items: [
      { text: "전국 지자체 최초 사회적경제 메타버스 전시관 '시웃월드' 구축" },
      { text: '부천시 사회적경제 육성 및 지원 조례 및 시행규칙 개정' },
      { text: "단비기업 고도화 '단비부스터' 사업 실시" },
      { text: "공공기관 우선구매 마켓 '가치온마켓' 실시" },
      { text: '전국 최초 공정무역도시 재인증' },
      { text: '부천시 사회적경제기업 지역사회공헌사업 진행 (1억2천만원)' },
    ],
  },
  {
    // After the stack "2022 / 2023", with no heading below: the stack's own years.
    id: 'history-2022-2023',
    yearFrom: 2022,
    yearTo: 2023,
    items: [
      { text: '시민가치기업 찾아가는 공공기관 우선구매 상담회 개최' },
      { text: "제2회 경기도, 부천시, 홀플러스와 함께하는 사회적경제기업 마켓 '마켓 오-시웃' 운영" },
      { text: "청소년 사회적경제 교육 '싱킹 아카데미' 진행" },
      { text: '부천 시민가치같이페스타 진행' },
      { text: '부천시사회적경제센터 이전 (송내 행복주택)' },
    ],
  },
];
