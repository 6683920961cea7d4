import type { StageInput } from '../../schemas/stage.ts';

/**
 * 지원활동 · 1. 재료 가공 이용 (the overview page calls it "가공 이용"; the section heading is kept).
 * Korean text as printed; English titles are ours.
 */
export const utilization: StageInput = {
  id: 'utilization',
  number: 1,
  title: { ko: '재료 가공 이용', en: 'Putting the materials to use' },
  intro: [
    '만들고 판매에서만 그치는게 생산 활동일까요?',
    '해당 제품이나 서비스를 위한 정책을 만들고 다양한 업종의 사람들을 만나 새로운 자극을 받고 우리 사회 전체가 해당 제품 혹은 서비스를 더 편하게 만나게 하는 것 또한 부가적인 생산 활동입니다.',
  ],
  colorIndex: 2,
  programmes: [
    {
      id: 'policy',
      letter: '가',
      title: { ko: '정책', en: 'Policy' },
      icon: 'scroll',
      intro: [
        '지역에서 순환하는 사회적경제를 만들기 위해 사회적경제 정책을 만들어 갑니다',
        '지역에서 필요한 내용과 현재의 정책 기초들을 담아 사회와 정책을 연결합니다.',
      ],
      exhibits: [
        // "조사·연구" heads two items, each with its own text: one exhibit each.
        {
          id: 'five-year-plan',
          title: '사회적경제 5개년 계획',
          titleEn: 'Research: 5-year social economy plan',
          paragraphs: [
            '사회적경제 활성화를 위한 정책 방향, 지역 내·외의 조직들과의 협력 및 연계 방향, 지역지원 연계 방안 등 부천의 사회적경제 및 육성을 위한 연구를 진행합니다.',
          ],
        },
        {
          id: 'enterprise-survey',
          title: '사회적경제기업 실태조사',
          titleEn: 'Research: survey of social economy enterprises',
          paragraphs: [
            '사회적경제 조직의 고충현황, 재무현황, 인식, 지원사업 참여 현황, 사회적가치 지표(SVI) 참여 결과 여부 등의 통계자료를 수집하고 이를 이용한 부천시 사회적경제기업의 현재의 모습을 분석합니다.',
          ],
        },
        {
          id: 'policy-links',
          title: '정책 연계',
          titleEn: 'Policy partnerships',
          paragraphs: [
            '사회적경제 관련 부처(서)와 초·중·고 및 대학, 각 종 협회 및 단체 등과의 연계를 통해 사회적경제 영역이 다양한 부분에서 함께 같이 성장해 나갑니다.',
          ],
          tables: [
            {
              caption: '업무협약 실적',
              columns: ['연도', 'MOU', '내용', '관련 실적'],
              // 2018 is printed once for three rows; blank 관련 실적 cells are blank in the brochure.
              rows: [
                ['2021', '지역사회발전과 청년 창업문화 확산을 위한 청년창업지원 업무협약', '유한대학교와 함께 지역사회 발전과 청년 창업문화 확산', '12명'],
                ['2020', '부천시 지역사회혁신을 위한 업무협약', '부천시사회적경제센터-부천시도시재생지원센터-가톨릭대학교 사회혁신센터 협약을 통한 부천시 지역사회 혁신 및 지속가능한 사회적경제 생태계 구축 등', ''],
                ['2020~2021', '부천시 사회적경제 시민대학', '가톨릭대학교와의 협업하여 시민대학 운영', '28명'],
                ['2019~2021', '사회적경제조직과 연계한 통합 돌봄 제공 사업', '지역 자활센터와 협업하여 지역사회 정착을 위한 6종 통합돌봄서비스 제공', '4,888명'],
                ['2018', '사회적경제 활성화', '부천여성인력개발센터', ''],
                ['', '사회적경제 교육', '부천시평생학습센터', ''],
                ['', '사회적경제 활성화', '한양대학교-가톨릭대학교-한국산업기술대학교 3자 협약을 통한 사회적기업 아이디어 경진대회 개최', ''],
              ],
              groupColumns: [0],
            },
          ],
        },
      ],
    },
    {
      id: 'networking',
      letter: '나',
      title: { ko: '네트워킹', en: 'Networking' },
      icon: 'people',
      intro: [
        '지역 인재들과의 네트워킹을 통해 사람을 향하는 사회적경제를 이끌어 갑니다. 사람과 사람의 모임을 통한 다양한 융합이 이루어집니다.',
      ],
      exhibits: [
        {
          id: 'workshop',
          title: '사회적경제 워크숍',
          titleEn: 'Social economy workshops',
          paragraphs: ['사회적경제 조직 간 정책, 동향을 공유하며 부천 내 사회적경제 역량 강화를 지원합니다.'],
        },
        {
          id: 'results-sharing',
          title: '성과공유회',
          titleEn: 'Results-sharing meeting',
          paragraphs: [
            '부천시사회적경제센터의 사업 혹은 기업들의 1년 성과를 공유하고 이후 네트워킹 시간을 통한 성과 그 이후의 내용 공유하는 자화자찬의 시간입니다.',
          ],
        },
        {
          id: 'festa',
          title: '사회적경제 페스타',
          titleEn: 'Social economy festa',
          paragraphs: ['사회적경제와 사회적경제기업을 홍보하고 시민들이 사회적경제를 일상에서 체감할 수 있는 사회적경제의 잔치, 축제입니다.'],
        },
      ],
    },
    {
      id: 'governance',
      letter: '다',
      title: { ko: '거버넌스', en: 'Governance' },
      icon: 'handshake',
      intro: [
        '혼자 사는 사회가 아니듯이 사회적경제 또한 다른 주체들과 같이 재료를 버무려야 합니다. 상호 협력에 기반한 공동 사업 발굴, 정책 제안 등의 허브로서 함께 하겠습니다.',
      ],
      exhibits: [
        {
          id: 'councils',
          title: '각종 협의기구 운영',
          titleEn: 'Councils and committees',
          paragraphs: ['사회적경제 영역 뿐만아니라 지역사회문제를 해결할 수 있는 협의체(기구)면 센터는 늘 함께합니다.'],
          // One printed line, three photos: the brochure separates the items with commas.
          captions: ['업무협약식', '지역사회보장협의체', '사회적경제육성위원회'],
        },
        {
          id: 'linked-projects',
          title: '연계 사업',
          titleEn: 'Joint projects',
          paragraphs: ['지역과 함께 협력하고 연계하는 사업으로 지역의 문제를 정의하고 이를 해결합니다.'],
          // Printed after the three projects, which are items of this heading: the photos close its part.
          captions: ['우리 동네 초등돌봄 사회적기업 육성 시범사업', '커뮤니티 케어팜 서비스 수료식'],
        },
        // The three joint projects, each with its heading line as printed.
        {
          id: 'elementary-care-pilot',
          title: '초등돌봄 사회적기업 육성 시범사업 (2018~2019년 연계 시범사업)',
          titleEn: 'Elementary care social enterprise pilot (2018-2019 joint pilot)',
          paragraphs: [
            '초등돌봄이라는 사회적기업과 지역사회가 협업, 지역 통합 돌봄 서비스를 구현한 사회적기업을 육성했습니다.',
            '(부천 시 내 사회적경제기업 3개소 설치)',
          ],
        },
        {
          id: 'care-farm',
          title: '커뮤니티 케어팜 서비스 (2019년~2021년)',
          titleEn: 'Community care farm service (2019-2021)',
          paragraphs: [
            '공원 내 도시농업 활동과 케어서비스가 결합, 경증치매어르신 치료 재활로 신체적·정신적 회복을 통한 돌봄치유 농장 운영 서비스를 지원했습니다.',
          ],
        },
        {
          id: 'mondragon-team-academy',
          title: '지역의제발굴형 사회적경제 아카데미, 몬드라곤 팀 아카데미(MTA) (2021)',
          titleEn: 'Local-agenda social economy academy, Mondragon Team Academy (MTA) (2021)',
          paragraphs: [
            '가톨릭대학교-성공회대학교-성균관대학교와의 연계 및 협업 사업을 통해 협동조합 우수 국가인 스페인의 몬드라곤 지역의 방식을 도입한 소셜리빙랩 아카데미를 실시했습니다.',
          ],
        },
      ],
    },
    {
      id: 'fair-trade-sharing',
      letter: '라',
      title: { ko: '공정무역 · 공유경제', en: 'Fair trade and the sharing economy' },
      icon: 'globe',
      intro: [
        "'공정무역'은 지역의 경제적 자립과 지속가능한 발전을 위해 생산자에게 보다 유리한 조건을 제공하는 무역입니다. 함께의 순환 경제를 더욱 퍼트릴 수 있는 중요한 모델의 한 부분입니다. '공유경제'는 물품을 소유의 개념이 아닌 서로 대여하고 차용해서 쓰는 개념으로 한번 생산된 제품을 여럿이 공유해 협력소비를 기본으로 한 경제 방식입니다.",
      ],
      exhibits: [
        {
          id: 'fair-trade-fortnight',
          title: '공정무역 포트나잇',
          titleEn: 'Fair Trade Fortnight',
          paragraphs: [
            '포트나잇(2주간) 동안 일상 속 공정무역 사례 공유와 공정무역 실천기관, 성과를 공유하고 시민들의 곁에 있는 공정무역을 만들어갑니다.',
          ],
          captions: ['공정무역 포트나잇 행사'],
        },
        {
          id: 'fair-trade-town',
          title: '공정무역도시',
          titleEn: 'Fair Trade Town',
          paragraphs: [
            "공정무역도시를 3차까지 인증받은 부천시는 '공정무역 조례 제정', '공정무역 제품 사용·판매', '공정무역 교육·캠페인 활동', '공정무역 위원회 운영' 등 5가지의 기준을 충족하여 3차 재인증 달성을 받았습니다.",
          ],
          captions: ['공정무역도시 3차 재인증', '공정무역 서포터즈', '공정무역위원회'],
        },
        {
          id: 'sharing-economy',
          title: '공유경제',
          titleEn: 'Sharing economy',
          // Each platform's text follows its link, in the brochure's order.
          paragraphs: [
            '공공기관에서 제공하는 공유시설(회의실, 행사장 등)의 공공서비스를 검색하고 예약·이용할 수 있는 플랫폼을 소개합니다.',
            '공유누리 (eshare.go.kr)',
            '행정안전부에서 운영하며 전국의 공공개방자원을 쉽고 편리하게 예약 가능합니다.',
            '경기공유서비스 (share.gg.go.kr)',
            '경기도에서 운영하며 경기도 공공시설, 물품, 장비, 교육·강좌, 행사프로그램, 텃밭 등을 예약하고 사용할 수 있습니다.',
          ],
          links: [
            { label: '공유누리', href: 'https://eshare.go.kr' },
            { label: '경기공유서비스', href: 'https://share.gg.go.kr' },
          ],
          captions: ['공유경제 소개 리플릿', '공유 주차장'],
        },
      ],
    },
  ],
};
