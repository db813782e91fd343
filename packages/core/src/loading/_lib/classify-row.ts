import type { BilingualText } from '../../i18n/localized-text';
import { isCellProblem } from '../cell-problem';
import type { SkippedRowKind } from '../load-result';
import { normalizeHeader } from '../normalize-header';
import type { RawCell } from '../raw-row';
import { cellText, isBlankCell } from './cell-text';
import type { HeaderColumn } from './detect-header';

// 合计, 总计, 小计, 共计 alone or ending a label (全县合计, 城区小计), a 其中 breakdown line, or Total.
const totalsPattern =
  /^(?:.{0,12}(?:合计|总计|小计|共计|總計|合計|小計)|其中.*|total|subtotal|grandtotal|sum|alltotal)$/u;
const notePattern =
  /^(?:注|说明|備註|备注|填表|制表|审核|審核|单位负责人|负责人|统计负责人|数据来源|资料来源|报出日期|note|notes|source)/u;
const columnNumberWords = new Set(['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛']);

/** Whether a row is a 甲 乙 1 2 3 … line that numbers the columns of an official form. */
function isColumnNumberRow(cells: readonly RawCell[]): boolean {
  let expected: number | null = null;
  let filled = 0;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    if (isCellProblem(cell)) return false;
    const text = cellText(cell);
    filled++;
    if (columnNumberWords.has(text)) {
      if (expected !== null) return false;
      continue;
    }
    const number = Number(text);
    if (!Number.isInteger(number)) return false;
    if (expected !== null && number !== expected) return false;
    expected = number + 1;
  }
  return filled >= 3 && expected !== null;
}

/** A row that is read but not validated, and why. */
export interface RowClass {
  readonly kind: SkippedRowKind;
  readonly note: BilingualText;
}

// Cheap tests that rule a row out before the full patterns run: most rows are schools.
const mayBeTotals = /[计計]|其中|^\s*[tsgaTSGA]/u;
const mayBeNote = /^\s*(?:[注说備备填制审審单负统数资报]|note|source)/iu;

function totalsNote(text: string): RowClass {
  return {
    kind: 'totals',
    note: { zh: `「${text}」是合计行,不计入明细`, en: `"${text}" is a totals row and is not counted as a record.` },
  };
}

/**
 * Classifies a non-blank data row: a totals line, a footnote, a repeated header or a column-number
 * line is skipped; anything else (`null`) is validated. Cheap for an ordinary row: it looks at
 * the first three non-blank cells and compares at most three cells with the header.
 */
export function classifyRow(cells: readonly RawCell[], header: readonly HeaderColumn[]): RowClass | null {
  let seen = 0;
  let firstText: string | null = null;
  let onlyOne = true;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index];
    if (isBlankCell(cell)) continue;
    seen++;
    if (seen > 3) {
      onlyOne = false;
      break;
    }
    if (seen > 1) onlyOne = false;
    if (typeof cell !== 'string') {
      if (seen === 1) firstText = cellText(cell);
      continue;
    }
    const text = cell.trim();
    if (seen === 1) firstText = text;
    if (mayBeTotals.test(text) && totalsPattern.test(normalizeHeader(text))) return totalsNote(text);
  }
  if (onlyOne && firstText !== null && mayBeNote.test(firstText) && notePattern.test(normalizeHeader(firstText))) {
    const shown = firstText.length > 40 ? `${firstText.slice(0, 40)}…` : firstText;
    return {
      kind: 'note',
      note: { zh: `「${shown}」是表注,不是数据`, en: `"${shown}" is a note under the table, not data.` },
    };
  }
  let repeated = 0;
  let compared = 0;
  for (const column of header) {
    if (column.field === null) continue;
    if (compared >= 3) break;
    compared++;
    const cell = cells[column.index];
    if (typeof cell !== 'string') break;
    const text = cell.trim();
    if (text === '' || (text !== column.text && !column.parts.includes(text))) break;
    repeated++;
  }
  if (compared > 0 && repeated === compared) {
    return { kind: 'header', note: { zh: '重复的表头行', en: 'a repeated header row.' } };
  }
  if (firstText !== null && (columnNumberWords.has(firstText) || firstText === '1') && isColumnNumberRow(cells)) {
    return {
      kind: 'header',
      note: { zh: '栏目编号行(甲、乙、1、2、3…)', en: 'a column-number row (甲, 乙, 1, 2, 3…).' },
    };
  }
  return null;
}
