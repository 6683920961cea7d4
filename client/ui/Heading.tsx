import type { ReactNode } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading whose level depends on where the content is embedded (page vs. dialog). */
export function Heading({ level, id, className, children }: { level: number; id?: string; className?: string; children: ReactNode }) {
  const clamped = Math.min(6, Math.max(1, Math.round(level))) as HeadingLevel;
  const Tag = `h${clamped}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
