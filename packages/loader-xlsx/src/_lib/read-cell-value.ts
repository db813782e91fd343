import type { RawCell } from '@edukpi/core';
import type { CellValue } from 'exceljs';

/**
 * What a cell holds once read: a value, an Excel error (`#DIV/0!`, `#N/A`…), or a formula whose
 * result was never cached (a workbook written by a program rather than saved by Excel).
 */
export type CellReading =
  | { readonly kind: 'value'; readonly value: RawCell }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'uncached_formula' };

/**
 * Reads an exceljs cell value as edukpi sees it: numbers, text, booleans and dates as they are;
 * rich text joined into plain text; a hyperlink by its text; a formula (plain or shared) by its
 * cached result, never by its formula text; an error value as an error.
 */
export function readCellValue(value: CellValue): CellReading {
  if (value === null || value === undefined) return { kind: 'value', value: null };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return { kind: 'value', value };
  }
  if (value instanceof Date) return { kind: 'value', value: readDate(value) };
  if ('error' in value) return { kind: 'error', error: String(value.error) };
  if ('richText' in value) return { kind: 'value', value: joinRichText(value.richText) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return { kind: 'uncached_formula' };
    if (typeof result === 'object' && !(result instanceof Date)) {
      if ('error' in result) return { kind: 'error', error: String((result as { error: unknown }).error) };
      return readCellValue(result as CellValue);
    }
    return readCellValue(result as CellValue);
  }
  if ('hyperlink' in value || 'text' in value) {
    const text = (value as { text?: unknown }).text;
    if (typeof text === 'string') return { kind: 'value', value: text };
    if (typeof text === 'object' && text !== null && 'richText' in text) {
      return { kind: 'value', value: joinRichText((text as { richText: { text: string }[] }).richText) };
    }
    return { kind: 'value', value: null };
  }
  return { kind: 'value', value: null };
}

function joinRichText(runs: readonly { text?: unknown }[]): string {
  return runs.map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
}

/** An invalid Date (exceljs makes one from a serial outside Excel's range) stays visible as text, never a blank. */
function readDate(date: Date): RawCell {
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : date;
}
