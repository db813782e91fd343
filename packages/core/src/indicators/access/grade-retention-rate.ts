import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 年巩固率 — the autumn-term count of grade k+1 as a percentage of the spring-term count of grade k
 * of the school year before, in %, 2 decimals.
 *
 * Formula: 秋季学期 k+1 年级在校生数 ÷ 上学年春季学期 k 年级在校生数 × 100%: how much of a grade
 * is still enrolled one grade up after the summer. Transfers in, returning students and repeaters
 * from the grade above are not netted out, so school tables commonly run from 99% to 113%: never
 * clamped, warned about above 100%. For the final grade of a stage use the consolidation rates
 * (`junior_three_year_consolidation_rate`, `nine_year_consolidation_rate`).
 *
 * @param input - `nextGradeAutumn` (grade k+1, autumn term) and `gradeSpring` (grade k, the spring
 *   term before), head counts.
 * @returns The rate in %, with no value when the spring count is 0.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * // 412 pupils in grade 3 in spring, 431 in grade 4 in autumn: 431 ÷ 412
 * computeIndicator('grade_retention_rate', { nextGradeAutumn: 431, gradeSpring: 412 }).formattedValue; // '104.61'
 * ```
 */
export const gradeRetentionRate = defineRatioIndicator({
  id: 'grade_retention_rate',
  version: '1.0.0',
  labels: { 'zh-CN': '年巩固率', 'zh-TW': '年鞏固率', en: 'Annual grade retention rate' },
  description: {
    zh: '秋季学期 k+1 年级在校生数占上学年春季学期 k 年级在校生数的百分比',
    en: 'the autumn-term count of grade k+1 as a percentage of the spring-term count of grade k in the school year before',
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'nextGradeAutumn',
    labels: {
      'zh-CN': '秋季学期 k+1 年级在校生数',
      'zh-TW': '秋季學期 k+1 年級在校生數',
      en: 'grade k+1 students, autumn term',
    },
  },
  denominator: {
    name: 'gradeSpring',
    labels: {
      'zh-CN': '上学年春季学期 k 年级在校生数',
      'zh-TW': '上學年春季學期 k 年級在校生數',
      en: 'grade k students, spring term before',
    },
  },
  partOfWhole: false,
  formula: {
    zh: '秋季学期 k+1 年级在校生数 ÷ 春季学期 k 年级在校生数 × 100%',
    en: 'grade k+1 in autumn ÷ grade k in spring × 100%',
  },
  aboveHundred: {
    zh: '秋季人数含暑期转入、复学和留级学生,不扣除转学,年巩固率因此可超过 100%(学校报表常见 99%—113%)',
    en: 'the autumn count includes students who transferred in over the summer, returned or repeated the grade, and transfers are not netted out, so the rate can exceed 100% (school tables commonly run 99%-113%)',
  },
  source: {
    document: '县、校学籍统计报表通行算法(未见全国统一文件)',
    note: {
      zh: '未见全国统一的文件表述;此为县、校报表的通行算法,转学不作扣除',
      en: 'no national text was found; this is the form county and school tables use, with transfers not netted out',
    },
  },
  example: {
    input: { nextGradeAutumn: 431, gradeSpring: 412 },
    value: '104.61',
    note: { zh: '示意数据', en: 'illustrative figures' },
  },
});
