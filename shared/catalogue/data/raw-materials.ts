import type { StageInput } from '../../schemas/stage.ts';

/** 주활동 · 1. 주요 원재료 생산 (brochure pp. 12–). Korean text as printed; English titles are ours. */
export const rawMaterials: StageInput = {
  id: 'raw-materials',
  number: 1,
  title: { ko: '주요 원재료 생산', en: 'Producing the raw materials' },
  intro: [
    '우리가 하나의 물건 혹은 서비스를 만들어 나가는데 필요한 것들에는 무엇이 있을까요? 바탕이 되는 원료, 재료 등이 필요합니다.',
    '그럼 사회적경제를 성장시키기 위한 원재료는 무엇일까요?',
    '원료로는 사회적경제에 대한 이해, 인식확산, 사회적경제를 배우는 교육',
    '재료로는 사회적경제기업 및 사회혁신기업을 육성하는 단비기업/사회혁신기업 육성사업이 포함됩니다.',
  ],
  colorIndex: 0,
  programmes: [
    {
      id: 'awareness',
      letter: '가',
      title: { ko: '인식확산', en: 'Spreading awareness' },
      icon: 'megaphone',
      intro: [
        '사회적경제를 받아들이고, 생각하고, 이해하는 과정을 통해 사회적경제와 사회 혁신의 시민 이해를 높이고 이를 통한 지역사회에서의 연대와 협력의 순환경제를 꿈꿉니다.',
        '사회적경제 콘퍼런스(세미나), 캠페인, 토론회',
      ],
      exhibits: [
        {
          id: 'conference',
          title: '사회적경제 콘퍼런스 (세미나)',
          titleEn: 'Social economy conferences (seminars)',
          paragraphs: ['사회적경제, 사회혁신분야의 다양한 화제에 대해 협의하고 이야기합니다.'],
          captions: ['사회적경제 콘퍼런스(세미나)'],
          tables: [
            {
              caption: '콘퍼런스(세미나) 주최 내용',
              columns: ['연월', '콘퍼런스(세미나)명', '참여자 수'],
              rows: [
                ['2023.9.', '2023.「제4차 사회적기업 기본계획」 대응 전략 세미나', '22'],
                ['2023.3.', 'ESG 경영 및 사회적기업 설명회', '114'],
                ['2022.7.', '청년, 사회적경제로 미래를 그리다', '75'],
                ['2020.12.', '부천시 사회적경제 단비포럼', '10'],
                ['2019.6', '노무 및 조달 실무', '21'],
                ['2019.3', '살림살이 경제학', '60'],
                ['2018.12.', '사회적경제와 도시재생', '30'],
                ['2018.9.', '사회적가치평가 포럼', '20'],
              ],
            },
          ],
        },
        {
          id: 'campaign',
          title: '사회적경제 캠페인',
          titleEn: 'Social economy campaigns',
          paragraphs: ['사회적경제를 알리고 이를 확산하기 위한 내용을 운영합니다.'],
        },
        {
          id: 'seeot-letter',
          title: '사회적경제 시웃레터',
          titleEn: 'Seeot Letter newsletter',
          paragraphs: ['격주간 사회적경제 관련 지원소식 발송을 통한 사회적경제의 최신 소식을 소개합니다.'],
        },
        {
          id: 'one-minute-facts',
          title: '사회적경제 1분 상식',
          titleEn: 'Social economy in 1 minute',
          paragraphs: ['사회적경제의 상식을 1분안에 쉽고 빠르게 전달합니다.'],
          // The SNS figures (구독자 수, 업로드 콘텐츠 수, 유튜브 총 노출 수) are blank in the brochure.
        },
      ],
    },
    {
      id: 'seeot-school',
      letter: '나',
      title: { ko: "교육 '시웃스쿨'", en: 'Education: Seeot School' },
      icon: 'school',
      intro: [
        "사회적경제 교육 전문 아카데미인 '시웃스쿨'은 대상별, 분야별 교육을 통한 시민의 사회적경제, 사회혁신에 대한 시민의 흥미를 이끌어내고, 지식을 넓혀줍니다.",
        '청소년 싱킹아카데미, 시웃스쿨 일반과정, 시웃스쿨 인재양성',
      ],
      exhibits: [
        {
          id: 'thinking-academy',
          title: '청소년 싱킹아카데미',
          titleEn: 'Youth Thinking Academy',
          paragraphs: [
            '관내 청소년 대상 기관과의 연계를 통한 지역사회문제 발굴, 창업 교육 등을 통한 사회문제 해결 과정을 배우고 이를 통한 청소년 인재 발굴을 진행합니다.',
          ],
          listTitle: '참여 학교(기관명)',
          list: [
            '원종고등학교', '소사청소년수련원', '상동중학교', '부천청소년법률지원센터', '부천여자중학교',
            '부천동중학교', '상일중학교', '옥길중학교', '부천여자고등학교', '부천일신중학교', '부인중학교',
            '중원중학교', '중흥고등학교',
          ],
        },
        {
          id: 'general-course',
          title: '시웃스쿨 일반과정',
          titleEn: 'Seeot School general course',
          paragraphs: [
            '온·오프라인 교육을 통한 사회적경제의 전반적인 이해, 지역의 사회적경제기업 소개, ESG 역량 교육 등을 통한 시민에게 사회적경제 교육을 제공합니다.',
            '온라인 교육과정 : 네이버 에드워드 내에서 교육 수강 가능',
          ],
          captions: ['오프라인 교육과정'],
        },
        {
          id: 'talent-development',
          title: '시웃스쿨 인재양성',
          titleEn: 'Seeot School talent development',
          paragraphs: [
            '사회적경제의 기본토대가 되는 사회적경제인 양성을 위한 교육 전략 수립, 교육 연계 기관의 협업을 통한 인재 발굴 및 육성을 지원합니다.',
          ],
          figures: [{ label: '사회적경제분야 교육 양성률(2018~2023)', value: '총 6,311명' }],
        },
      ],
    },
    {
      id: 'danbi',
      letter: '다',
      title: { ko: '단비기업 육성사업 / 사회혁신기업 육성사업', en: 'Danbi start-up incubation / Social innovation enterprise incubation' },
      icon: 'raindrop',
      intro: [
        '‘필요할 때 내리는 비’처럼 창업 시 필요한 내용들을 담아서 우리 지역의 문제를 해결하는 기업을 만들어 갑니다. 도전해보고, 실패도 해보고, 성공도 하는 다양한 도전들과 함께합니다.',
      ],
      exhibits: [
        {
          id: 'selection-process',
          title: '선발 절차',
          titleEn: 'Selection process',
          // The journey chart after "…선발 여정은 다음과 같습니다." is an image the text does not carry.
          paragraphs: [
            '부천시 생활권역의 자원발굴, 지역사회문제해결을 도모하는 사업 컨설팅 등을 지원하며, 지역기반형 소셜벤처 기업 육성에 목적이 있습니다.',
          ],
        },
        {
          id: 'danbi-benefits',
          title: '단비기업 혜택',
          titleEn: 'What Danbi enterprises receive',
          // Printed as one table row of four cells, each a title over a text: titles as columns.
          tables: [
            {
              caption: '단비기업 혜택',
              columns: ['솔버튼 워크숍 전체 참여', '최종 선정기업 사업화 멘토링', '창업 보조금 지원', '업무공간 지원'],
              rows: [
                [
                  '사회문제 해결 워크숍 진행, 지역사회문제 인식부터 해결방안 도출 후 사업계획서 작성',
                  '기업 사업화를 위한 담임 멘토링을 통한 사업 역량 강화, 업종별 인프라 강화 등 기업별 사업화 지원',
                  '창업시 필요한 홍보물, CI, BI 제작, 시제품 제작 등 사업에 필요한 보조금 지원',
                  '<부천시 원미구 부일로 232> 4층에 마련된 단비기업 업무공간 무상 지원',
                ],
              ],
            },
          ],
          captions: ['단비기업 업무공간'],
        },
        {
          id: 'social-innovation-incubation',
          title: '사회혁신기업 육성사업',
          titleEn: 'Social innovation enterprise incubation',
          paragraphs: [
            '단비기업에서 한걸음 더 성장을 위한 사회혁신기업 육성',
            '창업 후 변화된 생태계에 맞춘 새로운 비즈니스 모델 발굴, 시제품 고도화 등 기존의 사회혁신에 발맞춘 성장을 지원합니다.',
          ],
        },
        {
          id: 'danbi-results',
          title: '단비기업 성과',
          titleEn: 'Danbi results',
          // "단비기업 업종분석" (sector analysis) is a blank chart: left out.
          figures: [{ label: '단비기업 성과', value: '총 68개팀 최종 선정/ 총 참가 287개팀' }],
          // The three enterprises' photos are printed after this item's chart, their names as captions.
          captions: ['컷더트래쉬', '농농이', '브이큐스튜디오'],
        },
      ],
    },
  ],
};
