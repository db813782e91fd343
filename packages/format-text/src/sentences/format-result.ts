import { type FormattableResult, type IndicatorResult, InvalidOptionError, toIndicatorResult } from '@edukpi/core';
import { checkDecimals } from '../_lib/check-decimals';
import { checkOptions, optionNamesOf } from '../_lib/option-names';
import { pickText, type TextOption } from '../_lib/pick-text';
import { capitalize, inlineLabel } from '../_lib/sentence-case';
import { formatIndicatorLabel } from '../labels/format-indicator-label';
import { checkTemplate } from '../locale/_lib/check-template';
import { renderTemplate } from '../locale/_lib/render-template';
import type { FormatLocale } from '../locale/format-locale';
import { getTextLocale } from '../locale/get-text-locale';
import type { TextLocale } from '../locale/text-locale';
import type { TextTemplateKey } from '../locale/text-templates';
import { formatNumber } from '../numbers/format-number';
import { formatResultValue, noValueReason } from '../values/format-result-value';
import { numeratorTerm } from './_lib/numerator-term';
import { formatThreshold, requirementText, thresholdClause } from './_lib/threshold-clause';

/** How {@link formatResult} phrases a result. */
export type ResultStyle = 'statement' | 'share' | 'reduction' | 'consolidation';

/** Options of {@link formatResult}. */
export interface FormatResultOptions {
  /** The locale: `'zh-CN'`, `'zh-TW'`, `'en'` or a {@link TextLocale}. Default `'zh-CN'`. */
  readonly locale?: FormatLocale | TextLocale;
  /**
   * The phrasing. Default `'statement'`:
   *
   * - `'statement'`: 「义务教育巩固率达102.72%」 (达 for a percentage, 为 otherwise: 「生师比为16.19:1」);
   * - `'share'`: the numerator and its share, 「参加课后服务学生6.91万人,占92.88%」;
   * - `'reduction'`: 「学科类培训机构由原来的120家压减为12家,压减率90%」 (inputs `before`, `after`);
   * - `'consolidation'`: 「由534所调整为348所,撤并186所」 (inputs `before`, `after`).
   */
  readonly style?: ResultStyle;
  /** Who or what the sentence is about: `'全县小学'`, `'全市学科类培训机构'`, `'Jiyuan'`. Default none. */
  readonly subject?: TextOption;
  /** The indicator's name in the sentence. Default the locale's label of the indicator ({@link formatIndicatorLabel}). */
  readonly label?: TextOption;
  /** `'share'`: what the numerator counts. Default the numerator input's label without 数 (`参加课后服务学生`). */
  readonly part?: TextOption;
  /**
   * The unit word of counts (the share's numerator, `before` and `after`): `'人'`, `'名'`,
   * `'家'`, `'所'`. Default for a share the unit the numerator's label implies (人 for
   * students and teachers, 所 for schools), else none.
   */
  readonly unit?: TextOption;
  /** Decimal places of the value. Default the result's own. */
  readonly decimals?: number;
  /** Keep trailing zeros up to `decimals`. Default `false`, unless the locale lists the indicator in `fixedPrecision`. */
  readonly keepTrailingZeros?: boolean;
  /**
   * Append each threshold the result was checked against: 「,达到19:1的标准」, 「,未达到95%的标准」.
   * Default `false`.
   */
  readonly thresholds?: boolean;
  /**
   * A one-off template for this sentence, with the placeholders of the style's template
   * (`statement`/`statementPercent`: `{subject}` `{label}` `{value}`; `share`: also `{part}`
   * `{count}`; `reduction`, `consolidation`: also `{before}` `{after}` `{difference}`).
   */
  readonly template?: string;
}

/** Every option of {@link formatResult}, checked at compile time against {@link FormatResultOptions}. */
export const formatResultOptionNames = optionNamesOf<FormatResultOptions>()([
  'locale',
  'style',
  'subject',
  'label',
  'part',
  'unit',
  'decimals',
  'keepTrailingZeros',
  'thresholds',
  'template',
]);

const styles: readonly ResultStyle[] = ['statement', 'share', 'reduction', 'consolidation'];

function requireInput(result: IndicatorResult, name: string, style: ResultStyle) {
  const input = result.inputs[name];
  if (input === undefined) {
    throw new InvalidOptionError({
      path: ['options', 'style'],
      messageZh: `style ${style} 需要有输入 ${name} 的结果(如 offsite_tutoring_reduction_rate、school_consolidation),${result.id} 没有`,
      messageEn: `style ${style} needs a result with the input ${name} (e.g. offsite_tutoring_reduction_rate, school_consolidation); ${result.id} has none.`,
    });
  }
  return input;
}

/**
 * Writes a result as a sentence a bureau would publish (without the final full stop, so it can
 * be joined to others): 「义务教育巩固率达102.72%」, 「参加课后服务学生6.91万人,占92.88%」,
 * 「全市学科类培训机构由原来的120家压减为12家,压减率90%」, 「全县小学生师比为16.19:1,达到19:1的标准」;
 * in zh-TW 「學前三年普及率達92.05%」; in English "The nine-year compulsory education consolidation
 * rate was 102.72%". A result with no value says so and why: 「课后服务学生参与率无法计算(分母为零)」.
 *
 * The words come from the locale's templates (see {@link createTextLocale}); the numbers from the
 * result: nothing is computed.
 *
 * @param result - A result, or its JSON form.
 * @param options - Locale, style, subject, label, part, unit, decimals, thresholds, template.
 * @returns The sentence.
 * @throws {InvalidInputError} when `result` is not a result.
 * @throws {UnknownIndicatorError} when the result's indicator is not in the catalogue and no `label` is given.
 * @throws {InvalidOptionError} when an option is unknown (a typo such as `stlye`) or malformed,
 *   `options` is not an object, `template` uses a placeholder the style
 *   has not, a `share` has no `part` to name, or `reduction`/`consolidation` is asked of a result
 *   without `before` and `after` inputs.
 *
 * @example
 * ```ts
 * formatResult(computeIndicator('nine_year_consolidation_rate', { graduates: 10272, entrants: 10000 }), {
 *   label: '义务教育巩固率',
 * }); // '义务教育巩固率达102.72%'
 * formatResult(computeIndicator('after_school_participation_rate', { participants: 69100, enrolled: 74400 }), {
 *   style: 'share',
 * }); // '参加课后服务学生6.91万人,占92.88%'
 * formatResult(computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 }), {
 *   style: 'reduction', subject: '全市学科类培训机构', unit: '家', label: '压减率',
 * }); // '全市学科类培训机构由原来的120家压减为12家,压减率90%'
 * ```
 */
export function formatResult(result: FormattableResult, options: FormatResultOptions = {}): string {
  checkOptions(options, formatResultOptionNames);
  const locale = getTextLocale(options.locale);
  const given = toIndicatorResult(result);
  const style = options.style ?? 'statement';
  if (!styles.includes(style)) {
    throw new InvalidOptionError({
      path: ['options', 'style'],
      messageZh: `style 应为 ${styles.join('、')} 之一`,
      messageEn: `style must be one of ${styles.join(', ')}.`,
    });
  }
  checkDecimals(options.decimals, ['options', 'decimals']);
  const label = inlineLabel(pickText(options.label, locale) ?? formatIndicatorLabel(given.id, { locale }), locale);
  const subject = pickText(options.subject, locale) ?? '';
  const unit = pickText(options.unit, locale);
  const key: TextTemplateKey =
    given.value === null
      ? 'noValueStatement'
      : style === 'statement'
        ? given.unit === 'percent'
          ? 'statementPercent'
          : 'statement'
        : style;
  if (options.template !== undefined) checkTemplate(key, options.template, ['options', 'template']);
  const template = options.template ?? locale.templates[key];
  const count = (value: IndicatorResult['numerator'], unitWord: string | undefined) =>
    formatNumber(value, { locale, ...(unitWord === undefined || unitWord === '' ? {} : { unit: unitWord }) });

  if (given.value === null) {
    return capitalize(renderTemplate(template, { subject, label, reason: noValueReason(given, locale) }), locale);
  }
  const value = formatResultValue(given, {
    locale,
    ...(options.decimals === undefined ? {} : { decimals: options.decimals }),
    ...(options.keepTrailingZeros === undefined ? {} : { keepTrailingZeros: options.keepTrailingZeros }),
  });
  let sentence: string;
  if (style === 'share') {
    const term = numeratorTerm(given, locale);
    const part = pickText(options.part, locale) ?? term?.label;
    if (part === undefined) {
      throw new InvalidOptionError({
        path: ['options', 'part'],
        messageZh: `${given.id} 的分子不是单一输入,请用 part 说明它是什么(如「参加课后服务学生」)`,
        messageEn: `the numerator of ${given.id} is not a single input: say what it counts with part (e.g. "participating students").`,
      });
    }
    sentence = renderTemplate(template, {
      subject,
      label,
      part,
      count: count(given.numerator, unit ?? term?.unit),
      value,
    });
  } else if (style === 'reduction' || style === 'consolidation') {
    const before = requireInput(given, 'before', style);
    const after = requireInput(given, 'after', style);
    sentence = renderTemplate(template, {
      subject,
      label,
      before: count(before, unit),
      after: count(after, unit),
      difference: count(given.numerator, unit),
      value,
    });
  } else {
    sentence = renderTemplate(template, { subject, label, value });
  }
  if (options.thresholds === true) {
    for (const check of given.thresholds) {
      if (check.passed === null) continue;
      const threshold = formatThreshold(check.value, given.unit, given.id, locale);
      const requirement = requirementText(check.comparator, threshold, given.unit, locale);
      sentence += `${locale.templates.clauseSeparator}${thresholdClause(check.passed, requirement, locale)}`;
    }
  }
  return capitalize(sentence, locale);
}
