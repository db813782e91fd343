import {
  IndicatorResult,
  type IndicatorResultJson,
  type Locale,
  type ThresholdCheck,
  type Unit,
  unitInfo,
} from '@edukpi/core';
import { columnOf, decimalsOf, decimalText, emptyCell, textCell } from '../_lib/cells';
import { checkOptions, failCheck } from '../_lib/check-options';
import { comparatorText } from '../_lib/comparator-text';
import { formatIndicatorLabel, formatNumber, formatResultValue } from '../_lib/format-text';
import { labels } from '../_lib/labels';
import { locales } from '../_lib/locales';
import { localize, localizeMessage, localizeName } from '../_lib/localize';
import { numberCellOf } from '../table/create-number-cell';
import type { CellStatus, NumberNotation, Table, TableCell, TableColumn } from '../table/table';

/** A result with the name of what it describes (a township, a school, a year), for a group column. */
export interface LabelledResult {
  readonly label: string;
  readonly result: IndicatorResult | IndicatorResultJson;
}

/** One entry of {@link resultsTable}: a result (or its JSON form), or a result with a label. */
export type ResultsTableEntry = IndicatorResult | IndicatorResultJson | LabelledResult;

/** Options of {@link resultsTable}. */
export interface ResultsTableOptions {
  /** The locale of every header, label and number. Default `'zh-CN'`. */
  readonly locale?: Locale;
  /** The caption. Default `指标结果` / `指標結果` / `Indicator results`. */
  readonly caption?: string;
  /** The table's id. Default `'results'`. */
  readonly id?: string;
  /** Show only the threshold checks of these regimes (`['quality_balance_2017']`). Default: all. */
  readonly regimes?: readonly string[];
  /** Notes printed under the table. Default none. */
  readonly notes?: readonly string[];
}

const notations: Partial<Record<Unit, NumberNotation>> = {
  percent: 'percent',
  ratio_to_one: 'ratio_to_one',
  one_to_ratio: 'one_to_ratio',
};

function isLabelled(entry: ResultsTableEntry): entry is LabelledResult {
  return 'result' in entry && 'label' in entry && !('numerator' in entry);
}

function resultOf(entry: IndicatorResult | IndicatorResultJson): IndicatorResult {
  // A result from a second copy of core is not an instance of this one's class: tell them apart by
  // their decimals, which JSON holds as strings.
  return typeof entry.numerator === 'string'
    ? IndicatorResult.fromJson(entry as IndicatorResultJson)
    : (entry as IndicatorResult);
}

function thresholdText(check: ThresholdCheck, unit: Unit, locale: Locale): string {
  const regime = labels.regimes[check.regime];
  const stage = check.stage === undefined ? undefined : labels.stages[check.stage];
  const scope = [regime === undefined ? check.regime : localize(regime, locale), stage && localize(stage, locale)]
    .filter((part) => part !== undefined)
    .join(' ');
  const number = decimalText(check.value, decimalsOf(check.value), locale);
  const value = comparatorText(check.comparator, `${number}${unit === 'percent' ? '%' : ''}`, locale);
  return locale === 'en' ? `${value} (${scope})` : `${value}(${scope})`;
}

function checkStatus(checks: readonly ThresholdCheck[]): CellStatus | null {
  if (checks.some((check) => check.passed === false)) return 'failed';
  if (checks.some((check) => check.passed === null)) return 'missing';
  return checks.length === 0 ? null : 'passed';
}

function checkText(check: ThresholdCheck, locale: Locale): string {
  const label = check.passed === null ? labels.check.noValue : check.passed ? labels.check.passed : labels.check.failed;
  return localize(label, locale);
}

/**
 * A table of indicator results, one row each: the indicator's name, its value as published
 * (`102.72%`, `16.18:1`, `586.80元`, formatted by @edukpi/format-text with the indicator's decimals;
 * a result with no value shows why, `—(无法计算:分母为零)`, never 0), the numerator and denominator,
 * the unit, each threshold checked with whether it is met, and a note: the result's warnings (a
 * rate over 100%, a negative change). A group column leads when entries carry a label. The threshold and
 * status columns appear only when some result was checked against a threshold, the note column
 * only when some row has a note.
 *
 * Every header and label is in `options.locale`. Cells keep the exact value: CSV and XLSX write
 * the published number, Markdown and HTML the published text.
 *
 * @param results - Results from `computeIndicator` (or their JSON), optionally labelled
 *   (`{ label: '城关镇', result }`).
 * @param options - Locale, caption, id, regimes to show, notes.
 * @returns The table.
 * @throws {InvalidOptionError} when an option is unknown or malformed, or `results` is not an array.
 *
 * @example
 * ```ts
 * const table = resultsTable(
 *   [computeIndicator('junior_three_year_consolidation_rate', { graduates: 1042, entrants: 1010 })],
 *   { locale: 'en' },
 * );
 * table.rows[0]?.cells.map((cell) => cell.text);
 * // ['Junior-secondary three-year consolidation rate', '103.17%', '1,042', '1,010', '%',
 * //  '≥ 95% (quality balance 2017)', '✓ met', 'the raw method does not net out transfers in, …']
 * ```
 */
export function resultsTable(results: readonly ResultsTableEntry[], options: ResultsTableOptions = {}): Table {
  checkOptions(options, { locale: locales, caption: 'string', id: 'string', regimes: 'array', notes: 'array' });
  if (!Array.isArray(results)) {
    failCheck({}, ['results'], 'results 应为指标结果数组', 'results must be an array of indicator results.');
  }
  const { locale = 'zh-CN', regimes } = options;
  const entries = results.map((entry) =>
    isLabelled(entry)
      ? { label: entry.label, result: resultOf(entry.result) }
      : { label: null, result: resultOf(entry) },
  );
  const grouped = entries.some((entry) => entry.label !== null);
  const rows = entries.map(({ label, result }) => {
    const checks = result.thresholds.filter((check) => regimes === undefined || regimes.includes(check.regime));
    const published = formatResultValue(result, { locale, keepTrailingZeros: true });
    const value: TableCell =
      result.exact === null
        ? emptyCell(published, 'missing')
        : numberCellOf({
            value: result.exact,
            decimals: result.decimals,
            locale,
            text: published,
            notation: notations[result.unit] ?? 'plain',
          });
    const part = (amount: string) =>
      numberCellOf({
        value: amount,
        decimals: decimalsOf(amount),
        locale,
        text: formatNumber(amount, { locale, scale: 'none' }),
      });
    // A result with no value says why in its value cell (format-text's `—(无法计算:分母为零)`).
    const notes = result.warnings.map((warning) => localizeMessage(warning.message, locale));
    return {
      group: textCell(label === null ? '' : localizeName(label, locale)),
      indicator: textCell(formatIndicatorLabel(result.id, { locale })),
      value,
      numerator: part(result.numerator.toFixed()),
      denominator: part(result.denominator.toFixed()),
      unit: textCell(unitInfo[result.unit].labels[locale]),
      threshold: textCell(
        checks.map((check) => thresholdText(check, result.unit, locale)).join(localize(labels.clauses, locale)),
      ),
      status: textCell(
        checks.map((check) => checkText(check, locale)).join(localize(labels.clauses, locale)),
        checkStatus(checks),
      ),
      note: textCell(notes.join(localize(labels.clauses, locale))),
      checked: checks.length > 0,
    };
  });
  const checked = rows.some((row) => row.checked);
  const noted = rows.some((row) => row.note.text !== '');
  const text = (label: keyof typeof labels.results) => localize(labels.results[label], locale);
  const columns: [TableColumn, keyof (typeof rows)[number]][] = [
    ...(grouped
      ? [[columnOf('group', text('group'), 'text', { rowHeader: true }), 'group'] as [TableColumn, 'group']]
      : []),
    [columnOf('indicator', text('indicator'), 'text', { rowHeader: !grouped }), 'indicator'],
    [columnOf('value', text('value'), 'value'), 'value'],
    [columnOf('numerator', text('numerator'), 'number'), 'numerator'],
    [columnOf('denominator', text('denominator'), 'number'), 'denominator'],
    [columnOf('unit', text('unit')), 'unit'],
    ...(checked
      ? [
          [columnOf('threshold', text('threshold')), 'threshold'] as [TableColumn, 'threshold'],
          [columnOf('status', text('status'), 'status'), 'status'] as [TableColumn, 'status'],
        ]
      : []),
    ...(noted ? [[columnOf('note', text('note')), 'note'] as [TableColumn, 'note']] : []),
  ];
  return {
    id: options.id ?? 'results',
    caption: options.caption ?? text('caption'),
    locale,
    columns: columns.map(([column]) => column),
    rows: rows.map((row) => ({ cells: columns.map(([, key]) => row[key] as TableCell), summary: false })),
    notes: options.notes ?? [],
  };
}
