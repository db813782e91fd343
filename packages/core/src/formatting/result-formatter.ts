import type { Locale } from '../i18n/localized-text';
import type { IndicatorResult, IndicatorResultJson } from '../result/indicator-result';

/**
 * What a formatter accepts as a result: an {@link IndicatorResult}, or its plain-JSON form (as a
 * service returns it, and as an evaluation item carries it). Turn either into a result with
 * {@link toIndicatorResult}.
 */
export type FormattableResult = IndicatorResult | IndicatorResultJson;

/**
 * The versioned contract every formatter implements — text, tables, charts, or your own — so an
 * application (or the CLI) can take any of them. Formatters render; they never compute: every
 * number they print is in the result or the evaluation already.
 *
 * - `specificationVersion` is the literal `'v1'`: a formatter written against this interface
 *   keeps working until a `'v2'` is published beside it.
 * - `formatResult` renders one result; `formatResults` (optional) renders several together, e.g.
 *   as one table; `formatEvaluation` (optional) renders an evaluation, e.g. a
 *   `RegimeEvaluation` of `@edukpi/standards` (the type parameter `Evaluation`, so core does not
 *   depend on the standards package).
 *
 * @typeParam Output - What the formatter produces: `string` for text, a table model, an SVG string…
 * @typeParam Evaluation - The evaluation type it renders; `never` when it renders none.
 * @typeParam Options - Per-call options of the formatter.
 *
 * @example
 * ```ts
 * const plain: ResultFormatter<string> = {
 *   specificationVersion: 'v1',
 *   name: 'plain',
 *   formatResult: (result) => `${result.id}=${toIndicatorResult(result).formattedValue ?? '—'}`,
 * };
 * plain.formatResult(computeIndicator('change', { previous: 12786, current: 14161 })); // 'change=10.75'
 * ```
 */
export interface ResultFormatter<Output, Evaluation = never, Options = Record<string, never>> {
  /** The version of this contract the formatter implements. */
  readonly specificationVersion: 'v1';
  /** The formatter's name, for messages and for choosing between formatters: `'@edukpi/format-text'`. */
  readonly name: string;
  /** The locale it writes in, when it writes words. */
  readonly locale?: Locale | (string & {});
  /** Renders one result. */
  formatResult(result: FormattableResult, options?: Options): Output;
  /** Renders several results together (a table, a paragraph, a chart). */
  formatResults?(results: readonly FormattableResult[], options?: Options): Output;
  /** Renders an evaluation, e.g. a `RegimeEvaluation` of `@edukpi/standards`. */
  formatEvaluation?(evaluation: Evaluation, options?: Options): Output;
}
