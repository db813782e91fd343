import { parseLocalizedNumber } from '../../numbers/parse-localized-number';
import { normalizeHeader } from '../normalize-header';
import type { RawRow } from '../raw-row';
import { cellText, isBlankRow } from './cell-text';
import type { CompiledField, CompiledSpec } from './compile-spec';

/** One source column under a chosen header. */
export interface HeaderColumn {
  readonly index: number;
  /** The flattened header as shown to people: `'小学 / 在校生数'`. */
  readonly text: string;
  /** The field it fills, `null` when unused. */
  readonly field: CompiledField | null;
  readonly matchedBy: 'alias' | 'mapping' | null;
  /** The header text normalized, for near misses. */
  readonly key: string;
  /** The header's parts, top to bottom (`['小学', '在校生数']`), for spotting a repeated header. */
  readonly parts: readonly string[];
  /** Whether another column already fills the same field. */
  readonly duplicate: boolean;
}

/** The header found in a sheet's first rows. */
export interface HeaderChoice {
  /** Index (in the buffered rows) of the first header row. */
  readonly start: number;
  /** The number of header rows. */
  readonly count: number;
  readonly columns: readonly HeaderColumn[];
  /** Distinct fields matched. */
  readonly matched: number;
}

/** The texts of header rows, merged cells filled and parts per column. */
function headerParts(rows: readonly RawRow[]): string[][] {
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  const texts = rows.map((row) => {
    const line: string[] = [];
    for (let index = 0; index < width; index++) line.push(cellText(row.cells[index]).replace(/\s+/g, ' '));
    return line;
  });
  // A group header over merged cells (小学 over 在校生数, 班级数…) arrives only in its first
  // column from a CSV; carry it right while the rows below still have headers.
  for (let level = 0; level < texts.length - 1; level++) {
    const line = texts[level] ?? [];
    for (let index = 1; index < width; index++) {
      if (line[index] !== '' || line[index - 1] === '') continue;
      const below = texts.slice(level + 1).some((lower) => lower[index] !== '');
      if (below) line[index] = line[index - 1] ?? '';
    }
  }
  const columns: string[][] = [];
  for (let index = 0; index < width; index++) {
    const parts: string[] = [];
    for (const line of texts) {
      const part = line[index] ?? '';
      // A cell merged down (学校名称 over two header rows) counts once.
      if (part !== '' && normalizeHeader(part) !== normalizeHeader(parts[parts.length - 1] ?? '')) parts.push(part);
    }
    columns.push(parts);
  }
  return columns;
}

/** Matches one column's header parts: the whole flattened header first, then without its upper parts. */
function matchColumn(
  parts: readonly string[],
  spec: CompiledSpec,
): { field: CompiledField | null; matchedBy: 'alias' | 'mapping' | null; ignored: boolean } {
  for (let from = 0; from < parts.length; from++) {
    const key = normalizeHeader(parts.slice(from).join(''));
    if (spec.mapping.has(key)) {
      const field = spec.mapping.get(key) ?? null;
      return { field, matchedBy: field === null ? null : 'mapping', ignored: field === null };
    }
  }
  for (let from = 0; from < parts.length; from++) {
    const field = spec.aliases.get(normalizeHeader(parts.slice(from).join('')));
    if (field !== undefined) return { field, matchedBy: 'alias', ignored: false };
  }
  return { field: null, matchedBy: null, ignored: false };
}

/** Reads the header rows `rows` as columns mapped to fields. */
export function mapHeader(rows: readonly RawRow[], spec: CompiledSpec): HeaderColumn[] {
  const seen = new Set<CompiledField>();
  return headerParts(rows).map((parts, index) => {
    const { field, matchedBy } = matchColumn(parts, spec);
    const duplicate = field !== null && seen.has(field);
    if (field !== null) seen.add(field);
    const text = parts.join(' / ');
    return { index, text, field, matchedBy, key: normalizeHeader(text), parts, duplicate };
  });
}

function countMatched(columns: readonly HeaderColumn[]): { matched: number; required: number } {
  const fields = new Set<CompiledField>();
  for (const column of columns) if (column.field !== null) fields.add(column.field);
  let required = 0;
  for (const field of fields) if (field.required) required++;
  return { matched: fields.size, required };
}

/** How many different texts a row holds. */
function distinctTexts(row: RawRow): number {
  const texts = new Set<string>();
  for (const cell of row.cells) {
    const text = cellText(cell);
    if (text !== '') texts.add(text);
    if (texts.size > 1) break;
  }
  return texts.size;
}

/** Whether a row looks like data: some cell is a number. Header rows are words. */
function hasNumberCell(row: RawRow): boolean {
  return row.cells.some((cell) => {
    if (typeof cell === 'number' || typeof cell === 'bigint') return true;
    return typeof cell === 'string' && cell.trim() !== '' && parseLocalizedNumber(cell) !== null;
  });
}

/**
 * Finds the header among a sheet's first rows: the start row and row count (1 to 3, or
 * `headerRows`) whose flattened headers match the most fields, required fields first. Title rows
 * above it are skipped. On a tie, the taller header wins only when its extra rows hold no number
 * (a header row of sub-labels, not the first data row).
 *
 * @returns The best choice, or `null` when the rows hold nothing.
 */
export function detectHeader(
  rows: readonly RawRow[],
  spec: CompiledSpec,
  headerRows: number | undefined,
): HeaderChoice | null {
  const counts = headerRows === undefined ? [1, 2, 3] : [headerRows];
  let best: (HeaderChoice & { required: number }) | null = null;
  for (let start = 0; start < rows.length; start++) {
    const first = rows[start];
    if (first === undefined || isBlankRow(first.cells)) continue;
    for (const count of counts) {
      if (start + count > rows.length) break;
      const headerSlice = rows.slice(start, start + count);
      // A taller header is made of header rows, never of a title: a title has one text (an
      // XLSX reader repeats it across its merged cells), a header row several.
      if (count > 1 && headerSlice.some((row) => distinctTexts(row) < 2)) break;
      const columns = mapHeader(headerSlice, spec);
      const { matched, required } = countMatched(columns);
      const better =
        best === null ||
        required > best.required ||
        (required === best.required && matched > best.matched) ||
        (required === best.required &&
          matched === best.matched &&
          start === best.start &&
          count > best.count &&
          !rows.slice(start + best.count, start + count).some(hasNumberCell));
      if (better) best = { start, count, columns, matched, required };
    }
  }
  return best;
}
