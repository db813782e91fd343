import { InvalidInputError } from '@edukpi/core';
import { formatIndicatorLabel, getTextLocale } from '@edukpi/format-text';
import type { EvaluatedStage, Regime, RegimeEvaluation } from '@edukpi/standards';
import { labelFontSize } from '../_lib/base-config';
import { buildChart } from '../_lib/build-chart';
import { chartColours } from '../_lib/chart-colours';
import { punctuation, sharedText, stageLabels } from '../_lib/chart-locale';
import { resourcesOf } from '../_lib/check-evaluation';
import { checkStage } from '../_lib/check-stage';
import { type CheckStatus, checkStatuses, checkStatusOf, floorPercentText } from '../_lib/check-status';
import { formatDecimalText } from '../_lib/format-decimal-text';
import { resolveChartOptions } from '../_lib/resolve-chart-options';
import { schoolRuleOf } from '../_lib/school-rule-of';
import { wrapLabel } from '../_lib/wrap-label';
import type { Chart } from '../chart/chart';
import type { ChartOptions } from '../chart/chart-options';

/** Options of {@link passFailMatrix}. */
export interface PassFailMatrixOptions extends ChartOptions {
  /** Draw the schools of one stage only. Default: every stage the evaluation compares, primary first. */
  readonly stage?: EvaluatedStage;
  /**
   * The regime the evaluation was made under, for its school rule (a value below the standard but
   * at least 85% of it is told apart from one below 85%). Only needed for an evaluation that does
   * not state its rule in `resources.schoolRule` (one saved by an earlier version); then the default
   * is the built-in regime with the evaluation's id.
   */
  readonly regime?: Regime;
  /** Plot width in pixels, shared equally by the columns. Default: 88 pixels a column. */
  readonly width?: number;
}

/** How a cell of a {@link passFailMatrix} stands: see {@link CheckStatus}. */
export type PassFailCellStatus = CheckStatus;

// A light tint for the common case, so the cells that fail stand out; still told apart by lightness
// and by the symbol in each cell.
const statusColours: { readonly [S in PassFailCellStatus]: string } = {
  passed: chartColours.passedTint,
  near: chartColours.near,
  failed: chartColours.failed,
  none: chartColours.noneTint,
};
/** The symbol written in each cell, so a status never rests on colour alone. */
const statusSymbols: { readonly [S in PassFailCellStatus]: string } = {
  passed: '\u2713',
  near: '\u25B3',
  failed: '\u00D7',
  none: '\u2014',
};

const text = {
  title: {
    'zh-CN': '各校资源配置指标达标情况',
    'zh-TW': '各校資源配置指標達標情況',
    en: 'School resource indicators against their standards',
  },
  school: { 'zh-CN': '学校判定', 'zh-TW': '學校判定', en: 'School verdict' },
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
  schoolsPassing: {
    'zh-CN': (passed: number, total: number) => `${total} 所学校中 ${passed} 所达标`,
    'zh-TW': (passed: number, total: number) => `${total} 所學校中 ${passed} 所達標`,
    en: (passed: number, total: number) => `${passed} of ${total} schools pass`,
  },
  rule: {
    'zh-CN': (minimum: number, share: string) =>
      `学校判定\uFF1A至少 ${minimum} 项达到标准\uFF0C其余不低于标准的 ${share}`,
    'zh-TW': (minimum: number, share: string) =>
      `學校判定\uFF1A至少 ${minimum} 項達到標準\uFF0C其餘不低於標準的 ${share}`,
    en: (minimum: number, share: string) =>
      `School verdict: at least ${minimum} indicators at standard, the rest at least ${share} of it`,
  },
} as const;

type Cell = {
  readonly row: string;
  readonly column: string;
  readonly status: string;
  readonly cellText: string;
  readonly description: string;
};

/**
 * Draws the schools × resource indicators matrix of an evaluation: one row per (stage) school, one
 * column per indicator of the regime, each cell coloured by whether the school reaches the standard
 * and carrying a symbol (✓ at standard, △ below it but at least 85% of it, × below that, — no
 * standard) and the value as the evaluation displays it; a last column gives the school's verdict
 * (`6/7 ✓`). Colours come from the Okabe–Ito palette, readable with colour-vision deficiencies,
 * and the legend writes each status out. Every status is read from the evaluation, never recomputed.
 *
 * @param evaluation - What `evaluateRegime` of `@edukpi/standards` returned (a compulsory-education regime).
 * @param options - Locale, stage, column width, title, and the regime for a variant's rule; see
 *   {@link PassFailMatrixOptions}.
 * @returns The chart: its Vega-Lite `spec` and standalone `svg` (one `<path>` cell per school and column).
 * @throws {InvalidInputError} when `evaluation` is not an evaluation with a resource part, or it has
 *   no school of the stage.
 * @throws {InvalidOptionError} when an option is unknown or malformed.
 *
 * @example
 * ```ts
 * import { evaluateRegime, qualityBalance2017 } from '@edukpi/standards';
 * import { passFailMatrix } from '@edukpi/format-chart';
 *
 * const chart = await passFailMatrix(evaluateRegime(qualityBalance2017, { schools }), {
 *   stage: 'primary',
 *   locale: 'zh-TW',
 * });
 * chart.svg; // '<svg …><title …>各校資源配置指標達標情況（國小）</title>…'
 * ```
 */
export async function passFailMatrix(
  evaluation: RegimeEvaluation,
  options: PassFailMatrixOptions = {},
): Promise<Chart> {
  const resources = resourcesOf(evaluation, ['evaluation']);
  const columnCount =
    new Set(resources.schools.flatMap((school) => school.indicators.map((check) => check.indicator))).size + 1;
  const { resolved, record } = resolveChartOptions(options, {
    defaultWidth: Math.min(2400, Math.max(120, columnCount * 88)),
    extra: ['stage', 'regime'],
  });
  const { locale } = resolved;
  const stage = checkStage(record.stage, ['options', 'stage'], ['primary', 'junior'] as const);
  const schoolRule = schoolRuleOf(evaluation, record.regime);
  const floorShare = schoolRule?.floorShare;
  const schools = resources.schools
    .filter((school) => stage === undefined || school.stage === stage)
    .sort((left, right) => (left.stage === right.stage ? 0 : left.stage === 'primary' ? -1 : 1));
  if (schools.length === 0) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['evaluation', 'resources', 'schools'],
          messageZh: `评估结果中没有${stage === undefined ? '' : stageLabels[stage]['zh-CN']}学校`,
          messageEn: `the evaluation has no ${stage === undefined ? '' : `${stageLabels[stage].en} `}school.`,
        },
      ],
    });
  }
  const plainLabels: { readonly [S in PassFailCellStatus]: string } = {
    passed: text.passed[locale],
    near: floorShare === undefined ? '' : text.near[locale](floorPercentText(floorShare, locale)),
    failed:
      floorShare === undefined
        ? text.failed[locale]
        : text.failedBelowFloor[locale](floorPercentText(floorShare, locale)),
    none: text.none[locale],
  };
  const labels: { readonly [S in PassFailCellStatus]: string } = {
    passed: `${statusSymbols.passed} ${plainLabels.passed}`,
    near: `${statusSymbols.near} ${plainLabels.near}`,
    failed: `${statusSymbols.failed} ${plainLabels.failed}`,
    none: `${statusSymbols.none} ${plainLabels.none}`,
  };
  const stages = new Set(schools.map((school) => school.stage));
  // School names are written in Simplified Chinese; a zh-TW chart writes them in Traditional.
  const textLocale = getTextLocale(locale);
  const indicators = [...new Set(schools.flatMap((school) => school.indicators.map((check) => check.indicator)))];
  const step = Math.floor(resolved.width / (indicators.length + 1));
  const columnLabels: Record<string, string[]> = Object.fromEntries(
    indicators.map((indicator) => [
      indicator,
      wrapLabel(formatIndicatorLabel(indicator, { locale }), step - 8, labelFontSize),
    ]),
  );
  columnLabels.school = wrapLabel(text.school[locale], step - 8, labelFontSize);
  const rowLabels: Record<string, string> = {};
  const cells: Cell[] = [];
  for (const school of schools) {
    const rowLabel =
      stages.size > 1
        ? `${textLocale.convertText(school.name)}${punctuation.open[locale]}${stageLabels[school.stage][locale]}${punctuation.close[locale]}`
        : textLocale.convertText(school.name);
    rowLabels[school.id] = rowLabel;
    for (const check of school.indicators) {
      const status = checkStatusOf(check, floorShare);
      const valueText = formatDecimalText(check.displayValue, locale);
      cells.push({
        row: school.id,
        column: check.indicator,
        status: labels[status],
        cellText: `${statusSymbols[status]} ${valueText}`,
        description: `${rowLabel}${punctuation.comma[locale]}${formatIndicatorLabel(check.indicator, { locale })}${punctuation.colon[locale]}${valueText}${punctuation.comma[locale]}${plainLabels[status]}`,
      });
    }
    const verdict: PassFailCellStatus = school.passed === null ? 'none' : school.passed ? 'passed' : 'failed';
    const verdictText =
      school.passed === null
        ? text.none[locale]
        : school.passed
          ? sharedText.passed[locale]
          : sharedText.failed[locale];
    cells.push({
      row: school.id,
      column: 'school',
      status: labels[verdict],
      cellText: `${school.atStandard}/${school.indicators.length} ${statusSymbols[verdict]}`,
      description: `${rowLabel}${punctuation.comma[locale]}${text.school[locale]}${punctuation.colon[locale]}${school.atStandard}/${school.indicators.length}${punctuation.comma[locale]}${verdictText}`,
    });
  }

  const presentStatuses = checkStatuses.filter((status) => cells.some((cell) => cell.status === labels[status]));
  const columnOrder = [...indicators, 'school'];
  // Column headers are a row of text above the matrix, not axis labels: vega grows a multi-line
  // label of a top axis downwards, into the first row.
  const headerLines = Math.max(...columnOrder.map((column) => columnLabels[column]?.length ?? 1));
  const header = {
    data: { values: columnOrder.map((column) => ({ column, lines: columnLabels[column] })) },
    width: { step },
    height: headerLines * 15,
    mark: {
      type: 'text',
      baseline: 'top',
      align: 'center',
      lineHeight: 15,
      fontSize: labelFontSize,
      color: chartColours.text,
    },
    encoding: {
      x: { field: 'column', type: 'nominal', sort: columnOrder, axis: null },
      y: { value: 0 },
      text: { field: 'lines' },
    },
  };
  const x = { field: 'column', type: 'nominal', sort: columnOrder, title: null, axis: null };
  const y = {
    field: 'row',
    type: 'nominal',
    sort: schools.map((school) => school.id),
    title: null,
    axis: { labelExpr: `${JSON.stringify(rowLabels)}[datum.value]`, ticks: false, domain: false },
  };
  const stageText =
    stage === undefined ? '' : `${punctuation.open[locale]}${stageLabels[stage][locale]}${punctuation.close[locale]}`;
  const title = `${text.title[locale]}${stageText}`;
  const judged = schools.filter((school) => school.passed !== null);
  const subtitle = [
    evaluation.regime.labels[locale],
    ...(judged.length > 0
      ? [text.schoolsPassing[locale](judged.filter((school) => school.passed === true).length, judged.length)]
      : []),
    ...(schoolRule === null
      ? []
      : [text.rule[locale](schoolRule.minimumAtStandard, floorPercentText(schoolRule.floorShare, locale))]),
  ];
  const failing = cells.filter((cell) => cell.column === 'school' && cell.status === labels.failed);
  return buildChart({
    options: resolved,
    title,
    subtitle,
    description: `${title}${punctuation.stop[locale]}${subtitle.join(punctuation.semicolon[locale])}${punctuation.stop[locale]}${failing.map((cell) => cell.description).join(punctuation.semicolon[locale])}`,
    body: {
      vconcat: [
        header,
        {
          data: { values: cells },
          width: { step },
          height: { step: 24 },
          encoding: { x, y },
          layer: [
            {
              mark: { type: 'rect', stroke: 'white', strokeWidth: 1.5 },
              encoding: {
                color: {
                  field: 'status',
                  type: 'nominal',
                  title: null,
                  scale: {
                    domain: presentStatuses.map((status) => labels[status]),
                    range: presentStatuses.map((status) => statusColours[status]),
                  },
                  legend: { columns: 2, symbolType: 'square' },
                },
                description: { field: 'description' },
              },
            },
            {
              mark: { type: 'text', fontSize: 11, color: '#000000' },
              encoding: { text: { field: 'cellText' }, description: { field: 'description' } },
            },
          ],
        },
      ],
      spacing: 8,
      resolve: { scale: { x: 'shared' } },
    },
  });
}
