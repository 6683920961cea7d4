import type { EnterpriseInput } from '../../schemas/enterprise.ts';

/**
 * The enterprises the brochure describes under "사회혁신기업 육성사업" / "우수 단비기업을 소개합니다".
 * Names and legal forms as printed ("(주)컷더트래쉬((예비)사회적기업)"); English names are ours.
 */
export const enterprises: EnterpriseInput[] = [
  {
    id: 'cut-the-trash',
    name: { ko: '(주)컷더트래쉬', en: 'Cut the Trash' },
    legalForm: '(예비)사회적기업',
    programmeId: 'danbi',
    icon: 'wave',
    paragraphs: [
      '버려지는 폐그물을 활용한 친환경 패션 아이템을 만드는 회사입니다. 파란 바다에 사는 우리, 자원의 낭비를 최소화하는 지속가능한 디자인을 제안합니다.',
    ],
  },
  {
    id: 'nongnongi',
    name: { ko: '농농이', en: 'Nongnongi' },
    programmeId: 'danbi',
    icon: 'leaf',
    paragraphs: [
      '캐릭터 콘텐츠를 기반으로 경쟁력 있는 제품 제작, 창업과 진로·환경, 콘텐츠 제작 등을 주제로 한 교육사업 또한 진행하며 기후 위기 등 환경에 대한 경각심을 콘텐츠로 녹이고 있습니다.',
    ],
  },
  {
    id: 'vq-studio',
    name: { ko: '브이큐스튜디오', en: 'VQ Studio' },
    legalForm: '(예비)사회적기업',
    programmeId: 'danbi',
    icon: 'camera',
    paragraphs: [
      '영상 제작, 온라인 중계, 교육 영상 제작 등 영상과 관련된 모든 부분을 제작하며 예산이 부족한 사회적경제기업의 영상을 검토 후 무료 제작하고 있습니다.',
    ],
  },
];
