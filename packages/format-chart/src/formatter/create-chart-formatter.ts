import { checkOptionRecord, type FormattableResult, type ResultFormatter } from '@edukpi/core';
import type { RegimeEvaluation } from '@edukpi/standards';
import { chartOptionNames } from '../_lib/resolve-chart-options';
import type { Chart } from '../chart/chart';
import type { ChartOptions } from '../chart/chart-options';
import { passFailMatrix } from '../pass-fail/pass-fail-matrix';
import { thresholdBarChart } from '../threshold-bars/threshold-bar-chart';

/** The charts as a `ResultFormatter` of `@edukpi/core` (specification `v1`). */
export type ChartFormatter = ResultFormatter<Promise<Chart>, RegimeEvaluation, ChartOptions> & {
  formatResults(results: readonly FormattableResult[], options?: ChartOptions): Promise<Chart>;
  formatEvaluation(evaluation: RegimeEvaluation, options?: ChartOptions): Promise<Chart>;
};

/**
 * Creates the chart formatter: the `ResultFormatter` contract of `@edukpi/core`, so an
 * application or the CLI can take charts beside text and tables. `formatResult` and
 * `formatResults` draw a {@link thresholdBarChart}; `formatEvaluation` draws the
 * {@link passFailMatrix} of an evaluation. Each call's options are laid over `settings`.
 *
 * @param settings - Default {@link ChartOptions} of every chart (locale, font…). Default `{}`.
 * @returns The formatter; every method resolves to a {@link Chart}.
 * @throws {InvalidOptionError} when a setting is unknown (path `['settings', name]`; a setting's value is checked when a chart is drawn).
 *
 * @example
 * ```ts
 * import { computeIndicator, checkOptionRecord } from '@edukpi/core';
 * import { createChartFormatter } from '@edukpi/format-chart';
 *
 * const formatter = createChartFormatter({ locale: 'en' });
 * formatter.specificationVersion; // 'v1'
 * const chart = await formatter.formatResult(
 *   computeIndicator('teacher_rotation_rate', { rotated: 12, eligible: 100 }),
 * );
 * chart.svg.startsWith('<svg'); // true
 * ```
 */
export function createChartFormatter(settings: ChartOptions = {}): ChartFormatter {
  checkOptionRecord(settings, chartOptionNames, { path: ['settings'] });
  const withSettings = (options: ChartOptions | undefined): ChartOptions => ({ ...settings, ...options });
  return {
    specificationVersion: 'v1',
    name: '@edukpi/format-chart',
    ...(settings.locale === undefined ? {} : { locale: settings.locale }),
    formatResult: (result, options) => thresholdBarChart([result], withSettings(options)),
    formatResults: (results, options) => thresholdBarChart(results, withSettings(options)),
    formatEvaluation: (evaluation, options) => passFailMatrix(evaluation, withSettings(options)),
  };
}

/**
 * The chart formatter with the default settings (Simplified Chinese); see {@link createChartFormatter}.
 *
 * @example
 * ```ts
 * const chart = await chartFormatter.formatEvaluation(evaluation); // the pass/fail matrix
 * ```
 */
export const chartFormatter: ChartFormatter = createChartFormatter();
