import {
  describeValue,
  type IndicatorResult,
  InvalidInputError,
  type LocalizedText,
  type SchoolStage,
  type Unit,
} from '@edukpi/core';
import { formatIndicatorLabel, formatResultValue, getTextLocale } from '@edukpi/format-text';
import { labelFontSize } from '../_lib/base-config';
import { buildChart } from '../_lib/build-chart';
import { chartColours } from '../_lib/chart-colours';
import { punctuation, sharedText } from '../_lib/chart-locale';
import { checkRegimeId } from '../_lib/check-regime-id';
import { checkStage } from '../_lib/check-stage';
import { formatThreshold } from '../_lib/format-threshold';
import { localize } from '../_lib/localize';
import { pickThreshold } from '../_lib/pick-threshold';
import { regimeLabelOf } from '../_lib/regime-label-of';
import { resolveChartOptions } from '../_lib/resolve-chart-options';
import { labelLineHeight, textColumn } from '../_lib/text-column';
import { type ChartResult, toResult } from '../_lib/to-result';
import { unitAxisTitles } from '../_lib/unit-labels';
import { wrapLabel } from '../_lib/wrap-label';
import type { Chart } from '../chart/chart';
import type { ChartOptions } from '../chart/chart-options';

/**
 * One bar of a {@link thresholdBarChart}: a result alone (labelled with its indicator's name), or a
 * result with its own label (a county, a township, a stage).
 */
export type ThresholdBar = ChartResult | { readonly label: string | LocalizedText; readonly result: ChartResult };

/** Options of {@link thresholdBarChart}. */
export interface ThresholdBarChartOptions extends ChartOptions {
  /**
   * The regime whose threshold each bar is drawn against (`quality_balance_2017`, your own id…).
   * Default: each result's first threshold.
   */
  readonly regime?: string;
  /** The stage whose threshold is drawn where a regime sets one per stage. Default: the first that applies. */
  readonly stage?: SchoolStage;
  /** Plot width in pixels. Default `360`. */
  readonly width?: number;
}

type BarStatus = 'passed' | 'failed' | 'noThreshold' | 'noValue';

// A vertical bar, as the threshold is drawn (vega symbols take SVG paths in a unit square).
const thresholdSymbol = 'M-0.18,-1H0.18V1H-0.18Z';

const statusOrder: readonly BarStatus[] = ['passed', 'failed', 'noThreshold', 'noValue'];
const statusColours: { readonly [S in BarStatus]: string } = {
  passed: chartColours.passed,
  failed: chartColours.failed,
  noThreshold: chartColours.none,
  noValue: chartColours.none,
};

const text = {
  title: { 'zh-CN': '指标值与标准', 'zh-TW': '指標值與標準', en: 'Indicators against their thresholds' },
  thresholdMark: {
    'zh-CN': '标准值\uFF08竖线\uFF09',
    'zh-TW': '標準值\uFF08豎線\uFF09',
    en: 'Threshold (vertical line)',
  },
  counts: {
    'zh-CN': (passed: number, failed: number) => `${passed} 项达标\uFF0C${failed} 项未达标`,
    'zh-TW': (passed: number, failed: number) => `${passed} 項達標\uFF0C${failed} 項未達標`,
    en: (passed: number, failed: number) => `${passed} at or above the threshold, ${failed} below`,
  },
} as const;

type BarRow = {
  readonly key: string;
  readonly group: string;
  readonly label: string;
  readonly labelLines: readonly string[];
  readonly value: number | null;
  readonly valueText: string;
  readonly threshold: number | null;
  readonly thresholdText: string;
  readonly status: string;
  readonly description: string;
};

function isLabelled(
  bar: ThresholdBar,
): bar is { readonly label: string | LocalizedText; readonly result: ChartResult } {
  return typeof bar === 'object' && bar !== null && 'result' in bar && 'label' in bar;
}

/**
 * Draws indicator values against their thresholds as horizontal bars: one bar per result, a dark
 * vertical line at its threshold, the bar coloured by whether the result meets it (read from the
 * result's threshold check, never recomputed), and two columns beside the bars with the value as
 * published (`formatResultValue`) and the threshold (`≥ 95%`). Use it for several indicators of
 * one county, or one indicator across counties or townships (give each bar a `label`).
 *
 * Results in different units are drawn in separate blocks, each with its own axis, never on one
 * scale. A result with no value gets no bar; its reason is printed in the value column.
 *
 * @param bars - The results, in the order to draw them (top to bottom): an `IndicatorResult`, its
 *   JSON form, or `{ label, result }`.
 * @param options - Locale, regime and stage of the thresholds, title, width; see
 *   {@link ThresholdBarChartOptions}.
 * @returns The chart: its Vega-Lite `spec` and standalone `svg`.
 * @throws {InvalidInputError} when `bars` is empty or an entry is not a result.
 * @throws {InvalidOptionError} when an option is unknown or malformed.
 *
 * @example
 * ```ts
 * import { computeIndicator } from '@edukpi/core';
 * import { thresholdBarChart } from '@edukpi/format-chart';
 *
 * const chart = await thresholdBarChart(
 *   [
 *     { label: '城关镇', result: computeIndicator('teacher_rotation_rate', { rotated: 12, eligible: 100 }) },
 *     { label: '河西乡', result: computeIndicator('teacher_rotation_rate', { rotated: 8, eligible: 100 }) },
 *   ],
 *   { locale: 'zh-CN' },
 * );
 * chart.svg; // '<svg … role="img" lang="zh-CN" …><title …>教师交流轮岗比例</title>…'
 * ```
 */
export async function thresholdBarChart(
  bars: readonly ThresholdBar[],
  options: ThresholdBarChartOptions = {},
): Promise<Chart> {
  const { resolved, record } = resolveChartOptions(options, { defaultWidth: 360, extra: ['regime', 'stage'] });
  const { locale } = resolved;
  const regime = checkRegimeId(record.regime, ['options', 'regime']);
  const stage = checkStage(record.stage, ['options', 'stage']);
  if (!Array.isArray(bars) || bars.length === 0) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['bars'],
          messageZh: `bars 应为非空数组(每项为指标结果或 { label, result }),收到 ${describeValue(bars)}`,
          messageEn: `bars must be a non-empty array of results or { label, result } (got ${describeValue(bars)}).`,
        },
      ],
    });
  }

  const statusLabels = {
    passed: sharedText.passed[locale],
    failed: sharedText.failed[locale],
    noThreshold: sharedText.noThreshold[locale],
    noValue: sharedText.noValue[locale],
  };
  const textLocale = getTextLocale(locale);
  const units: Unit[] = [];
  const results: IndicatorResult[] = [];
  const rows: BarRow[] = bars.map((bar, index) => {
    const labelled = isLabelled(bar);
    const result = toResult(labelled ? bar.result : bar, labelled ? ['bars', index, 'result'] : ['bars', index]);
    results.push(result);
    if (!units.includes(result.unit)) units.push(result.unit);
    // A label given as one string is free text in Simplified Chinese, as school and place names are:
    // a zh-TW chart writes it in Traditional, as @edukpi/format-text does.
    const label = labelled
      ? typeof bar.label === 'string'
        ? textLocale.convertText(bar.label)
        : localize(bar.label, locale)
      : formatIndicatorLabel(result.id, { locale });
    const check = pickThreshold(result.thresholds, { regime: regime as string | undefined, stage });
    const status: BarStatus =
      result.value === null
        ? 'noValue'
        : check === undefined || check.passed === null
          ? 'noThreshold'
          : check.passed
            ? 'passed'
            : 'failed';
    const valueText = formatResultValue(result, { locale });
    const thresholdText = check === undefined ? '—' : formatThreshold(check, result, locale);
    const parts = [valueText, ...(check === undefined ? [] : [`${sharedText.threshold[locale]} ${thresholdText}`])];
    return {
      key: `bar-${index}`,
      group: result.unit,
      label,
      labelLines: wrapLabel(label, 220, labelFontSize),
      value: result.value === null ? null : result.value.toNumber(),
      valueText,
      threshold: check === undefined ? null : Number(check.value),
      thresholdText,
      status: statusLabels[status],
      description: `${label}${punctuation.colon[locale]}${parts.join(punctuation.comma[locale])}${punctuation.comma[locale]}${statusLabels[status]}`,
    };
  });

  // A result with no value has no bar, so no colour to explain: its reason is in the value column.
  const presentStatuses = statusOrder.filter(
    (status) => status !== 'noValue' && rows.some((row) => row.status === statusLabels[status]),
  );
  const hasThreshold = rows.some((row) => row.threshold !== null);
  const block = (unit: Unit) => {
    const groupRows = rows.filter((row) => row.group === unit);
    // An explicit domain keeps a row whose result has no value (and so no bar) in every column.
    const y = {
      field: 'key',
      type: 'nominal',
      sort: null,
      title: null,
      scale: { domain: groupRows.map((row) => row.key) },
    };
    const step = Math.max(30, labelLineHeight * Math.max(...groupRows.map((row) => row.labelLines.length)) + 12);
    const barsView = {
      title: { text: '\u00A0', fontSize: labelFontSize },
      width: resolved.width,
      height: { step },
      layer: [
        {
          mark: { type: 'bar', height: { band: 0.6 } },
          encoding: {
            y: { ...y, axis: null },
            x: {
              field: 'value',
              type: 'quantitative',
              title: unitAxisTitles[unit][locale],
              scale: { zero: true, nice: true },
            },
            color: {
              field: 'status',
              type: 'nominal',
              title: sharedText.status[locale],
              scale: {
                domain: presentStatuses.map((status) => statusLabels[status]),
                range: presentStatuses.map((status) => statusColours[status]),
              },
            },
            description: { field: 'description' },
          },
        },
        ...(hasThreshold
          ? [
              {
                transform: [{ filter: 'isValid(datum.threshold)' }],
                mark: { type: 'tick', thickness: 3, color: chartColours.threshold },
                encoding: {
                  y,
                  x: { field: 'threshold', type: 'quantitative' },
                  strokeDash: {
                    datum: text.thresholdMark[locale],
                    type: 'nominal',
                    scale: { range: [[1, 0]] },
                    legend: { title: null, symbolType: thresholdSymbol, symbolFillColor: chartColours.threshold },
                  },
                  description: { field: 'description' },
                },
              },
            ]
          : []),
      ],
    };
    return {
      transform: [{ filter: { field: 'group', equal: unit } }],
      hconcat: [
        textColumn({
          rows: groupRows,
          field: 'labelLines',
          header: unitAxisTitles[unit][locale],
          step,
          align: 'right',
          widthOf: rows,
        }),
        barsView,
        textColumn({ rows: groupRows, field: 'valueText', header: sharedText.value[locale], step, widthOf: rows }),
        textColumn({
          rows: groupRows,
          field: 'thresholdText',
          header: sharedText.threshold[locale],
          step,
          widthOf: rows,
        }),
      ],
    };
  };

  const ids = new Set(results.map((result) => result.id));
  const [firstResult] = results;
  const title =
    ids.size === 1 && firstResult !== undefined ? formatIndicatorLabel(firstResult.id, { locale }) : text.title[locale];
  const passed = rows.filter((row) => row.status === statusLabels.passed).length;
  const failed = rows.filter((row) => row.status === statusLabels.failed).length;
  const subtitle = [
    ...(typeof regime === 'string' ? [regimeLabelOf(regime, locale)] : []),
    ...(passed + failed > 0 ? [text.counts[locale](passed, failed)] : []),
  ];
  const body =
    units.length === 1
      ? { data: { values: rows }, ...block(units[0] as Unit) }
      : { data: { values: rows }, vconcat: units.map(block) };
  return buildChart({
    options: resolved,
    title,
    subtitle,
    description:
      [title, ...subtitle].join(punctuation.semicolon[locale]) +
      punctuation.stop[locale] +
      rows.map((row) => row.description).join(punctuation.semicolon[locale]),
    body: { ...body, resolve: { scale: { color: 'shared', strokeDash: 'shared' } } },
  });
}
