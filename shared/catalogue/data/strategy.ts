import type { StageInput } from '../../schemas/stage.ts';

/** 지원활동 · 2. 전략. Korean text as printed; English titles are ours. */
export const strategy: StageInput = {
  id: 'strategy',
  number: 2,
  title: { ko: '전략', en: 'Strategy' },
  intro: [
    '일반 기업에서 여러 사업이 동시에 진행되는데, 그 중에서도 어느 사업에 투자하고 그 부가가치를 같이 키워나가야 하는지는 기업에서 가지는 가장 중요한 전략 중 하나입니다. 사회적경제가 만들어나가는 다양한 사회를 맞이하기 위한 전략을 다음과 같이 제시합니다.',
  ],
  colorIndex: 3,
  programmes: [
    {
      id: 'social-innovation',
      letter: '가',
      title: { ko: '사회혁신', en: 'Social innovation' },
      icon: 'bulb',
      intro: [
        '사회는 한사람이 만드는 것이 아니라 한사람, 한사람이 모여 만들어 집니다. 사회혁신은 우리 주변에서 필요한 것들을 찾아 실현하는 과정과 그 이후의 변화까지 함께 하는 삶을 만들어 갑니다.',
      ],
      exhibits: [
        {
          id: 'living-lab',
          title: '리빙랩 지원사업',
          titleEn: 'Living lab support',
          paragraphs: [
            "'실생활에서의 실험'을 원칙으로 지역사회문제의 해법을 찾아 지역사회 문제 해결의 해결방안을 마련하고 이를 직접 실행해보는 실생활 사회혁신 방안을 찾아 갑니다.",
            '2020~2023년까지 총 24개의 지역 활동 리빙랩 사업 아이디어 발굴 (74명 참여)',
          ],
          // The two charts (소셜리빙랩 연차별 분야 선정, 아이디어 경진대회 참가 분야 수) carry no values.
          figures: [{ label: '지역 활동 리빙랩 사업 아이디어 발굴', value: '총 24개', note: '74명 참여' }],
        },
        {
          id: 'policy-case',
          title: '정책 반영 사례',
          titleEn: 'An idea that became policy',
          paragraphs: ['(2021년도) <아이스조끼로 다시 태어나는 아이스 팩> 공공일자리 외부 작업자에게 얼음조끼 700벌 제작 지원'],
          figures: [{ label: '얼음조끼', value: '700벌' }],
          captions: ['2021년 아이스조끼로 다시 태어나는 아이스팩 정책 제안 쟁구팀(왼쪽)과 실행된 아이디어 홍보지(오른쪽)'],
        },
        {
          id: 'idea-contest',
          title: '사회혁신 아이디어 경진대회',
          titleEn: 'Social innovation idea contest',
          paragraphs: [
            '아이디어에서 출발하는 사회혁신, 사회를 바꾸는 아이디어를 가진 청년들과 함께 아이디어에서 사업 모델 발굴을 진행하고 사업화 가능성을 확인합니다.',
            '2022~2023년까지 총 47개의 아이디어 발굴',
          ],
          figures: [{ label: '아이디어 발굴', value: '47개' }],
          captions: ['사회혁신 아이디어 경진대회'],
        },
      ],
    },
    {
      id: 'svi',
      letter: '나',
      title: { ko: '사회적가치지표(SVI)', en: 'Social Value Index (SVI)' },
      icon: 'chart',
      intro: [
        "사회적가치지표(SVI, Social Value Index)는 사회적경제기업이 사회적목적을 가지고 조직 운영을 통해 창출하는 사회적성과와 그 영향을 보다 종합적이고 객관적으로 측정하는 지표입니다. 본 지표를 통해 사회적경제기업의 사회적성과, 경제적성과, 혁신성과를 측정하게 되며 '탁월', '우수', '보통', '미흡'으로 기업들의 사회적성과를 판단할 수 있게 됩니다.",
      ],
      exhibits: [
        {
          id: 'svi-disclosure',
          title: '사회적가치지표(SVI) 공개',
          titleEn: 'SVI results online',
          paragraphs: [
            '우리 시의 사회적경제기업이 가지고 있는 사회적가치의 측정 내용을 다음의 페이지에서 확인하실 수 있습니다.',
            '또한 2022년 (예비)사회적기업 사회적가치 성과보고서(탁월, 우수기업)의 사례의 경우 한국사회적기업진흥원에서 만나보실 수 있습니다.',
          ],
          // The path through the portal, step by step as printed (사회적기업 포털 ▶ 현황·성과 ▶ …).
          list: ['사회적기업 포털', '현황·성과', '사회적가치지표(SVI)', '평가자료 조회'],
          links: [{ label: '사회적기업 포털', href: 'https://www.seis.or.kr' }],
        },
        {
          id: 'social-finance',
          title: '또 다른 사회혁신, 사회적금융',
          titleEn: 'Another social innovation: social finance',
          paragraphs: [
            '사회적금융이란 말을 들어보셨나요? 돈이 꼭 필요한 곳에 돈을 돌리는 것이 사회적금융입니다. 경제적 이익보다는 사회적가치를 우선시하여 사회적으로 가치가 있는 곳에 돈을 활용하는 것입니다. 예를 들어 사회적금융으로 대출을 해주면 이자를 받고 투자를 하면 배당금을 받아 사회적금융기관은 그 돈으로 다시 사회적경제조직에 투자하는 방식으로 이루어집니다.',
          ],
        },
        {
          id: 'social-housing',
          title: '사회주택',
          titleEn: 'Social housing',
          paragraphs: [
            '사회주택은 사회적경제주체가 공급 및 운영·관리하는 민간임대주택의 하나로서 사회적가치를 실현시키고 저렴한 임대료 및 안정적인 주거기간을 갖는 공공주택특별법과 민간주택의 중간적 성격을 가진 주택입니다.',
          ],
        },
      ],
    },
  ],
};
