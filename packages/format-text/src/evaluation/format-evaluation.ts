import { Decimal, getIndicatorDefinition, InvalidOptionError, type LocalizedText } from '@edukpi/core';
import type { CoefficientCheck, RegimeEvaluation, SchoolEvaluation } from '@edukpi/standards';
import { checkOptions, optionNamesOf } from '../_lib/option-names';
import { endSentence, inlineLabel } from '../_lib/sentence-case';
import { formatIndicatorLabel } from '../labels/format-indicator-label';
import { renderTemplate } from '../locale/_lib/render-template';
import type { FormatLocale } from '../locale/format-locale';
import { getTextLocale } from '../locale/get-text-locale';
import type { TextLocale } from '../locale/text-locale';
import { formatNumber } from '../numbers/format-number';
import { decimalsOf, formatThreshold } from '../sentences/_lib/threshold-clause';
import { writeUnitValue } from '../values/_lib/write-unit-value';
import { bilingual } from './_lib/bilingual';
import { formatEvaluationItem } from './format-evaluation-item';

/** The parts of an evaluation {@link formatEvaluation} writes. */
export type EvaluationSection = 'verdict' | 'scope' | 'resources' | 'items';

/** Options of {@link formatEvaluation}. */
export interface FormatEvaluationOptions {
  /** The locale: `'zh-CN'`, `'zh-TW'`, `'en'` or a {@link TextLocale}. Default `'zh-CN'`. */
  readonly locale?: FormatLocale | TextLocale;
  /** The sections to write, in this order. Default all: verdict, scope, resources, items. */
  readonly sections?: readonly EvaluationSection[];
  /**
   * Which schools of the resource part get a line: `'failing'` (default; the others are counted)
   * or `'all'`.
   */
  readonly schools?: 'failing' | 'all';
}

/** Every option of {@link formatEvaluation}, checked at compile time against {@link FormatEvaluationOptions}. */
export const formatEvaluationOptionNames = optionNamesOf<FormatEvaluationOptions>()(['locale', 'sections', 'schools']);

const allSections: readonly EvaluationSection[] = ['verdict', 'scope', 'resources', 'items'];

function stageName(stage: string, locale: TextLocale): string {
  const { templates } = locale;
  return (
    { preschool: templates.stagePreschool, primary: templates.stagePrimary, junior: templates.stageJunior }[stage] ??
    templates.stageSenior
  );
}

function partName(part: string, locale: TextLocale): string {
  const { templates } = locale;
  return (
    {
      resources: templates.partResources,
      government: templates.partGovernment,
      quality: templates.partQuality,
      recognition: templates.partRecognition,
      preschool: templates.partPreschool,
    }[part] ?? part
  );
}

function resourceLabel(labels: LocalizedText, locale: TextLocale): string {
  // The engine's labels carry their unit in brackets (教学及辅助用房面积(m²)); the amount carries it here.
  return locale.adaptLabel(labels[locale.script]).replace(/\s*[((][^()()]*[))]$/, '');
}

function schoolLine(school: SchoolEvaluation, locale: TextLocale): string {
  const { templates } = locale;
  const details = school.indicators
    .filter((check) => check.passed === false && check.standard !== null)
    .map((check) => {
      const definition = getIndicatorDefinition(check.indicator);
      const unitWord = locale.indicatorUnits[check.indicator] ?? '';
      return renderTemplate(templates.schoolIndicatorShort, {
        label: inlineLabel(formatIndicatorLabel(check.indicator, { locale }), locale),
        value: writeUnitValue({
          value: new Decimal(check.value).toDecimalPlaces(definition.decimals, Decimal.ROUND_HALF_UP),
          unit: definition.unit,
          id: check.indicator,
          locale,
          decimals: definition.decimals,
        }),
        standard: formatThreshold(check.standard ?? '0', definition.unit, check.indicator, locale),
        resource: check.shortfall === null ? '' : resourceLabel(check.shortfall.labels, locale),
        amount:
          check.shortfall === null
            ? ''
            : formatNumber(check.shortfall.amount, {
                locale,
                decimals: 2,
                rounding: 'up',
                ...(unitWord === '' ? {} : { unit: unitWord }),
              }),
      });
    })
    .join(templates.reasonSeparator);
  return renderTemplate(school.passed === false ? templates.schoolFailed : templates.schoolPassed, {
    school: locale.convertText(school.name),
    stage: stageName(school.stage, locale),
    count: formatNumber(school.atStandard, { locale }),
    details,
  });
}

function coefficientLine(check: CoefficientCheck, locale: TextLocale): string {
  const { templates } = locale;
  const values = {
    stage: stageName(check.stage, locale),
    label: inlineLabel(formatIndicatorLabel(check.indicator, { locale }), locale),
    coefficient:
      check.coefficient === null ? '' : formatNumber(check.coefficient, { locale, decimals: 3, scale: 'none' }),
    threshold:
      check.threshold === null
        ? ''
        : formatNumber(check.threshold, {
            locale,
            decimals: decimalsOf(check.threshold),
            keepTrailingZeros: true,
            scale: 'none',
          }),
    schools: check.topContributors.map((school) => locale.convertText(school.name)).join(templates.listSeparator),
  };
  const template =
    check.coefficient === null
      ? templates.coefficientNoValue
      : check.passed === null
        ? templates.coefficientPlain
        : check.passed
          ? templates.coefficientMet
          : templates.coefficientMissed;
  return renderTemplate(template, values);
}

/**
 * Writes a whole regime evaluation (`evaluateRegime` of `@edukpi/standards`) as report text, one
 * sentence a line: the verdict; the scope (schools evaluated, each school left out with the
 * reason); the resource part (how many schools meet the school rule, each failing school with
 * what it lacks in real units — 「还需增加高于规定学历教师3人」, 「教学仪器设备值40万元」 — and each
 * coefficient of variation against its threshold, with the schools that pull it up); then every
 * item by part, numbered as in the regime ({@link formatEvaluationItem}). Headings are in
 * 【】 in Chinese.
 *
 * @param evaluation - What `evaluateRegime` returned (or its JSON).
 * @param options - Locale, sections, which schools to list.
 * @returns The text, lines separated by `\n`.
 * @throws {InvalidOptionError} when an option is unknown (a typo such as `section`) or malformed,
 *   or `options` is not an object.
 *
 * @example
 * ```ts
 * const evaluation = evaluateRegime(qualityBalance2017, { schools });
 * formatEvaluation(evaluation, { sections: ['verdict'] });
 * // '对照县域义务教育优质均衡发展(2017),评估结论为未达到要求,共1项未达到。'
 * ```
 */
export function formatEvaluation(evaluation: RegimeEvaluation, options: FormatEvaluationOptions = {}): string {
  checkOptions(options, formatEvaluationOptionNames);
  const locale = getTextLocale(options.locale);
  const sections = options.sections ?? allSections;
  if (!Array.isArray(sections) || !sections.every((section) => allSections.includes(section))) {
    throw new InvalidOptionError({
      path: ['options', 'sections'],
      messageZh: `sections 应为 ${allSections.join('、')} 组成的列表`,
      messageEn: `sections must be a list of ${allSections.join(', ')}.`,
    });
  }
  const which = options.schools ?? 'failing';
  if (which !== 'failing' && which !== 'all') {
    throw new InvalidOptionError({
      path: ['options', 'schools'],
      messageZh: 'schools 应为 failing 或 all',
      messageEn: 'schools must be failing or all.',
    });
  }
  const { templates } = locale;
  const lines: string[] = [];
  const sentence = (text: string) => lines.push(endSentence(text, locale));
  const heading = (title: string) => lines.push(renderTemplate(templates.heading, { title }));
  const count = (value: number) => formatNumber(value, { locale });

  for (const section of sections) {
    if (section === 'verdict') {
      const { verdict } = evaluation;
      const regime = locale.adaptLabel(evaluation.regime.labels[locale.script]);
      const template =
        verdict.status === 'passed'
          ? templates.verdictPassed
          : verdict.status === 'incomplete'
            ? templates.verdictIncomplete
            : verdict.vetoed
              ? templates.verdictVetoed
              : templates.verdictFailed;
      const number = verdict.status === 'incomplete' ? verdict.notSupplied.length : verdict.failures.length;
      sentence(renderTemplate(template, { regime, count: count(number) }));
    } else if (section === 'scope') {
      // A regime without schools (preschool) has no scope to report.
      if (evaluation.scope.schoolsGiven === 0) continue;
      heading(templates.partScope);
      sentence(
        renderTemplate(templates.scopeSummary, {
          evaluated: count(evaluation.scope.schoolsEvaluated),
          given: count(evaluation.scope.schoolsGiven),
        }),
      );
      for (const school of evaluation.scope.excluded) {
        sentence(
          renderTemplate(templates.excludedSchool, {
            school: locale.convertText(school.name),
            reason: bilingual(school.message, locale),
          }),
        );
      }
      for (const stage of evaluation.scope.stagesNotEvaluated) {
        sentence(
          renderTemplate(templates.stageNotEvaluated, {
            school: locale.convertText(stage.name),
            stage: stageName(stage.stage, locale),
            reason: bilingual(stage.message, locale),
          }),
        );
      }
    } else if (section === 'resources') {
      const resources = evaluation.resources;
      if (resources === null) continue;
      heading(templates.partResources);
      const judged = resources.schools.filter((school) => school.passed !== null);
      if (judged.length > 0) {
        const failed = judged.filter((school) => school.passed === false).length;
        sentence(
          renderTemplate(templates.schoolsSummary, { passed: count(judged.length - failed), failed: count(failed) }),
        );
        for (const school of judged) {
          if (which === 'all' || school.passed === false) sentence(schoolLine(school, locale));
        }
      }
      for (const check of resources.coefficients) sentence(coefficientLine(check, locale));
      for (const composite of resources.composites) {
        const template =
          composite.coefficient === null
            ? templates.compositeNoValue
            : composite.passed
              ? templates.compositeMet
              : templates.compositeMissed;
        sentence(
          renderTemplate(template, {
            stage: stageName(composite.stage, locale),
            coefficient:
              composite.coefficient === null
                ? ''
                : formatNumber(composite.coefficient, { locale, decimals: 3, scale: 'none' }),
            threshold: formatNumber(composite.threshold, {
              locale,
              decimals: decimalsOf(composite.threshold),
              keepTrailingZeros: true,
              scale: 'none',
            }),
          }),
        );
      }
    } else {
      const parts = [...new Set(evaluation.items.map((item) => item.part))];
      for (const part of parts) {
        heading(partName(part, locale));
        for (const item of evaluation.items.filter((entry) => entry.part === part)) {
          lines.push(
            renderTemplate(templates.numbered, {
              number: String(item.number),
              text: endSentence(formatEvaluationItem(item, { locale }), locale),
            }),
          );
        }
      }
    }
  }
  return lines.join('\n');
}
