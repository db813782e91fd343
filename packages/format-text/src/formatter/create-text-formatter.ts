import type { FormattableResult, ResultFormatter } from '@edukpi/core';
import type { RegimeEvaluation } from '@edukpi/standards';
import { endSentence } from '../_lib/sentence-case';
import { type FormatEvaluationOptions, formatEvaluation } from '../evaluation/format-evaluation';
import type { FormatLocale } from '../locale/format-locale';
import { getTextLocale } from '../locale/get-text-locale';
import type { TextLocale } from '../locale/text-locale';
import { type FormatResultOptions, formatResult } from '../sentences/format-result';

/** Per-call options of the text formatter: those of {@link formatResult} and {@link formatEvaluation}, without the locale. */
export type TextFormatterOptions = Omit<FormatResultOptions, 'locale'> & Omit<FormatEvaluationOptions, 'locale'>;

/** Settings of {@link createTextFormatter}. */
export interface CreateTextFormatterSettings {
  /** The locale every text is written in: `'zh-CN'`, `'zh-TW'`, `'en'` or a {@link TextLocale}. Default `'zh-CN'`. */
  readonly locale?: FormatLocale | TextLocale;
}

/**
 * Makes the text formatter for one locale, as the formatter contract of `@edukpi/core`
 * (`ResultFormatter`, `specificationVersion: 'v1'`) says: `formatResult` writes a sentence
 * ({@link formatResult}), `formatResults` writes several as one paragraph, `formatEvaluation`
 * writes a regime evaluation ({@link formatEvaluation}). An application that takes any formatter
 * (text, tables, charts) takes this one.
 *
 * @param settings - The locale.
 * @returns The formatter.
 * @throws {InvalidOptionError} when `locale` is not a locale.
 *
 * @example
 * ```ts
 * const formatter = createTextFormatter({ locale: 'zh-TW' });
 * formatter.formatResult(computeIndicator('after_school_participation_rate', { participants: 69100, enrolled: 74400 }), {
 *   style: 'share',
 * }); // '參加課後服務學生6.91萬人,佔92.88%'
 * ```
 */
export function createTextFormatter(
  settings: CreateTextFormatterSettings = {},
): ResultFormatter<string, RegimeEvaluation, TextFormatterOptions> {
  const locale = getTextLocale(settings.locale, ['settings', 'locale']);
  return {
    specificationVersion: 'v1',
    name: '@edukpi/format-text',
    locale: locale.id,
    formatResult: (result: FormattableResult, options?: TextFormatterOptions) =>
      formatResult(result, { ...options, locale }),
    formatResults: (results: readonly FormattableResult[], options?: TextFormatterOptions) =>
      results
        .map((result) => endSentence(formatResult(result, { ...options, locale }), locale))
        .join(locale.templates.sentenceSeparator),
    formatEvaluation: (evaluation: RegimeEvaluation, options?: TextFormatterOptions) =>
      formatEvaluation(evaluation, { ...options, locale }),
  };
}

/**
 * The text formatter in Simplified Chinese, ready to use: `createTextFormatter()`.
 *
 * @example
 * ```ts
 * textFormatter.formatResult(computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 }));
 * // '校外培训机构压减率达90%'
 * ```
 */
export const textFormatter = /* @__PURE__ */ createTextFormatter();
