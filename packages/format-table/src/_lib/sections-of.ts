import type { Table, TableContent, TableSection } from '../table/table';

/** A section as the writers see it: a bare table has no title of its own. */
export interface WriterSection {
  readonly id: string;
  /** The section's title; `null` for a table given on its own (its caption names it). */
  readonly title: string | null;
  readonly tables: readonly Table[];
}

function isSection(entry: Table | TableSection): entry is TableSection {
  return 'tables' in entry;
}

/** One table, one section or a list of either, as a list of sections. */
export function sectionsOf(content: TableContent): WriterSection[] {
  const entries: readonly (Table | TableSection)[] = Array.isArray(content)
    ? (content as readonly (Table | TableSection)[])
    : [content as Table | TableSection];
  return entries.map((entry) =>
    isSection(entry)
      ? { id: entry.id, title: entry.title, tables: entry.tables }
      : { id: entry.id, title: null, tables: [entry] },
  );
}
