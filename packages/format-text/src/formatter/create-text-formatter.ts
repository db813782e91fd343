import type { FormattableResult, ResultFormatter } from '@edukpi/core';
import type { RegimeEvaluation } from '@edukpi/standards';
import { checkOptions, optionNamesOf, pickOptions } from '../_lib/option-names';
import { endSentence } from '../_lib/sentence-case';
import {
  type FormatEvaluationOptions,
  formatEvaluation,
  formatEvaluationOptionNames,
} from '../evaluation/format-evaluation';
import type { FormatLocale } from '../locale/format-locale';
import { getTextLocale } from '../locale/get-text-locale';
import type { TextLocale } from '../locale/text-locale';
import { type FormatResultOptions, formatResult, formatResultOptionNames } from '../sentences/format-result';

/** Per-call options of the text formatter: those of {@link formatResult} and {@link formatEvaluation}, without the locale. */
export type TextFormatterOptions = Omit<FormatResultOptions, 'locale'> & Omit<FormatEvaluationOptions, 'locale'>;

/** Settings of {@link createTextFormatter}. */
export interface CreateTextFormatterSettings {
  /** The locale every text is written in: `'zh-CN'`, `'zh-TW'`, `'en'` or a {@link TextLocale}. Default `'zh-CN'`. */
  readonly locale?: FormatLocale | TextLocale;
}

/** Every setting of {@link createTextFormatter}, checked at compile time against {@link CreateTextFormatterSettings}. */
const settingNames = optionNamesOf<CreateTextFormatterSettings>()(['locale']);

/**
 * Every per-call option of the text formatter, checked at compile time against
 * {@link TextFormatterOptions}: each method takes them all (one options type for the three, as the
 * contract has it) and passes on those of the function it calls. Not `locale`: the formatter's is
 * fixed when it is made.
 */
const textFormatterOptionNames = optionNamesOf<TextFormatterOptions>()([
  'style',
  'subject',
  'label',
  'part',
  'unit',
  'decimals',
  'keepTrailingZeros',
  'thresholds',
  'template',
  'sections',
  'schools',
]);

/**
 * Makes the text formatter for one locale, as the formatter contract of `@edukpi/core`
 * (`ResultFormatter`, `specificationVersion: 'v1'`) says: `formatResult` writes a sentence
 * ({@link formatResult}), `formatResults` writes several as one paragraph, `formatEvaluation`
 * writes a regime evaluation ({@link formatEvaluation}). An application that takes any formatter
 * (text, tables, charts) takes this one.
 *
 * Each method refuses an option its functions do not take (a misspelt name, or `locale`, which is
 * the formatter's) with an `InvalidOptionError` listing the options, as those functions do.
 *
 * @param settings - The locale.
 * @returns The formatter.
 * @throws {InvalidOptionError} when a setting is unknown (path `['settings', name]`), `settings`
 *   is not an object (path `['settings']`), or `locale` is not a locale (path `['settings', 'locale']`).
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
  checkOptions(settings, settingNames, ['settings']);
  const locale = getTextLocale(settings.locale, ['settings', 'locale']);
  const resultOptions = (options: TextFormatterOptions | undefined): FormatResultOptions => {
    checkOptions(options, textFormatterOptionNames);
    return { ...pickOptions(options ?? {}, formatResultOptionNames), locale };
  };
  const evaluationOptions = (options: TextFormatterOptions | undefined): FormatEvaluationOptions => {
    checkOptions(options, textFormatterOptionNames);
    return { ...pickOptions(options ?? {}, formatEvaluationOptionNames), locale };
  };
  return {
    specificationVersion: 'v1',
    name: '@edukpi/format-text',
    locale: locale.id,
    formatResult: (result: FormattableResult, options?: TextFormatterOptions) =>
      formatResult(result, resultOptions(options)),
    formatResults: (results: readonly FormattableResult[], options?: TextFormatterOptions) => {
      const checked = resultOptions(options);
      return results
        .map((result) => endSentence(formatResult(result, checked), locale))
        .join(locale.templates.sentenceSeparator);
    },
    formatEvaluation: (evaluation: RegimeEvaluation, options?: TextFormatterOptions) =>
      formatEvaluation(evaluation, evaluationOptions(options)),
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
