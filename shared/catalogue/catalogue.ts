import type { Catalogue } from '../schemas/catalogue.ts';
import { center } from './data/center.ts';
import { enterprises } from './data/enterprises.ts';
import { history } from './data/history.ts';
import { mascot } from './data/mascot.ts';
import { processing } from './data/processing.ts';
import { rawMaterials } from './data/raw-materials.ts';
import { strategy } from './data/strategy.ts';
import { utilization } from './data/utilization.ts';
import { validateCatalogue } from './validate.ts';

/**
 * The brochure as typed, validated data. Parsed once at import so a broken edit fails at boot and in
 * the unit tests, never in a visitor's browser. Korean text is the brochure's wording; English is ours.
 */
export const CATALOGUE: Catalogue = validateCatalogue({
  center,
  mascot,
  history,
  valueChain: {
    title: { ko: '사회적경제 벨류체인', en: 'The social economy value chain' },
    intro: [
      'Value Chain은 기업활동에서 부가가치가 생성되는 과정',
      '부천시사회적경제센터는 사회적경제 벨류체인으로 다음과 같이 활동 설정',
    ],
    activities: [
      { id: 'primary', title: { ko: '주활동', en: 'Primary activities' }, stages: [rawMaterials, processing] },
      { id: 'support', title: { ko: '지원활동', en: 'Support activities' }, stages: [utilization, strategy] },
    ],
  },
  enterprises,
});
