import { defineIndicator } from '../../definition/define-indicator';
import { UIS_DECIMALS_NOTE, UIS_DOCUMENT } from './_lib/uis-sources';

/**
 * Survival rate to the last grade (到达最后一个年级的留存率), UIS form, in %, 1 decimal.
 *
 * UIS definition: the percentage of a cohort of pupils enrolled in the first grade of a given
 * level or cycle of education in a given school year who are expected to reach the last grade,
 * regardless of repetition.
 *
 * One method, `true_cohort`: from cohort counts, the pupils of the school cohort who reached the
 * last grade (whether or not they repeated a grade on the way) ÷ the pupils of that cohort
 * originally enrolled in the first grade × 100%, where a pupil-level register (学籍) can follow
 * the cohort. Where only enrolment by grade for two consecutive years and repeaters by grade are
 * known, the UIS reconstructed cohort method estimates it: use {@link flowRatesByGrade} and
 * {@link reconstructCohort} (its `survivalRateToLastGrade`).
 *
 * The reached pupils are members of the cohort, so `reachedLastGrade` > `cohortEntrants` is an
 * input error. Not the Chinese 巩固率, which counts graduates against entrants without following
 * the same pupils (and so can exceed 100%).
 *
 * @param input - `reachedLastGrade` and `cohortEntrants`, head counts of one cohort.
 * @returns The rate in %, with no value when the cohort is empty.
 * @throws {InvalidInputError} when a count is negative or fractional, or more pupils reached the
 *   last grade than entered.
 *
 * @example
 * ```ts
 * computeIndicator('survival_rate_to_last_grade', { reachedLastGrade: 951, cohortEntrants: 1000 }).formattedValue;
 * // '95.1'
 * ```
 */
export const survivalRateToLastGrade = defineIndicator({
  id: 'survival_rate_to_last_grade',
  version: '1.0.0',
  labels: {
    'zh-CN': '到达最后一个年级的留存率(UIS)',
    'zh-TW': '到達最後一個年級的留存率(UIS)',
    en: 'Survival rate to the last grade (UIS)',
  },
  description: {
    zh: '某学年一年级入学的学生队列中,预期(不论是否留级)到达该级教育最后一个年级者所占的百分比',
    en: 'the percentage of a cohort of pupils enrolled in the first grade of a level in a given school year who are expected to reach the last grade, regardless of repetition',
  },
  unit: 'percent',
  decimals: 1,
  fields: {
    reachedLastGrade: {
      kind: 'count',
      labels: {
        'zh-CN': '队列中到达最后一个年级的人数(含曾留级者)',
        'zh-TW': '隊列中到達最後一個年級的人數(含曾留級者)',
        en: 'pupils of the cohort who reached the last grade, repeaters included',
      },
    },
    cohortEntrants: {
      kind: 'count',
      labels: {
        'zh-CN': '队列一年级入学人数',
        'zh-TW': '隊列一年級入學人數',
        en: 'pupils of the cohort enrolled in the first grade',
      },
    },
  },
  methods: {
    true_cohort: {
      labels: { 'zh-CN': '真实队列', 'zh-TW': '真實隊列', en: 'true cohort' },
      formula: {
        zh: '队列中到达最后一个年级的人数 ÷ 队列一年级入学人数 × 100%',
        en: 'pupils of the cohort who reached the last grade ÷ pupils of the cohort who entered the first grade × 100%',
      },
      compute: ({ reachedLastGrade, cohortEntrants }) => ({ numerator: reachedLastGrade, denominator: cohortEntrants }),
    },
  },
  defaultMethod: 'true_cohort',
  constraints: [{ part: 'reachedLastGrade', whole: 'cohortEntrants' }],
  source: {
    document: UIS_DOCUMENT,
    note: {
      zh: `UIS 通常用重构队列法(两个相邻学年分年级在校生数和留级生数)估算;本指标为按队列人数计算的真实队列口径;只有分年级人数时用 flowRatesByGrade 与 reconstructCohort 估算。${UIS_DECIMALS_NOTE.zh}`,
      en: `the UIS estimates it with the reconstructed cohort method (enrolment by grade for two consecutive years plus repeaters); this indicator is the true-cohort method from cohort counts; with enrolment by grade only, estimate it with flowRatesByGrade and reconstructCohort. ${UIS_DECIMALS_NOTE.en}`,
    },
  },
  example: {
    input: { reachedLastGrade: 951, cohortEntrants: 1000 },
    value: '95.1',
    note: { zh: '示意数据', en: 'illustrative figures' },
  },
});
