import { defineIndicator } from '../../definition/define-indicator';
import { sdgDocument } from './_lib/uis-sources';

/**
 * Out-of-school rate (失学率), SDG indicator 4.1.4, in %, 1 decimal. Two methods
 * (`options.method`):
 *
 * - `any_level` (default), the current SDG 4.1.4 definition: the percentage of children and young
 *   people in the official age range for a level of education who are not enrolled in
 *   pre-primary, primary, secondary or higher education. Formula: (population of the official
 *   age − those of that age enrolled at any level) ÷ population of the official age × 100%.
 * - `pre_primary_as_out_of_school`, the earlier UIS definition: children of primary age enrolled
 *   in pre-primary education count as out of school. Formula: (population − (enrolled at any
 *   level − enrolled in pre-primary)) ÷ population × 100%. Needs `enrolledInPrePrimaryOfAge`.
 *
 * Both terms count people of the level's official age (primary 6–11, junior 12–14, upper
 * secondary 15–17 in China): the enrolled are a subset of the population, so more enrolled than
 * population is an input error and the rate is never negative.
 *
 * @param input - `populationOfAge`, `enrolledOfAge` (of that age, enrolled at any level) and
 *   `enrolledInPrePrimaryOfAge` (of that age, in pre-primary; needed by the second method); head
 *   counts.
 * @returns The rate in %, with no value when the age group is empty.
 * @throws {InvalidInputError} when a count is negative or fractional, or a part exceeds its whole.
 *
 * @example
 * ```ts
 * const input = { populationOfAge: 10000, enrolledOfAge: 9700, enrolledInPrePrimaryOfAge: 150 };
 * computeIndicator('out_of_school_rate', input).formattedValue; // '3.0'
 * computeIndicator('out_of_school_rate', input, { method: 'pre_primary_as_out_of_school' }).formattedValue; // '4.5'
 * ```
 */
export const outOfSchoolRate = defineIndicator({
  id: 'out_of_school_rate',
  version: '1.0.0',
  labels: { 'zh-CN': '失学率(SDG 4.1.4)', 'zh-TW': '失學率(SDG 4.1.4)', en: 'Out-of-school rate (SDG 4.1.4)' },
  description: {
    zh: '某一级教育法定年龄段人口中,未在任何一级教育(学前、小学、中学或高等教育)就读者所占的百分比',
    en: 'the percentage of children and young people in the official age range for a level of education who are not enrolled in pre-primary, primary, secondary or higher education',
  },
  unit: 'percent',
  decimals: 1,
  fields: {
    populationOfAge: {
      kind: 'count',
      labels: { 'zh-CN': '法定年龄段人口', 'zh-TW': '法定年齡段人口', en: 'population of the official age range' },
    },
    enrolledOfAge: {
      kind: 'count',
      labels: {
        'zh-CN': '法定年龄段中在任何一级教育就读的人数',
        'zh-TW': '法定年齡段中在任何一級教育就讀的人數',
        en: 'of the official age, enrolled at any level',
      },
    },
    enrolledInPrePrimaryOfAge: {
      kind: 'count',
      optional: true,
      labels: {
        'zh-CN': '法定年龄段中在学前教育就读的人数',
        'zh-TW': '法定年齡段中在學前教育就讀的人數',
        en: 'of the official age, enrolled in pre-primary',
      },
    },
  },
  methods: {
    any_level: {
      labels: { 'zh-CN': '任一级教育在学即为在学', 'zh-TW': '任一級教育在學即為在學', en: 'enrolled at any level' },
      formula: {
        zh: '(法定年龄段人口 − 其中在任何一级教育就读的人数) ÷ 法定年龄段人口 × 100%',
        en: '(population of the official age − those enrolled at any level) ÷ population of the official age × 100%',
      },
      compute: ({ populationOfAge, enrolledOfAge }) => ({
        numerator: populationOfAge.minus(enrolledOfAge),
        denominator: populationOfAge,
      }),
    },
    pre_primary_as_out_of_school: {
      labels: {
        'zh-CN': '学前教育在学计为失学',
        'zh-TW': '學前教育在學計為失學',
        en: 'pre-primary counted as out of school',
      },
      formula: {
        zh: '(法定年龄段人口 − (任何一级教育就读人数 − 学前教育就读人数)) ÷ 法定年龄段人口 × 100%',
        en: '(population of the official age − (enrolled at any level − enrolled in pre-primary)) ÷ population of the official age × 100%',
      },
      requires: ['enrolledInPrePrimaryOfAge'],
      compute: ({ populationOfAge, enrolledOfAge, enrolledInPrePrimaryOfAge }) => ({
        numerator: populationOfAge.minus(enrolledOfAge).plus(enrolledInPrePrimaryOfAge),
        denominator: populationOfAge,
      }),
    },
  },
  defaultMethod: 'any_level',
  constraints: [
    { part: 'enrolledOfAge', whole: 'populationOfAge' },
    { part: 'enrolledInPrePrimaryOfAge', whole: 'enrolledOfAge' },
  ],
  source: {
    document: sdgDocument('4.1.4'),
    note: {
      zh: '现行 SDG 4.1.4 把在学前教育就读的法定年龄儿童计为在学(默认);UIS 早期定义把他们计为失学(pre_primary_as_out_of_school)。默认 1 位小数,可用 options.decimals 调整',
      en: 'the current SDG 4.1.4 counts children of the official age enrolled in pre-primary as in school (the default); the earlier UIS definition counted them as out of school (pre_primary_as_out_of_school). 1 decimal by default; use options.decimals for more',
    },
  },
  example: {
    input: { populationOfAge: 10000, enrolledOfAge: 9700 },
    value: '3.0',
    note: { zh: '示意数据', en: 'illustrative figures' },
  },
});
