import { useTranslation } from 'react-i18next';
import type { HistoryBlock } from '../../../shared/schemas/history.ts';
import { yearRange } from '../../ui/yearRange.ts';

/**
 * The history timeline as an ordered list of blocks. The brochure's PDF lost or stacked its year
 * headings, so each block shows its range ("2014–2020") rather than a guessed single year.
 */
export function HistorySection({ history }: { history: readonly HistoryBlock[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('list:historyTitle')}</h2>
      <ol className="timeline">
        {history.map((block) => (
          <li key={block.id} className="timeline__block" id={block.id}>
            <h3 className="timeline__years">{yearRange(block.yearFrom, block.yearTo)}</h3>
            <ul lang="ko">
              {block.items.map((item, i) => (
                <li key={i}>{item.text}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
