import type { BilingualText } from '../../i18n/localized-text';
import { parseLocalizedNumber } from '../../numbers/parse-localized-number';
import { isCellProblem } from '../cell-problem';
import type { RejectionCode } from '../load-result';
import { normalizeHeader } from '../normalize-header';
import type { RawCell } from '../raw-row';
import { cellText } from './cell-text';
import type { CompiledField } from './compile-spec';

/** Why a cell could not be read, in both languages. */
export class CellProblem {
  constructor(
    readonly code: RejectionCode,
    readonly reason: BilingualText,
  ) {}
}

const excelErrors = new Set([
  '#DIV/0!',
  '#N/A',
  '#NAME?',
  '#NULL!',
  '#NUM!',
  '#REF!',
  '#VALUE!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#UNKNOWN!',
]);

// Placeholders a statistics table uses for "not applicable" in a number column: read as blank.
const placeholders = new Set(['-', '--', '—', '——', '–', '－', '/', '／', '\\']);

const trueTexts = new Set(['是', '有', '对', 'y', 'yes', 'true', 't', '1', '√', '✓', '✔']);
const falseTexts = new Set(['否', '无', '不是', 'n', 'no', 'false', 'f', '0', '×', '✗', '✘']);

// Plain numbers need no parsing: digits, an optional fraction without trailing zeros. The
// result is exactly what parseLocalizedNumber would return for them.
const plainInteger = /^(?:0|[1-9]\d{0,14})$/;
const plainDecimal = /^(?:0|[1-9]\d{0,14})(?:\.\d{0,14}[1-9])?$/;

function quote(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function problem(code: RejectionCode, zh: string, en: string): CellProblem {
  return new CellProblem(code, { zh, en });
}

function notANumber(field: CompiledField, text: string): CellProblem {
  return problem(
    'not_a_number',
    `${field.label.zh}应为数字,「${quote(text)}」不是数字`,
    `${field.label.en} must be a number; "${quote(text)}" is not one.`,
  );
}

function negative(field: CompiledField, text: string): CellProblem {
  return problem(
    'negative',
    `${field.label.zh}不能为负数,收到「${quote(text)}」`,
    `${field.label.en} must not be negative (got "${quote(text)}").`,
  );
}

function formulaError(text: string): CellProblem {
  return problem(
    'formula_error',
    `单元格是公式错误「${text}」;请在 Excel 中修正公式或填入数值`,
    `the cell holds the formula error "${text}"; fix the formula in Excel or enter the value.`,
  );
}

/** A finite number as an exact decimal string, never in exponent notation. */
function numberText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const [mantissa = '', exponentText = '0'] = text.toLowerCase().split('e');
  const exponent = Number(exponentText);
  const negativeSign = mantissa.startsWith('-');
  const [integer = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = integer + fraction;
  const pointAt = integer.length + exponent;
  let result: string;
  if (pointAt <= 0) result = `0.${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) result = digits + '0'.repeat(pointAt - digits.length);
  else result = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return negativeSign ? `-${result}` : result;
}

/**
 * Reads a number cell's text as an exact decimal string, checking scale, unit, percent and sign
 * against the field.
 */
function readNumberText(field: CompiledField, text: string): string | CellProblem {
  const parsed = parseLocalizedNumber(text);
  if (parsed === null) return notANumber(field, text);
  if (parsed.scale !== 1 && !field.allowScale) {
    return problem(
      'scale_not_allowed',
      `${field.label.zh}列不接受"万""亿"等数量级,请填写完整数字(收到「${quote(text)}」)`,
      `${field.label.en} does not accept 万 / 亿 suffixes; enter the full number (got "${quote(text)}").`,
    );
  }
  if (parsed.unit !== null && !field.units.has(parsed.unit)) {
    const allowed = [...field.units];
    return problem(
      'unit_not_allowed',
      `${field.label.zh}列不接受单位「${parsed.unit}」${allowed.length > 0 ? `(可用:${allowed.join('、')})` : ',请只填数字'}`,
      `${field.label.en} does not take the unit "${parsed.unit}"${allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : '; enter the number only'}.`,
    );
  }
  if (parsed.percent && field.kind !== 'percent') {
    return problem(
      'percent_not_allowed',
      `${field.label.zh}不是百分比,不应带 %(收到「${quote(text)}」)`,
      `${field.label.en} is not a percentage and takes no % (got "${quote(text)}").`,
    );
  }
  if (!field.allowNegative && parsed.value.startsWith('-')) return negative(field, text);
  return parsed.value;
}

function readCount(field: CompiledField, cell: RawCell, text: string): number | CellProblem | undefined {
  let value: number;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return notANumber(field, text);
    value = cell;
  } else if (typeof cell === 'bigint') {
    value = Number(cell);
  } else if (typeof cell === 'string') {
    if (plainInteger.test(text)) return Number(text);
    const decimal = readNumberText(field, text);
    if (typeof decimal !== 'string') return decimal;
    if (decimal.includes('.')) {
      return problem(
        'not_a_whole_number',
        `${field.label.zh}应为整数,「${quote(text)}」有小数`,
        `${field.label.en} must be a whole number ("${quote(text)}" has a fraction).`,
      );
    }
    value = Number(decimal);
  } else {
    return notANumber(field, text);
  }
  if (!Number.isInteger(value)) {
    return problem(
      'not_a_whole_number',
      `${field.label.zh}应为整数,「${quote(text)}」有小数`,
      `${field.label.en} must be a whole number ("${quote(text)}" has a fraction).`,
    );
  }
  if (value < 0 && !field.allowNegative) return negative(field, text);
  if (!Number.isSafeInteger(value)) {
    return problem(
      'invalid_value',
      `${field.label.zh}超出可精确表示的整数范围(收到「${quote(text)}」)`,
      `${field.label.en} is beyond the safe integer range (got "${quote(text)}").`,
    );
  }
  return value === 0 ? 0 : value;
}

function readDecimal(field: CompiledField, cell: RawCell, text: string): string | CellProblem | undefined {
  if (typeof cell === 'string') {
    if (plainDecimal.test(text)) return text;
    return readNumberText(field, text);
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return notANumber(field, text);
    if (cell < 0 && !field.allowNegative) return negative(field, text);
    return numberText(cell === 0 ? 0 : cell);
  }
  if (typeof cell === 'bigint') {
    if (cell < 0n && !field.allowNegative) return negative(field, text);
    return String(cell);
  }
  return notANumber(field, text);
}

function readBoolean(field: CompiledField, cell: RawCell, text: string): boolean | CellProblem {
  if (typeof cell === 'boolean') return cell;
  if (text === '是') return true;
  if (text === '否') return false;
  const key = normalizeHeader(text);
  if (trueTexts.has(key)) return true;
  if (falseTexts.has(key)) return false;
  return problem(
    'not_a_boolean',
    `${field.label.zh}应填"是"或"否",收到「${quote(text)}」`,
    `${field.label.en} must be yes or no (是/否), got "${quote(text)}".`,
  );
}

function readEnum(field: CompiledField, text: string): string | CellProblem {
  const value = field.exactValues.get(text) ?? field.values.get(normalizeHeader(text));
  if (value !== undefined) return value;
  return problem(
    'unknown_value',
    `「${quote(text)}」不是有效的${field.label.zh};可填:${field.valueTexts.join('、')}`,
    `"${quote(text)}" is not a valid ${field.label.en}; expected one of: ${field.valueTexts.join(', ')}.`,
  );
}

/**
 * Reads one cell as its field's kind: the value, `undefined` for a blank cell (never zero), or
 * a {@link CellProblem} — also for a reader's problem cell, in every kind of column.
 */
export function readCell(field: CompiledField, cell: RawCell): unknown {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'object' && isCellProblem(cell)) return new CellProblem(cell.code, cell.reason);
  const text = typeof cell === 'string' ? cell.trim() : cellText(cell);
  if (text === '') return undefined;
  if (text.charCodeAt(0) === 35 /* # */ && excelErrors.has(text.toUpperCase())) return formulaError(text);
  switch (field.kind) {
    case 'text':
      return text;
    case 'count':
      if (placeholders.has(text)) return undefined;
      return readCount(field, cell, text);
    case 'decimal':
    case 'money':
    case 'percent':
      if (placeholders.has(text)) return undefined;
      return readDecimal(field, cell, text);
    case 'boolean':
      return readBoolean(field, cell, text);
    case 'enum':
      return readEnum(field, text);
  }
}

/**
 * The value of a bare integer (`0` or up to 15 digits without a leading zero, as
 * `plainInteger` matches), read digit by digit; -1 for anything else.
 */
function plainIntegerValue(text: string): number {
  const length = text.length;
  if (length > 15) return -1;
  let value = 0;
  for (let index = 0; index < length; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9 || (digit === 0 && index === 0 && length > 1)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isPlainEdge(code: number): boolean {
  return (code > 32 && code < 0x7f) || (code > 0x3000 && code !== 0xfeff);
}

/**
 * A reader for one field's cells, for the hot path: the plain cases (a bare integer in a count
 * column, a bare decimal in a decimal column, trimmed text) are handled inline, everything else
 * by {@link readCell} — the same result either way.
 */
export function createCellReader(field: CompiledField): (cell: RawCell) => unknown {
  const slow = (cell: RawCell) => readCell(field, cell);
  switch (field.kind) {
    case 'count':
      return (cell) => {
        if (typeof cell === 'string') {
          if (cell === '') return undefined;
          const value = plainIntegerValue(cell);
          if (value !== -1) return value;
        }
        return slow(cell);
      };
    case 'decimal':
    case 'money':
    case 'percent':
      return (cell) => {
        if (typeof cell === 'string') {
          if (cell === '') return undefined;
          if (plainDecimal.test(cell)) return cell;
        }
        return slow(cell);
      };
    case 'text':
      return (cell) => {
        if (typeof cell === 'string') {
          if (cell === '') return undefined;
          // Printable ASCII or CJK at both ends (no whitespace to trim) and no leading #: the text itself.
          if (
            isPlainEdge(cell.charCodeAt(0)) &&
            isPlainEdge(cell.charCodeAt(cell.length - 1)) &&
            cell.charCodeAt(0) !== 35
          ) {
            return cell;
          }
        }
        return slow(cell);
      };
    default:
      return slow;
  }
}
