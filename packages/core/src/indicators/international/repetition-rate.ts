import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import { UIS_DECIMALS_NOTE, UIS_DOCUMENT } from './_lib/uis-sources';

/**
 * Repetition rate by grade (留级率), UIS form, in %, 1 decimal.
 *
 * UIS definition: the proportion of pupils from a cohort enrolled in a given grade in a given
 * school year who study in the same grade in the following school year. Formula: repeaters of
 * grade g in year t+1 ÷ enrolment in grade g in year t × 100%. The repeaters come from that
 * grade's enrolment, so more repeaters than pupils is an input error. Chinese compulsory
 * education has all but abolished repetition; the indicator serves the international
 * comparisons and upper-secondary data.
 *
 * @param input - `repeaters` (grade g, year t+1) and `enrolled` (grade g, year t), head counts.
 * @returns The rate in %, with no value when the grade had no pupils.
 * @throws {InvalidInputError} when a count is negative or fractional, or repeaters > enrolled.
 *
 * @example
 * ```ts
 * computeIndicator('repetition_rate', { repeaters: 35, enrolled: 1000 }).formattedValue; // '3.5'
 * ```
 */
export const repetitionRate = defineRatioIndicator({
  id: 'repetition_rate',
  version: '1.0.0',
  labels: { 'zh-CN': '留级率(UIS)', 'zh-TW': '留級率(UIS)', en: 'Repetition rate by grade (UIS)' },
  description: {
    zh: '下一学年仍在同一年级就读的学生数占本学年该年级在校生数的百分比',
    en: 'pupils who study in the same grade in the following school year as a percentage of the grade’s enrolment in the given year',
  },
  unit: 'percent',
  decimals: 1,
  numerator: {
    name: 'repeaters',
    labels: {
      'zh-CN': 't+1 学年该年级留级生数',
      'zh-TW': 't+1 學年該年級留級生數',
      en: 'repeaters of the grade, year t+1',
    },
  },
  denominator: {
    name: 'enrolled',
    labels: { 'zh-CN': 't 学年该年级在校生数', 'zh-TW': 't 學年該年級在校生數', en: 'enrolment in the grade, year t' },
  },
  partOfWhole: true,
  formula: {
    zh: 't+1 学年该年级留级生数 ÷ t 学年该年级在校生数 × 100%',
    en: 'repeaters of grade g in t+1 ÷ enrolment in grade g in t × 100%',
  },
  source: { document: UIS_DOCUMENT, note: UIS_DECIMALS_NOTE },
  example: {
    input: { repeaters: 35, enrolled: 1000 },
    value: '3.5',
    note: { zh: '示意数据', en: 'illustrative figures' },
  },
});
