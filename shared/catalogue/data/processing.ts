import type { StageInput } from '../../schemas/stage.ts';

/** 주활동 · 2. 원재료 가공. Korean text as printed; English titles are ours. */
export const processing: StageInput = {
  id: 'processing',
  number: 2,
  title: { ko: '원재료 가공', en: 'Processing the raw materials' },
  intro: [
    '원재료가 모였으면 이제 물건을 만들거나 서비스를 제공할 수 있도록 만들어야 합니다. 예를 들어 우유로 치즈를 만들거나, 교육용 발표자료를 만드는 것인데요. 우리 센터에서는 이런 원재료들이 더 많은 부가가치를 가져갈 수 있도록 사회적경제기업의 판로를 지원하고, 기업 설립 등의 상담을 지원하면서 기업들이 가진 사회적가치를 널리 확산시키고자 합니다.',
  ],
  colorIndex: 1,
  programmes: [
    {
      id: 'public-procurement',
      letter: '가',
      title: { ko: '공공구매 확대', en: 'Expanding public procurement' },
      icon: 'building',
      intro: [
        '공공구매 확대를 통해 지역의 사회적가치를 넓히는 공공 가공작업을 진행합니다. 사회적경제기업은 공공 ESG의 핵심 파트너입니다. 특히 공공시장은 사회적경제기업에게 안정적이고 든든한 판로지원 공급처로서, 센터는 사회적경제기업의 상품 및 서비스를 공공에 연결합니다.',
      ],
      exhibits: [
        {
          id: 'citizen-value-branding',
          title: "'시민가치기업' 브랜딩",
          titleEn: "'Citizen Value Enterprise' branding",
          paragraphs: [
            '(예비)사회적기업, (사회적)협동조합, (예비)마을기업, 자활기업, 장애인기업, 중증장애인생산물품시설, 여성기업, 녹색제품(친환경기업), 소상공인(공정무역 포함) 등 사회적가치를 추구하거나 공공기관 우선구매 대상인 기업을 의미합니다.',
          ],
        },
        {
          id: 'procurement-consultations',
          title: '시민가치기업 찾아가는 공공기관 우선구매 상담회 및 교육 실시',
          titleEn: 'Citizen value enterprises: visiting consultations and training on public priority purchasing',
          paragraphs: ['우선구매 담당자 대상 상담회를 실시하고 그에 맞는 기업 제품 및 서비스를 매칭합니다.'],
          captions: ['공공구매 상담회 및 교육'],
        },
        {
          id: 'procurement-catalogue',
          title: '공공구매 자료집 발간',
          titleEn: 'Publishing the public procurement catalogue',
          paragraphs: [
            '시민가치기업의 제품 및 서비스를 홍보하고 이를 안내하기 위한 책자를 발간합니다. (부천시사회적경제센터 홈페이지 참고)',
          ],
          // The brochure refers to the center's homepage (www.seeot.or.kr in its colophon).
          links: [{ label: '부천시사회적경제센터 홈페이지', href: 'https://www.seeot.or.kr' }],
          captions: ['공공구매 자료집'],
        },
        {
          id: 'bid-training',
          title: '공공구매 입찰 교육 실시 (온라인)',
          titleEn: 'Online training on public tenders',
          captions: ['공공입찰 교육'],
        },
        {
          id: 'procurement-total',
          title: '총 공공구매 누계액',
          titleEn: 'Cumulative public procurement',
          // The two charts (찾아가는 공공기관 우선구매 현황, 우선구매 현황) carry no values: left out.
          figures: [{ label: '총 공공구매 누계액', value: '558억 원', note: '2018년 68억 대비 증가 ※ 평균 93억 원' }],
        },
      ],
    },
    {
      id: 'sales-channels',
      letter: '나',
      title: { ko: '판로 지원', en: 'Sales channel support' },
      icon: 'cart',
      intro: [
        '사회적경제 제품 및 서비스를 소개하고 판매하는 작업입니다. 사회적경제기업 제품 및 서비스의 다양한 이야기를 지역 내 축제, 판매 활동 지원을 통해 지역, 그리고 다양한 소비자들에게 사회적경제기업을 소개합니다.',
      ],
      exhibits: [
        {
          id: 'market-o-seeot',
          title: "시민가치기업 단기기획전 '마켓 오-시웃'",
          titleEn: "Market O-Seeot, a pop-up for citizen value enterprises",
          paragraphs: [
            '시민가치기업 대상 제품 및 서비스 판매, 홍보를 진행하여 시민가치기업의 홍보 및 판로처를 확보 또는 지원하고 이를 통한 민간 영역에서의 사회적경제기업의 경쟁력을 높여줍니다.',
          ],
          captions: ['마켓 오-시웃'],
        },
        {
          id: 'online-sales',
          title: '온라인 판로 개척',
          titleEn: 'Opening online sales channels',
          paragraphs: [
            '온라인의 다양한 채널들을 도입하여 새로운 판로를 개척하고, 다양한 채널에서의 사회적경제기업 매출의 향상을 이끕니다.',
          ],
          figures: [
            { label: '판매금액', value: '18,370천원' },
            { label: '누적시청', value: '3,000명' },
          ],
          // The channels pictured under this item, then the last photos of the section (by position:
          // this is the exhibit printed nearest above them). "마켓오시-웃 2년간의 결과" announces
          // results it does not print: a figure heading without values, left out.
          captions: ['라이브커머스 운영', '메타버스를 활용한 기업 부스', '네이버 공감 펀딩', '19년도 가치온마켓', '18년도 전시회'],
        },
      ],
    },
    {
      id: 'consulting',
      letter: '다',
      title: { ko: '상담 및 컨설팅', en: 'Counselling and consulting' },
      icon: 'chat',
      intro: [
        '최적화된 재료들로 사회적가치를 펼칠 수 있도록 하는 지원이 바로 상담과 컨설팅입니다. 사회적경제기업을 가공하는 밑바탕이 되는 사회적경제기업 관련 상담과 컨설팅으로 다양한 원재료들을 모으고 섞습니다.',
      ],
      exhibits: [
        {
          id: 'counselling',
          title: '사회적경제 전 영역 상담',
          titleEn: 'Counselling across the social economy',
          paragraphs: [
            '사회적경제기업의 설립부터 운영까지, 사회적가치지표(SVI) 등 다양한 사회적가치 측정 도구까지 사회적경제 전 영역에 걸친 상담을 진행합니다.',
          ],
        },
        {
          id: 'sos-consulting',
          title: '사회적경제 SOS 컨설팅',
          titleEn: 'SOS consulting',
          paragraphs: [
            '기업 운영 시 필요한 비즈니스모델 발굴, 사회적경제기업 설립, 세무/회계, 인사/노무까지 기업 맞춤형 컨설팅을 지원합니다.',
          ],
          captions: ['SOS 컨설팅'],
          // The chart legend names the fields; the chart's values are blank and left out.
          listTitle: '2021~2023년 컨설팅 분야',
          list: ['비즈니스모델·사업화', '사회적경제기업 설립 등', '세무/회계', '인사/노무'],
        },
        {
          id: 'specialist-sos-consulting',
          title: '전문분야 SOS컨설팅',
          titleEn: 'Specialist SOS consulting',
          paragraphs: ['정책 이슈 등에 대응하기 위해 필요한 내용을 컨설팅하고 관련 교육까지 받는 수요자 맞춤형 컨설팅입니다.'],
          tables: [
            {
              caption: '전문분야 SOS컨설팅',
              columns: ['연도', '내용', '참여기업 수', '비고'],
              // The blank year belongs to 2022 (printed once for two rows); 비고 is blank throughout.
              rows: [
                ['2023', '사회적가치지표(SVI) 전문 컨설팅', '10', ''],
                ['2022', '마을기업 전문 경영컨설팅', '4', ''],
                ['', '마을기업 현장 진단 컨설팅', '9', ''],
                ['2021', '2021년 변경 노동관계법규 및 인사관리제도', '10', ''],
              ],
              groupColumns: [0],
            },
          ],
        },
      ],
    },
  ],
};
