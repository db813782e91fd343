import { defineIndicator } from '../../definition/define-indicator';
import { UIS_DOCUMENT } from './_lib/uis-sources';

/**
 * Transition rate (过渡率) from one level of education to the next, UIS forms, in %, 1 decimal.
 * Two methods (`options.method`):
 *
 * - `effective` (default), the UIS effective transition rate: new entrants to the first grade of
 *   the higher level in year t+1 ÷ (enrolment in the last grade of the lower level in year t −
 *   repeaters of that last grade in year t+1) × 100%. The repeaters term is explicit: pupils who
 *   stay on to repeat the last grade have not yet had the chance to move on, so they leave the
 *   denominator.
 * - `simple`, the UIS transition rate: new entrants ÷ enrolment in the last grade in year t ×
 *   100%, with no repeaters term.
 *
 * New entrants exclude repeaters of the first grade of the higher level (first-grade enrolment −
 * first-grade repeaters). They can include pupils who left the lower level earlier or came from
 * elsewhere, so the rate can exceed 100%: never clamped, warned about. Not the Chinese 升学率
 * (`progression_rate`), which divides by graduates.
 *
 * @param input - `newEntrants` (higher level, first grade, year t+1), `lastGradeEnrolment` (lower
 *   level, last grade, year t) and `lastGradeRepeaters` (that last grade, year t+1; needed by
 *   `effective`); head counts.
 * @returns The rate in %; no value when the denominator is 0 (every pupil of the last grade
 *   repeats it, or there were none).
 * @throws {InvalidInputError} when a count is negative or fractional, repeaters exceed the
 *   last-grade enrolment, or `effective` lacks `lastGradeRepeaters`.
 *
 * @example
 * ```ts
 * const input = { newEntrants: 940, lastGradeEnrolment: 1000, lastGradeRepeaters: 20 };
 * computeIndicator('transition_rate', input).formattedValue; // '95.9' (940 ÷ (1000 − 20))
 * computeIndicator('transition_rate', input, { method: 'simple' }).formattedValue; // '94.0'
 * ```
 */
export const transitionRate = defineIndicator({
  id: 'transition_rate',
  version: '1.0.0',
  labels: { 'zh-CN': '过渡率(UIS)', 'zh-TW': '過渡率(UIS)', en: 'Transition rate (UIS)' },
  description: {
    zh: '下一学年高一级教育一年级新生数,占本学年低一级教育最后一个年级在校生数(有效过渡率再扣除下一学年该年级留级生)的百分比',
    en: 'new entrants to the first grade of the higher level in the following year as a percentage of the enrolment in the last grade of the lower level in the given year (less those who repeat it, for the effective rate)',
  },
  unit: 'percent',
  decimals: 1,
  fields: {
    newEntrants: {
      kind: 'count',
      labels: {
        'zh-CN': 't+1 学年高一级教育一年级新生数(不含留级生)',
        'zh-TW': 't+1 學年高一級教育一年級新生數(不含留級生)',
        en: 'new entrants to the first grade of the higher level, year t+1',
      },
    },
    lastGradeEnrolment: {
      kind: 'count',
      labels: {
        'zh-CN': 't 学年低一级教育最后一个年级在校生数',
        'zh-TW': 't 學年低一級教育最後一個年級在校生數',
        en: 'enrolment in the last grade of the lower level, year t',
      },
    },
    lastGradeRepeaters: {
      kind: 'count',
      optional: true,
      labels: {
        'zh-CN': 't+1 学年该最后年级的留级生数',
        'zh-TW': 't+1 學年該最後年級的留級生數',
        en: 'repeaters of that last grade, year t+1',
      },
    },
  },
  methods: {
    effective: {
      labels: { 'zh-CN': '有效过渡率', 'zh-TW': '有效過渡率', en: 'effective transition rate' },
      formula: {
        zh: 't+1 学年高一级一年级新生数 ÷ (t 学年最后年级在校生数 − t+1 学年该年级留级生数) × 100%',
        en: 'new entrants to the higher level, t+1 ÷ (last-grade enrolment, t − last-grade repeaters, t+1) × 100%',
      },
      requires: ['lastGradeRepeaters'],
      compute: ({ newEntrants, lastGradeEnrolment, lastGradeRepeaters }) => ({
        numerator: newEntrants,
        denominator: lastGradeEnrolment.minus(lastGradeRepeaters),
      }),
    },
    simple: {
      labels: { 'zh-CN': '简单过渡率', 'zh-TW': '簡單過渡率', en: 'simple transition rate' },
      formula: {
        zh: 't+1 学年高一级一年级新生数 ÷ t 学年最后年级在校生数 × 100%',
        en: 'new entrants to the higher level, t+1 ÷ last-grade enrolment, t × 100%',
      },
      compute: ({ newEntrants, lastGradeEnrolment }) => ({ numerator: newEntrants, denominator: lastGradeEnrolment }),
    },
  },
  defaultMethod: 'effective',
  constraints: [{ part: 'lastGradeRepeaters', whole: 'lastGradeEnrolment' }],
  aboveHundred: {
    zh: '高一级新生可含往届离校后重新入学者和外地生源,不全来自上一学年的最后年级,过渡率因此可超过 100%',
    en: 'new entrants to the higher level can include pupils who left school earlier or come from elsewhere, not only last year’s last grade, so the rate can exceed 100%',
  },
  source: {
    document: UIS_DOCUMENT,
    note: {
      zh: 'UIS 有两种定义:有效过渡率(分母扣除下一学年最后年级的留级生,默认)与过渡率(不扣除);两者均为显式口径。默认 1 位小数,可用 options.decimals 调整',
      en: 'the UIS defines both the effective transition rate (the denominator less next year’s repeaters of the last grade; the default) and the transition rate (no repeaters term); both are explicit methods. 1 decimal by default; use options.decimals for more',
    },
  },
  example: {
    input: { newEntrants: 940, lastGradeEnrolment: 1000, lastGradeRepeaters: 20 },
    value: '95.9',
    note: { zh: '示意数据:940 ÷ (1000 − 20)', en: 'illustrative figures: 940 ÷ (1000 − 20)' },
  },
});
