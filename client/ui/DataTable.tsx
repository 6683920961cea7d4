import type { Table } from '../../shared/schemas/table.ts';

/**
 * How many rows each cell spans. In a `groupColumns` column the brochure prints a value once for
 * several rows (a year over its events); the blank cells below belong to it, so the first cell
 * spans them and the blanks are not rendered (a blank would read as a missing fact).
 */
export function rowSpans(table: Pick<Table, 'rows' | 'groupColumns'>): number[][] {
  const spans = table.rows.map((row) => row.map(() => 1));
  for (const col of table.groupColumns) {
    let owner = -1;
    table.rows.forEach((row, r) => {
      if (row[col] === '' && owner >= 0) {
        spans[owner]![col]! += 1;
        spans[r]![col] = 0;
      } else {
        owner = r;
      }
    });
  }
  return spans;
}

/** A brochure table as a real, captioned data table. Korean cell text is marked lang="ko". */
export function DataTable({ table }: { table: Table }) {
  const spans = rowSpans(table);
  return (
    <div className="table-scroll" role="region" aria-label={table.caption} tabIndex={0}>
      <table className="data-table" lang="ko">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => {
                const span = spans[r]![c]!;
                if (span === 0) return null;
                // Group cells label the rows they span, so they are row headers.
                return table.groupColumns.includes(c) ? (
                  <th key={c} scope="row" rowSpan={span > 1 ? span : undefined}>
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
