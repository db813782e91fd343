import {
  describeValue,
  type IndicatorResult,
  InvalidInputError,
  InvalidOptionError,
  type LocalizedText,
  parseSchoolYear,
  type SchoolStage,
  SchoolYear,
} from '@edukpi/core';
import { type FormatLocale, formatIndicatorLabel, formatResultValue } from '@edukpi/format-text';
import { buildChart } from '../_lib/build-chart';
import { chartColours, seriesColours } from '../_lib/chart-colours';
import { punctuation, sharedText } from '../_lib/chart-locale';
import { checkRegimeId } from '../_lib/check-regime-id';
import { checkStage } from '../_lib/check-stage';
import { formatThreshold } from '../_lib/format-threshold';
import { localize } from '../_lib/localize';
import { pickThreshold } from '../_lib/pick-threshold';
import { regimeLabelOf } from '../_lib/regime-label-of';
import { resolveChartOptions } from '../_lib/resolve-chart-options';
import { type ChartResult, toResult } from '../_lib/to-result';
import { unitAxisTitles } from '../_lib/unit-labels';
import type { Chart } from '../chart/chart';
import type { ChartOptions } from '../chart/chart-options';

/** One point of a {@link TrendSeries}: a school year and the result for it. */
export interface TrendPoint {
  /** A `SchoolYear`, its autumn year (`2021`) or a label `parseSchoolYear` reads (`'2021-2022学年'`). */
  readonly schoolYear: SchoolYear | number | string;
  /** The result of that year: an `IndicatorResult` or its JSON form. */
  readonly result: ChartResult;
}

/** One line of a {@link trendChart}: a county, a township, a stage… across school years. */
export interface TrendSeries {
  /** The line's name in the legend. Default: the indicator's label. */
  readonly label?: string | LocalizedText;
  /** The results, one per school year, in any order. */
  readonly points: readonly TrendPoint[];
}

/** Options of {@link trendChart}. */
export interface TrendChartOptions extends ChartOptions {
  /** The regime whose threshold is drawn as a dashed line. Default: the first threshold of the results. */
  readonly regime?: string;
  /** The stage whose threshold is drawn where a regime sets one per stage. Default: the first that applies. */
  readonly stage?: SchoolStage;
  /**
   * Write each point's value (as `formatResultValue` prints it) beside it. Default `true` for one
   * series, `false` for several (the labels of close lines would overlap).
   */
  readonly valueLabels?: boolean;
  /** Plot width in pixels. Default `520`. */
  readonly width?: number;
}

const text = {
  schoolYear: { 'zh-CN': '学年', 'zh-TW': '學年', en: 'School year' },
  trend: {
    'zh-CN': (label: string) => `${label}变化趋势`,
    'zh-TW': (label: string) => `${label}變化趨勢`,
    en: (label: string) => `${label} over the school years`,
  },
  trendOfSeveral: { 'zh-CN': '指标变化趋势', 'zh-TW': '指標變化趨勢', en: 'Indicators over the school years' },
  series: { 'zh-CN': '系列', 'zh-TW': '系列', en: 'Series' },
  range: {
    'zh-CN': (first: string, last: string) => `${first}至${last}学年`,
    'zh-TW': (first: string, last: string) => `${first}至${last}學年`,
    en: (first: string, last: string) => `School years ${first} to ${last}`,
  },
} as const;

function schoolYearLabel(year: SchoolYear, locale: FormatLocale): string {
  return year.format(locale === 'en' ? 'slash' : 'range');
}

function toSchoolYear(value: unknown, path: readonly (string | number)[]): SchoolYear {
  try {
    if (SchoolYear.isInstance(value)) return SchoolYear.of(value.startYear);
    if (typeof value === 'number') return SchoolYear.of(value);
    if (typeof value === 'string') return parseSchoolYear(value, { path });
  } catch (error) {
    throw new InvalidInputError({
      issues: [
        {
          path,
          messageZh: `无法识别学年 ${describeValue(value)}`,
          messageEn: `cannot read ${describeValue(value)} as a school year.`,
        },
      ],
      cause: error,
    });
  }
  throw new InvalidInputError({
    issues: [
      {
        path,
        messageZh: `学年应为 SchoolYear、起始年份(如 2021)或学年文字(如 2021-2022学年),收到 ${describeValue(value)}`,
        messageEn: `a school year must be a SchoolYear, an autumn year such as 2021, or a label such as 2021-2022学年 (got ${describeValue(value)}).`,
      },
    ],
  });
}

/**
 * Draws results across school years as lines: one line per series (a county, a township, a
 * stage), a point per school year, the value written beside each point as `formatResultValue`
 * prints it, and the threshold as a dashed line (it may change from year to year, and is drawn
 * as it is in each year's result). A year whose result has no value leaves a gap in the line,
 * never a 0. The x axis is the school years in order (`2021-2022`, in English `2021/22`).
 *
 * All results must share one unit: a line chart of percentages and ratios on one axis would
 * mislead.
 *
 * @param series - One series, or several; each a label and its points `{ schoolYear, result }`.
 * @param options - Locale, regime and stage of the threshold, value labels, title, width; see
 *   {@link TrendChartOptions}.
 * @returns The chart: its Vega-Lite `spec` and standalone `svg` (one line `<path>` per series, one
 *   symbol per point with a value).
 * @throws {InvalidInputError} when there are no points, a school year is unreadable or repeated
 *   within a series, a result is not a result, or the results are in different units.
 * @throws {InvalidOptionError} when an option is unknown or malformed.
 *
 * @example
 * ```ts
 * import { computeIndicator } from '@edukpi/core';
 * import { trendChart } from '@edukpi/format-chart';
 *
 * const chart = await trendChart(
 *   {
 *     label: '示范县',
 *     points: [
 *       { schoolYear: 2021, result: computeIndicator('teacher_rotation_rate', { rotated: 8, eligible: 100 }) },
 *       { schoolYear: 2022, result: computeIndicator('teacher_rotation_rate', { rotated: 11, eligible: 100 }) },
 *       { schoolYear: 2023, result: computeIndicator('teacher_rotation_rate', { rotated: 13, eligible: 100 }) },
 *     ],
 *   },
 *   { locale: 'en' },
 * );
 * chart.svg; // '<svg …><title …>Teacher rotation rate over the school years</title>…'
 * ```
 */
export async function trendChart(
  series: TrendSeries | readonly TrendSeries[],
  options: TrendChartOptions = {},
): Promise<Chart> {
  const { resolved, record } = resolveChartOptions(options, {
    defaultWidth: 520,
    extra: ['regime', 'stage', 'valueLabels'],
  });
  const { locale } = resolved;
  const regime = checkRegimeId(record.regime, ['options', 'regime']);
  const stage = checkStage(record.stage, ['options', 'stage']);
  if (record.valueLabels !== undefined && typeof record.valueLabels !== 'boolean') {
    throw new InvalidOptionError({
      path: ['options', 'valueLabels'],
      messageZh: `valueLabels 应为 true 或 false,收到 ${describeValue(record.valueLabels)}`,
      messageEn: `valueLabels must be true or false (got ${describeValue(record.valueLabels)}).`,
    });
  }
  const list: readonly TrendSeries[] = Array.isArray(series) ? series : [series as TrendSeries];
  const listPath = (index: number) => (Array.isArray(series) ? ['series', index] : ['series']);
  if (list.length === 0 || list.some((entry) => !Array.isArray(entry?.points) || entry.points.length === 0)) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['series'],
          messageZh: '每个系列应有至少一个点 { schoolYear, result }',
          messageEn: 'every series needs at least one point { schoolYear, result }.',
        },
      ],
    });
  }

  let unitResult: IndicatorResult | undefined;
  const ids = new Set<string>();
  const years = new Map<number, SchoolYear>();
  const rows = list.flatMap((entry, seriesIndex) => {
    const seen = new Set<number>();
    const points = entry.points.map((point, pointIndex) => {
      const path = [...listPath(seriesIndex), 'points', pointIndex];
      const year = toSchoolYear(point?.schoolYear, [...path, 'schoolYear']);
      const result = toResult(point?.result, [...path, 'result']);
      if (seen.has(year.startYear)) {
        throw new InvalidInputError({
          issues: [
            {
              path: [...path, 'schoolYear'],
              messageZh: `同一系列中学年 ${year.format('label')} 出现了两次`,
              messageEn: `school year ${year.format('en')} appears twice in one series.`,
            },
          ],
        });
      }
      seen.add(year.startYear);
      if (unitResult !== undefined && unitResult.unit !== result.unit) {
        throw new InvalidInputError({
          issues: [
            {
              path: [...path, 'result'],
              messageZh: `结果的单位不一致(${unitResult.unit} 与 ${result.unit}),不能画在同一坐标轴上`,
              messageEn: `the results are in different units (${unitResult.unit} and ${result.unit}) and cannot share one axis.`,
            },
          ],
        });
      }
      unitResult ??= result;
      ids.add(result.id);
      years.set(year.startYear, year);
      return { year, result };
    });
    const firstResult = points[0]?.result as IndicatorResult;
    const label =
      entry.label === undefined ? formatIndicatorLabel(firstResult.id, { locale }) : localize(entry.label, locale);
    return points
      .sort((left, right) => left.year.startYear - right.year.startYear)
      .map(({ year, result }) => {
        const check = pickThreshold(result.thresholds, { regime: regime as string | undefined, stage });
        const valueText = formatResultValue(result, { locale });
        const thresholdText = check === undefined ? null : formatThreshold(check, result, locale);
        return {
          series: label,
          year: schoolYearLabel(year, locale),
          startYear: year.startYear,
          value: result.value === null ? null : result.value.toNumber(),
          valueText,
          threshold: check === undefined ? null : Number(check.value),
          thresholdText,
          description: `${label}${punctuation.comma[locale]}${schoolYearLabel(year, locale)}${punctuation.colon[locale]}${valueText}${
            thresholdText === null ? '' : `${punctuation.comma[locale]}${sharedText.threshold[locale]} ${thresholdText}`
          }`,
        };
      });
  });

  const seriesLabels = [...new Set(rows.map((row) => row.series))];
  if (seriesLabels.length !== list.length) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['series'],
          messageZh: '每个系列应有不同的 label',
          messageEn: 'every series needs its own label.',
        },
      ],
    });
  }
  const yearOrder = [...years.values()]
    .sort((left, right) => left.startYear - right.startYear)
    .map((year) => schoolYearLabel(year, locale));
  const unit = (unitResult as IndicatorResult).unit;
  const valueLabels = (record.valueLabels as boolean | undefined) ?? list.length === 1;
  // The threshold line follows the first series that carries one, year by year.
  const thresholdSeries = seriesLabels.find((label) =>
    rows.some((row) => row.series === label && row.threshold !== null),
  );
  const thresholdRows = rows.filter((row) => row.series === thresholdSeries && row.threshold !== null);
  const thresholdTexts = [...new Set(thresholdRows.map((row) => row.thresholdText))];
  const thresholdLegend = `${sharedText.threshold[locale]}${thresholdTexts.length === 1 ? ` ${thresholdTexts[0]}` : ''}`;
  const x = {
    field: 'year',
    type: 'ordinal',
    sort: yearOrder,
    title: text.schoolYear[locale],
    axis: { labelAngle: yearOrder.length > 8 ? -40 : 0, labelAlign: yearOrder.length > 8 ? 'right' : 'center' },
  };
  const y = {
    field: 'value',
    type: 'quantitative',
    title: unitAxisTitles[unit][locale],
    scale: { zero: false, nice: true },
  };
  const colour = {
    field: 'series',
    type: 'nominal',
    title: null,
    sort: seriesLabels,
    scale: { domain: seriesLabels, range: seriesColours.slice(0, seriesLabels.length) },
    legend: seriesLabels.length > 1 ? {} : null,
  };
  const layers: Record<string, unknown>[] = [];
  if (thresholdRows.length > 0) {
    const flat = new Set(thresholdRows.map((row) => row.threshold)).size === 1;
    layers.push({
      data: { values: flat ? [thresholdRows[0]] : thresholdRows },
      mark: flat
        ? { type: 'rule', color: chartColours.threshold, strokeWidth: 1.5 }
        : { type: 'line', color: chartColours.threshold, strokeWidth: 1.5, interpolate: 'step-after' },
      encoding: {
        ...(flat ? {} : { x }),
        y: { field: 'threshold', type: 'quantitative' },
        description: { value: thresholdLegend },
        strokeDash: {
          datum: thresholdLegend,
          type: 'nominal',
          scale: { range: [[6, 4]] },
          legend: { title: null, symbolType: 'stroke', symbolStrokeColor: chartColours.threshold, symbolSize: 500 },
        },
      },
    });
  }
  layers.push(
    {
      data: { values: rows },
      mark: { type: 'line', strokeWidth: 2.5, invalid: 'break-paths-show-domains' },
      encoding: { x, y, color: colour, detail: { field: 'series' }, description: { field: 'series' } },
    },
    {
      data: { values: rows },
      transform: [{ filter: 'isValid(datum.value)' }],
      mark: { type: 'point', filled: true, size: 70, opacity: 1 },
      encoding: { x, y, color: colour, description: { field: 'description' } },
    },
  );
  if (valueLabels) {
    layers.push({
      data: { values: rows },
      transform: [{ filter: 'isValid(datum.value)' }],
      // Above and to the left of the point, where a rising line is not.
      mark: { type: 'text', align: 'right', dx: -7, dy: -10, fontSize: 11, color: chartColours.text },
      encoding: { x, y, text: { field: 'valueText' }, description: { field: 'description' } },
    });
  }
  if (rows.some((row) => row.value === null)) {
    layers.push({
      data: { values: rows },
      transform: [{ filter: '!isValid(datum.value)' }],
      mark: { type: 'text', baseline: 'bottom', dy: -4, fontSize: 11, color: chartColours.muted },
      encoding: {
        x,
        y: { value: { expr: 'height' } },
        text: { field: 'valueText' },
        description: { field: 'description' },
      },
    });
  }

  const [onlyId] = [...ids];
  const title =
    ids.size === 1 && onlyId !== undefined
      ? text.trend[locale](formatIndicatorLabel(onlyId, { locale }))
      : text.trendOfSeveral[locale];
  const [firstYear] = yearOrder;
  const lastYear = yearOrder[yearOrder.length - 1];
  const subtitle = [
    ...(typeof regime === 'string' ? [regimeLabelOf(regime, locale)] : []),
    ...(firstYear !== undefined && lastYear !== undefined ? [text.range[locale](firstYear, lastYear)] : []),
  ];
  return buildChart({
    options: resolved,
    title,
    subtitle,
    description: `${title}${punctuation.stop[locale]}${rows.map((row) => row.description).join(punctuation.semicolon[locale])}`,
    body: { width: resolved.width, height: 300, layer: layers },
  });
}
