import { isCellProblem } from '../cell-problem';
import type { RawCell } from '../raw-row';

/** A date cell as text: `YYYY-MM-DD` at midnight UTC, else the full ISO timestamp. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * A raw cell as text, trimmed; `''` for a blank cell, and for a problem cell, whose raw text is
 * only ever reported (never taken for a header, a totals label or a note).
 */
export function cellText(cell: RawCell): string {
  if (typeof cell === 'string') return cell.trim();
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return dateText(cell);
  if (isCellProblem(cell)) return '';
  return String(cell);
}

/** Whether a cell is blank: null, undefined, or text that is empty after trimming. A problem cell never is. */
export function isBlankCell(cell: RawCell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  if (cell === '') return true;
  return cell.trim() === '';
}

/** Whether every cell of a row is blank. */
export function isBlankRow(cells: readonly RawCell[]): boolean {
  for (let index = 0; index < cells.length; index++) {
    if (!isBlankCell(cells[index])) return false;
  }
  return true;
}

/** A raw cell as it goes into a rejection report: text, at most 200 characters. */
export function reportedValue(cell: RawCell): string {
  const text = typeof cell === 'string' ? cell : isCellProblem(cell) ? cell.raw : cellText(cell);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
