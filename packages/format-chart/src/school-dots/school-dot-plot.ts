import { checkOptionRecord, Decimal, describeValue, getIndicatorDefinition, InvalidOptionError } from '@edukpi/core';
import { formatIndicatorLabel, formatNumber, getTextLocale } from '@edukpi/format-text';
import type { EvaluatedStage, Regime, RegimeEvaluation, ResourceIndicatorId } from '@edukpi/standards';
import { buildChart } from '../_lib/build-chart';
import { chartColours } from '../_lib/chart-colours';
import { comparatorSymbols, punctuation, sharedText, stageLabels } from '../_lib/chart-locale';
import { resourcesOf } from '../_lib/check-evaluation';
import { checkStage } from '../_lib/check-stage';
import { type CheckStatus, checkStatuses, checkStatusOf, floorPercentText } from '../_lib/check-status';
import { formatDecimalText } from '../_lib/format-decimal-text';
import { resolveChartOptions } from '../_lib/resolve-chart-options';
import { schoolRuleOf } from '../_lib/school-rule-of';
import { unitAxisTitles } from '../_lib/unit-labels';
import type { Chart } from '../chart/chart';
import type { ChartOptions } from '../chart/chart-options';

/** What {@link schoolDotPlot} draws: one resource indicator of one stage of an evaluation. */
export interface SchoolDotPlotInput {
  /** What `evaluateRegime` of `@edukpi/standards` returned (a compulsory-education regime). */
  readonly evaluation: RegimeEvaluation;
  /** The per-school resource indicator, e.g. `qualified_teachers_per_100_students`. */
  readonly indicator: ResourceIndicatorId;
  /** `primary` or `junior`: the coefficient of variation is taken within one stage. */
  readonly stage: EvaluatedStage;
}

/** Options of {@link schoolDotPlot}. */
export interface SchoolDotPlotOptions extends ChartOptions {
  /**
   * The regime the evaluation was made under, for its school rule (the 85% floor drawn as a band
   * under the standard). Only needed for an evaluation that does not state its rule in
   * `resources.schoolRule` (one saved by an earlier version); then the default is the built-in
   * regime with the evaluation's id. Without a school rule only the standard is drawn.
   */
  readonly regime?: Regime;
  /** Plot width in pixels. Default `520`. */
  readonly width?: number;
}

const statusColours: { readonly [S in CheckStatus]: string } = {
  passed: chartColours.passed,
  near: chartColours.near,
  failed: chartColours.failed,
  none: chartColours.none,
};
const statusShapes: { readonly [S in CheckStatus]: string } = {
  passed: 'circle',
  near: 'triangle-up',
  failed: 'diamond',
  none: 'circle',
};

const text = {
  passed: { 'zh-CN': '达到标准', 'zh-TW': '達到標準', en: 'At or above the standard' },
  near: {
    'zh-CN': (share: string) => `低于标准\uFF0C不低于标准的 ${share}`,
    'zh-TW': (share: string) => `低於標準\uFF0C不低於標準的 ${share}`,
    en: (share: string) => `Below the standard, at least ${share} of it`,
  },
  failedBelowFloor: {
    'zh-CN': (share: string) => `低于标准的 ${share}`,
    'zh-TW': (share: string) => `低於標準的 ${share}`,
    en: (share: string) => `Below ${share} of the standard`,
  },
  failed: { 'zh-CN': '低于标准', 'zh-TW': '低於標準', en: 'Below the standard' },
  none: { 'zh-CN': '无标准', 'zh-TW': '無標準', en: 'No standard' },
  standard: { 'zh-CN': '标准', 'zh-TW': '標準', en: 'Standard' },
  mean: { 'zh-CN': '县均值', 'zh-TW': '縣均值', en: 'County mean' },
  coefficient: { 'zh-CN': '差异系数', 'zh-TW': '差異係數', en: 'Coefficient of variation' },
  composite: {
    'zh-CN': '综合差异系数\uFF08各指标差异系数的平均\uFF09',
    'zh-TW': '綜合差異係數\uFF08各指標差異係數的平均\uFF09',
    en: 'Composite coefficient (the mean of the indicators’)',
  },
  noValue: { 'zh-CN': '无数值', 'zh-TW': '無數值', en: 'no value' },
  schools: {
    'zh-CN': (count: number) => `${count} 所学校`,
    'zh-TW': (count: number) => `${count} 所學校`,
    en: (count: number) => `${count} school${count === 1 ? '' : 's'}`,
  },
} as const;

/**
 * Draws one dot per school for a resource indicator of an evaluation: the schools of one stage
 * sorted by value, each dot coloured and shaped by whether the school reaches the standard, a
 * dashed line at the county mean (Σ resource ÷ Σ students, as the evaluation computed it), a line
 * at the standard, and a shaded band from the school rule's floor (85% of the standard under the
 * 2017 regime) up to the standard. The subtitle gives the coefficient of variation against its
 * threshold. Every number is read from the evaluation; the chart computes none (the floor is the
 * standard × the regime's floor share, for drawing).
 *
 * @param input - The evaluation, the indicator and the stage; see {@link SchoolDotPlotInput}.
 * @param options - Locale, title, width, and the regime for a variant's floor; see {@link SchoolDotPlotOptions}.
 * @returns The chart: its Vega-Lite `spec` and standalone `svg` (one `<path>` symbol per school).
 * @throws {InvalidInputError} when `evaluation` is not an evaluation with a resource part.
 * @throws {InvalidOptionError} when the indicator or stage is not in the evaluation, or an option is
 *   unknown or malformed.
 *
 * @example
 * ```ts
 * import { evaluateRegime, qualityBalance2017 } from '@edukpi/standards';
 * import { schoolDotPlot } from '@edukpi/format-chart';
 *
 * const evaluation = evaluateRegime(qualityBalance2017, { schools });
 * const chart = await schoolDotPlot(
 *   { evaluation, indicator: 'qualified_teachers_per_100_students', stage: 'primary' },
 *   { locale: 'zh-CN' },
 * );
 * chart.svg; // '<svg …><title …>每百名学生拥有高于规定学历教师数（小学）</title>…'
 * ```
 */
export async function schoolDotPlot(input: SchoolDotPlotInput, options: SchoolDotPlotOptions = {}): Promise<Chart> {
  const { resolved, record } = resolveChartOptions(options, { defaultWidth: 520, extra: ['regime'] });
  const { locale } = resolved;
  const { evaluation, indicator, stage: stageInput } = checkOptionRecord(input, ['evaluation', 'indicator', 'stage']);
  const resources = resourcesOf(evaluation, ['input', 'evaluation']);
  const stage = checkStage(stageInput, ['input', 'stage'], ['primary', 'junior'] as const);
  const coefficient = resources.coefficients.find((check) => check.stage === stage && check.indicator === indicator);
  if (stage === undefined || coefficient === undefined) {
    const available = resources.coefficients.map((check) => `${check.stage}/${check.indicator}`);
    throw new InvalidOptionError({
      path: ['input', stage === undefined ? 'stage' : 'indicator'],
      messageZh: `评估结果中没有 ${describeValue(stage)} 学段的指标 ${describeValue(indicator)};可选:${available.join('、')}`,
      messageEn: `the evaluation has no indicator ${describeValue(indicator)} for stage ${describeValue(stage)}; available: ${available.join(', ')}.`,
    });
  }
  const definition = getIndicatorDefinition(coefficient.indicator);
  const schoolRule = schoolRuleOf(evaluation as RegimeEvaluation, record.regime);
  const floorShare = schoolRule?.floorShare;

  const labels: { readonly [S in CheckStatus]: string } = {
    passed: text.passed[locale],
    near: floorShare === undefined ? '' : text.near[locale](floorPercentText(floorShare, locale)),
    failed:
      floorShare === undefined
        ? text.failed[locale]
        : text.failedBelowFloor[locale](floorPercentText(floorShare, locale)),
    none: text.none[locale],
  };
  const schools = resources.schools.filter((school) => school.stage === stage);
  // School names are written in Simplified Chinese; a zh-TW chart writes them in Traditional.
  const textLocale = getTextLocale(locale);
  const names = schools.map((school) => school.name);
  let standard: string | null = null;
  const rows = schools.flatMap((school) => {
    const check = school.indicators.find((candidate) => candidate.indicator === coefficient.indicator);
    if (check === undefined) return [];
    standard ??= check.standard;
    const status = checkStatusOf(check, floorShare);
    const duplicate = names.filter((name) => name === school.name).length > 1;
    const name = textLocale.convertText(school.name);
    const label = duplicate ? `${name}${punctuation.open[locale]}${school.schoolId}${punctuation.close[locale]}` : name;
    const valueText = formatDecimalText(check.displayValue, locale);
    return [
      {
        key: school.id,
        label,
        value: Number(check.value),
        valueText,
        status: labels[status],
        description: `${label}${punctuation.colon[locale]}${valueText}${punctuation.comma[locale]}${labels[status]}`,
      },
    ];
  });

  const indicatorLabel = formatIndicatorLabel(coefficient.indicator, { locale });
  const stageLabel = stageLabels[stage][locale];
  const title = `${indicatorLabel}${punctuation.open[locale]}${stageLabel}${punctuation.close[locale]}`;
  const coefficientText =
    coefficient.displayCoefficient === null
      ? `${text.coefficient[locale]} ${text.noValue[locale]}`
      : `${text.coefficient[locale]} ${formatDecimalText(coefficient.displayCoefficient, locale)}`;
  const coefficientVerdict =
    coefficient.threshold === null
      ? []
      : [
          `${sharedText.threshold[locale]} ${comparatorSymbols['<=']} ${formatDecimalText(coefficient.threshold, locale)}`,
          ...(coefficient.passed === null
            ? []
            : [coefficient.passed ? sharedText.passed[locale] : sharedText.failed[locale]]),
        ];
  const composite =
    coefficient.threshold === null ? resources.composites.find((check) => check.stage === stage) : undefined;
  const compositeText =
    composite === undefined
      ? []
      : [
          `${text.composite[locale]} ${composite.displayCoefficient === null ? text.noValue[locale] : formatDecimalText(composite.displayCoefficient, locale)}`,
          `${sharedText.threshold[locale]} ${comparatorSymbols['<=']} ${formatDecimalText(composite.threshold, locale)}`,
          ...(composite.passed === null
            ? []
            : [composite.passed ? sharedText.passed[locale] : sharedText.failed[locale]]),
        ];
  const decimals = definition.decimals;
  const meanText = coefficient.mean === null ? null : formatNumber(coefficient.mean, { locale, decimals });
  const floor =
    standard !== null && floorShare !== undefined ? new Decimal(standard).times(floorShare).toString() : null;
  const subtitle = [
    (evaluation as RegimeEvaluation).regime.labels[locale],
    [
      coefficientText,
      ...coefficientVerdict,
      text.schools[locale](rows.length),
      ...(meanText === null ? [] : [`${text.mean[locale]} ${meanText}`]),
      ...(standard === null ? [] : [`${text.standard[locale]} ${formatDecimalText(standard, locale)}`]),
    ].join(punctuation.comma[locale]),
    ...(compositeText.length > 0 ? [compositeText.join(punctuation.comma[locale])] : []),
  ];
  const presentStatuses = checkStatuses.filter((status) => rows.some((row) => row.status === labels[status]));
  const statusScale = {
    domain: presentStatuses.map((status) => labels[status]),
  };
  const y = {
    field: 'label',
    type: 'nominal',
    sort: { field: 'value', order: 'descending' },
    title: sharedText.school[locale],
  };
  // Labels of the lines sit above the plot: the standard to the right of its line and the floor to
  // the left of its own (so the two never meet), the mean one row higher.
  const annotation = (value: string, label: string, align: 'left' | 'right', row: 1 | 2, colour: string) => ({
    data: { values: [{ value: Number(value), label }] },
    mark: {
      type: 'text',
      align,
      baseline: 'bottom',
      dx: align === 'left' ? 4 : -4,
      dy: row === 1 ? -4 : -20,
      color: colour,
      fontSize: 11,
    },
    encoding: {
      x: { field: 'value', type: 'quantitative' },
      y: { value: 0 },
      text: { field: 'label' },
      description: { field: 'label' },
    },
  });
  const layers: Record<string, unknown>[] = [];
  if (standard !== null && floor !== null && floorShare !== undefined) {
    const floorLabel = `${floorPercentText(floorShare, locale)} ${formatNumber(floor, { locale, decimals })}`;
    layers.push(
      {
        data: { values: [{ floor: Number(floor), standard: Number(standard) }] },
        mark: { type: 'rect', color: chartColours.band, opacity: 0.18 },
        encoding: {
          x: { field: 'floor', type: 'quantitative' },
          x2: { field: 'standard' },
          description: {
            value: `${floorLabel} \u2013 ${text.standard[locale]} ${formatDecimalText(standard, locale)}`,
          },
        },
      },
      annotation(floor, floorLabel, 'right', 1, chartColours.muted),
    );
  }
  if (standard !== null) {
    layers.push(
      {
        data: { values: [{ standard: Number(standard) }] },
        mark: { type: 'rule', color: chartColours.threshold, strokeWidth: 1.5 },
        encoding: {
          x: { field: 'standard', type: 'quantitative' },
          description: { value: `${text.standard[locale]} ${formatDecimalText(standard, locale)}` },
        },
      },
      annotation(
        standard,
        `${text.standard[locale]} ${formatDecimalText(standard, locale)}`,
        'left',
        1,
        chartColours.threshold,
      ),
    );
  }
  if (coefficient.mean !== null && meanText !== null) {
    layers.push(
      {
        data: { values: [{ mean: Number(coefficient.mean) }] },
        mark: { type: 'rule', color: chartColours.mean, strokeWidth: 1.5, strokeDash: [6, 4] },
        encoding: {
          x: { field: 'mean', type: 'quantitative' },
          description: { value: `${text.mean[locale]} ${meanText}` },
        },
      },
      annotation(
        coefficient.mean,
        `${text.mean[locale]} ${meanText}`,
        'left',
        standard === null ? 1 : 2,
        chartColours.mean,
      ),
    );
  }
  layers.push({
    data: { values: rows },
    mark: { type: 'point', filled: true, size: 70, stroke: 'white', strokeWidth: 0.8, opacity: 1 },
    encoding: {
      y,
      x: {
        field: 'value',
        type: 'quantitative',
        title: `${indicatorLabel}${punctuation.open[locale]}${unitAxisTitles[definition.unit][locale]}${punctuation.close[locale]}`,
        scale: { zero: false, nice: true },
      },
      color: {
        field: 'status',
        type: 'nominal',
        title: null,
        scale: { ...statusScale, range: presentStatuses.map((status) => statusColours[status]) },
      },
      shape: {
        field: 'status',
        type: 'nominal',
        title: null,
        scale: { ...statusScale, range: presentStatuses.map((status) => statusShapes[status]) },
      },
      description: { field: 'description' },
    },
  });
  return buildChart({
    options: resolved,
    title,
    subtitle,
    description: `${title}${punctuation.stop[locale]}${subtitle.join(punctuation.semicolon[locale])}${punctuation.stop[locale]}${rows.map((row) => row.description).join(punctuation.semicolon[locale])}`,
    body: {
      width: resolved.width,
      height: { step: 18 },
      layer: layers,
    },
  });
}
