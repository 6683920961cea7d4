import { z } from 'zod';

/**
 * A table as the brochure gives it. Cells are text exactly as printed.
 * An empty cell in a `groupColumns` column belongs to the row above (the brochure prints a
 * year once for several rows); views render it as a row span, never as a blank fact.
 */
export const TableSchema = z
  .object({
    caption: z.string().min(1),
    columns: z.array(z.string().min(1)).min(1),
    rows: z.array(z.array(z.string())).min(1),
    groupColumns: z.array(z.number().int().nonnegative()).default([]),
  })
  .superRefine((t, ctx) => {
    t.rows.forEach((row, i) => {
      if (row.length !== t.columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `row has ${row.length} cells but the table has ${t.columns.length} columns`,
        });
      }
    });
    for (const g of t.groupColumns) {
      if (g >= t.columns.length) ctx.addIssue({ code: 'custom', path: ['groupColumns'], message: `column ${g} does not exist` });
      if (t.rows[0]?.[g] === '') ctx.addIssue({ code: 'custom', path: ['rows', 0, g], message: 'the first row cannot continue a row above' });
    }
  });
export type Table = z.infer<typeof TableSchema>;
