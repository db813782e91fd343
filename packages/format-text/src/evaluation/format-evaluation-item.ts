import { toIndicatorResult } from '@edukpi/core';
import type { ItemEvaluation, Regime } from '@edukpi/standards';
import { checkOptions, optionNamesOf } from '../_lib/option-names';
import { capitalize, inlineLabel } from '../_lib/sentence-case';
import { formatIndicatorLabel } from '../labels/format-indicator-label';
import { renderTemplate } from '../locale/_lib/render-template';
import type { FormatLocale } from '../locale/format-locale';
import { getTextLocale } from '../locale/get-text-locale';
import type { TextLocale } from '../locale/text-locale';
import { formatNumber } from '../numbers/format-number';
import { numeratorTerm, termWords } from '../sentences/_lib/numerator-term';
import { decimalsOf, formatThreshold, requirementText, thresholdClause } from '../sentences/_lib/threshold-clause';
import { formatResultValue } from '../values/format-result-value';
import { bilingual } from './_lib/bilingual';
import { ratioTermsOf } from './_lib/ratio-terms';

/** Options of {@link formatEvaluationItem}. */
export interface FormatEvaluationItemOptions {
  /** The locale: `'zh-CN'`, `'zh-TW'`, `'en'` or a {@link TextLocale}. Default `'zh-CN'`. */
  readonly locale?: FormatLocale | TextLocale;
  /**
   * The regime evaluated, to name the terms of its `ratio` items (「还差特殊教育学校公用经费16万元」).
   * Default: the built-in regime with the item (a variant keeps its base's items).
   */
  readonly regime?: Regime;
}

/** Every option of {@link formatEvaluationItem}, checked at compile time against {@link FormatEvaluationItemOptions}. */
export const formatEvaluationItemOptionNames = optionNamesOf<FormatEvaluationItemOptions>()(['locale', 'regime']);

/** A value of a `ratio` or `value` item: a percentage, or a number with the unit of its terms (`5200元`, `3.8平方米`). */
function plainValue(
  value: string,
  percent: boolean,
  unit: string,
  decimals: number | undefined,
  exact: boolean,
  locale: TextLocale,
): string {
  const number = formatNumber(value, {
    locale,
    scale: percent ? 'none' : 'auto',
    ...(decimals === undefined ? {} : { decimals, keepTrailingZeros: exact }),
    ...(unit === '' || percent ? {} : { unit }),
  });
  return percent ? renderTemplate(locale.templates.percent, { number }) : number;
}

function body(item: ItemEvaluation, locale: TextLocale, regime: Regime | undefined): string {
  const { templates } = locale;
  const join = (...clauses: string[]) => clauses.filter((clause) => clause !== '').join(templates.clauseSeparator);
  if (item.status === 'not_supplied') return templates.itemNotSupplied;
  if (item.status === 'not_applicable') return templates.itemNotApplicable;
  if (item.kind === 'evidence') {
    const met = item.evidence?.met ?? item.passed === true;
    const note = item.evidence?.note ?? '';
    return renderTemplate(met ? templates.itemEvidenceMet : templates.itemEvidenceMissed, {
      note: note === '' ? '' : locale.convertText(note),
    });
  }
  if (item.kind === 'schools') {
    if (item.status === 'passed') return templates.itemSchoolsPassed;
    const schools = item.failingSchools
      .map((school) =>
        renderTemplate(templates.schoolReason, {
          school: locale.convertText(school.name),
          reason: bilingual(school.reason, locale),
        }),
      )
      .join(templates.reasonSeparator);
    return join(
      renderTemplate(templates.itemSchoolsFailed, {
        count: formatNumber(item.failingSchools.length, { locale }),
        schools,
      }),
      item.shortfall === null ? '' : bilingual(item.shortfall.description, locale),
    );
  }
  const passed = item.passed === true;
  if (item.kind === 'indicator' && item.result !== null) {
    const result = toIndicatorResult(item.result);
    const measured = renderTemplate(templates.itemMeasured, {
      label: inlineLabel(formatIndicatorLabel(result.id, { locale }), locale),
      value: formatResultValue(result, { locale }),
    });
    const requirement =
      item.comparator === null || item.threshold === null
        ? ''
        : requirementText(
            item.comparator,
            formatThreshold(item.threshold, result.unit, result.id, locale),
            result.unit,
            locale,
          );
    let shortfall = '';
    if (item.shortfall !== null) {
      const term = numeratorTerm(result, locale);
      shortfall =
        term === null
          ? bilingual(item.shortfall.description, locale)
          : renderTemplate(templates.itemShortfall, {
              part: term.label,
              amount: formatNumber(item.shortfall.amount, {
                locale,
                decimals: 2,
                rounding: 'up',
                ...(term.unit === '' ? {} : { unit: term.unit }),
              }),
            });
    }
    return join(measured, requirement === '' ? '' : thresholdClause(passed, requirement, locale), shortfall);
  }
  // A ratio the engine computed, or a value the county supplied.
  const terms = item.kind === 'ratio' ? ratioTermsOf(item, regime) : null;
  const percent = terms === null ? item.displayValue?.endsWith('%') === true : terms.scale === 100;
  const numerator =
    terms === null
      ? null
      : termWords(locale.adaptLabel(terms.numerator.labels[locale.script]), terms.numerator.kind, locale);
  // A per-person value (元 a student, m² a child) carries the numerator's unit.
  const unit = numerator !== null && terms?.denominator.kind === 'count' ? numerator.unit : '';
  const decimals = item.kind === 'ratio' ? 2 : undefined;
  const value = item.value === null ? '' : plainValue(item.value, percent, unit, decimals, false, locale);
  const threshold =
    item.threshold === null ? '' : plainValue(item.threshold, percent, unit, decimalsOf(item.threshold), true, locale);
  const requirement =
    item.comparator === null || threshold === '' ? '' : requirementText(item.comparator, threshold, null, locale);
  const shortfall =
    item.shortfall === null
      ? ''
      : numerator === null
        ? bilingual(item.shortfall.description, locale)
        : renderTemplate(templates.itemShortfall, {
            part: numerator.label,
            amount: formatNumber(item.shortfall.amount, {
              locale,
              decimals: 2,
              rounding: 'up',
              ...(numerator.unit === '' ? {} : { unit: numerator.unit }),
            }),
          });
  return join(
    value === '' ? '' : renderTemplate(templates.itemActual, { value }),
    requirement === '' ? '' : thresholdClause(passed, requirement, locale),
    shortfall,
  );
}

/**
 * Writes one item of a regime evaluation (`evaluateRegime` of `@edukpi/standards`) as a sentence:
 * the item's own wording, then what was found, in real units.
 *
 * - an indicator item: 「初中三年巩固率达到 95% 以上:初中三年巩固率为93.5%,未达到95%的标准,还差初中毕业生30人」;
 * - a ratio or a value: 「特殊教育学校生均公用经费不低于 6000 元:实际为5200元,未达到6000元的标准,还差特殊教育学校公用经费16万元」;
 * - a check on the schools: each failing school with its reason;
 * - an evidence item, as the county's own statement: 「…:据县级人民政府提供的材料,已达到要求(…)」;
 * - an item not supplied, or one with nothing to apply to, says so.
 *
 * A veto item is marked (「(一票否决项)」). Messages of the engine are Chinese or English; for
 * zh-TW their Chinese is converted, and so are school names and the county's notes.
 *
 * @param item - An item of `evaluation.items`.
 * @param options - The locale, and the regime evaluated.
 * @returns The sentence, without a final full stop.
 * @throws {InvalidOptionError} when `options` names an unknown option or is not an object, or
 *   `locale` is not a locale.
 *
 * @example
 * ```ts
 * const evaluation = evaluateRegime(qualityBalance2017, { schools, items: { layout_planned: { met: true } } });
 * formatEvaluationItem(evaluation.items[0]);
 * // '按国家规定要求规划学校布局:据县级人民政府提供的材料,已达到要求'
 * ```
 */
export function formatEvaluationItem(item: ItemEvaluation, options: FormatEvaluationItemOptions = {}): string {
  checkOptions(options, formatEvaluationItemOptionNames);
  const locale = getTextLocale(options.locale);
  const label = `${locale.adaptLabel(item.labels[locale.script])}${item.veto ? locale.templates.vetoMarker : ''}`;
  return capitalize(renderTemplate(locale.templates.item, { label, body: body(item, locale, options.regime) }), locale);
}
