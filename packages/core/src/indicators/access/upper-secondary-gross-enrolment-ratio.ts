import { defineIndicator } from '../../definition/define-indicator';
import { STATISTICS_DOCUMENT } from './_lib/access-sources';

/**
 * 高中阶段毛入学率 — upper-secondary students of any age (普通高中 + 成人高中 + 中等职业教育 including
 * 技工学校) as a percentage of the population aged 15–17, 1 decimal; ≥ 90% as the national target
 * of the 高中阶段教育普及攻坚计划.
 *
 * Formula: (普通高中 + 成人高中 + 中等职业学校 + 技工学校在校生数) ÷ 15—17 岁人口数 × 100%.
 *
 * Give the numerator in one of two forms:
 * - `enrolled`: the upper-secondary total, already including every part; or
 * - its four parts `generalHighSchool`, `adultHighSchool`, `secondaryVocational` and
 *   `technicalSchool`, all four (0 where there is none). 技工学校 are counted by the human-resources
 *   departments, not in the education statistics' 中等职业学校 (the MOE bulletin prints 中职 "不含
 *   技工学校"), which is how a county total comes out short: the separate field makes the caller
 *   account for them. The parts are summed into `enrolled`, so rows given either way aggregate
 *   into one sum, and the result's inputs show the total.
 *
 * The numerator counts students of any age, so the ratio can exceed 100%: never clamped, warned
 * about.
 *
 * @param input - `enrolled`, or the four parts, and `population` (aged 15–17); head counts.
 * @returns The ratio in %, with no value when the population is 0.
 * @throws {InvalidInputError} when a count is negative or fractional, when both forms or neither
 *   are given, or when a part is missing.
 *
 * @example
 * ```ts
 * // 武安市: 高中入学率 86.2% (counts inferred), below the 90% target
 * const result = computeIndicator('upper_secondary_gross_enrolment_ratio', { enrolled: 25860, population: 30000 });
 * result.formattedValue;        // '86.2'
 * result.thresholds[0]?.passed; // false (≥ 90, national_target)
 * computeIndicator('upper_secondary_gross_enrolment_ratio', {
 *   generalHighSchool: 15000, adultHighSchool: 60, secondaryVocational: 9600, technicalSchool: 1200, population: 30000,
 * }).formattedValue; // '86.2'
 * ```
 */
export const upperSecondaryGrossEnrolmentRatio = defineIndicator({
  id: 'upper_secondary_gross_enrolment_ratio',
  version: '1.0.0',
  labels: {
    'zh-CN': '高中阶段毛入学率',
    'zh-TW': '高中階段毛入學率',
    en: 'Upper-secondary gross enrolment ratio',
  },
  description: {
    zh: '高中阶段在校生数(普通高中、成人高中、中等职业教育含技工学校,不限年龄)占 15—17 岁人口数的百分比',
    en: 'upper-secondary students of any age (general and adult high schools, secondary vocational schools including technical schools) as a percentage of the population aged 15-17',
  },
  unit: 'percent',
  decimals: 1,
  fields: {
    enrolled: {
      kind: 'count',
      optional: true,
      labels: {
        'zh-CN': '高中阶段在校生数(不限年龄)',
        'zh-TW': '高中階段在校生數(不限年齡)',
        en: 'upper-secondary students, any age',
      },
    },
    generalHighSchool: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '普通高中在校生数', 'zh-TW': '普通高中在校生數', en: 'general high-school students' },
    },
    adultHighSchool: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '成人高中在校生数', 'zh-TW': '成人高中在校生數', en: 'adult high-school students' },
    },
    secondaryVocational: {
      kind: 'count',
      optional: true,
      labels: {
        'zh-CN': '中等职业学校在校生数(不含技工学校)',
        'zh-TW': '中等職業學校在校生數(不含技工學校)',
        en: 'secondary vocational students, technical schools excluded',
      },
    },
    technicalSchool: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '技工学校在校生数', 'zh-TW': '技工學校在校生數', en: 'technical-school students' },
    },
    population: {
      kind: 'count',
      labels: { 'zh-CN': '15—17 岁人口数', 'zh-TW': '15—17 歲人口數', en: 'population aged 15-17' },
    },
  },
  inputForms: [['enrolled'], ['generalHighSchool', 'adultHighSchool', 'secondaryVocational', 'technicalSchool']],
  // Rows given as the four parts and rows given as the total add up: the parts become the total.
  normalize: (input) => {
    const { enrolled, generalHighSchool, adultHighSchool, secondaryVocational, technicalSchool } = input;
    const parts = [generalHighSchool, adultHighSchool, secondaryVocational, technicalSchool];
    if (enrolled !== undefined || parts.some((part) => part === undefined)) return input;
    return { ...input, enrolled: parts.reduce<number>((sum, part) => sum + Number(part), 0) };
  },
  methods: {
    standard: {
      labels: { 'zh-CN': '标准口径', 'zh-TW': '標準口徑', en: 'standard' },
      formula: {
        zh: '(普通高中 + 成人高中 + 中等职业学校 + 技工学校在校生数) ÷ 15—17 岁人口数 × 100%',
        en: '(general + adult high-school + secondary vocational + technical-school students) ÷ population aged 15-17 × 100%',
      },
      // Given as its parts, `enrolled` is their sum (see normalize), so it is always there.
      requires: ['enrolled'],
      compute: ({ enrolled, population }) => ({ numerator: enrolled, denominator: population }),
    },
  },
  defaultMethod: 'standard',
  thresholds: [
    {
      regime: 'national_target',
      comparator: '>=',
      value: '90',
      note: {
        zh: '《高中阶段教育普及攻坚计划(2017—2020年)》:全国、各省高中阶段毛入学率达到 90% 以上',
        en: 'plan to universalise upper-secondary education (2017-2020): gross enrolment ratio at least 90% nationally and in every province',
      },
    },
  ],
  aboveHundred: {
    zh: '分子为各年龄的高中阶段在校生(含超龄生和外地生源),分母只是 15—17 岁人口,毛入学率因此可超过 100%',
    en: 'the numerator counts students of any age (over-age students, students from outside the area) while the denominator is the population aged 15-17, so the ratio can exceed 100%',
  },
  source: {
    document: `教育部等四部门《高中阶段教育普及攻坚计划(2017—2020年)》;${STATISTICS_DOCUMENT}`,
    note: {
      zh: '分子含普通高中、成人高中和中等职业教育(含技工学校);技工学校由人社部门统计,教育统计的中职数不含技工学校,须另行计入',
      en: 'the numerator includes general and adult high schools and secondary vocational education including technical schools; technical schools are counted by the human-resources departments and are not in the education statistics’ vocational figure, so add them',
    },
  },
  example: {
    input: { enrolled: 25860, population: 30000 },
    value: '86.2',
    note: {
      zh: '武安市:高中入学率达 86.2%(人数按比率推算)',
      en: 'Wu’an: upper-secondary enrolment ratio 86.2% (counts inferred from the ratio)',
    },
  },
});
