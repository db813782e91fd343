import { defineIndicator } from '../../definition/define-indicator';
import { schoolEnrolmentItemLabels, schoolEnrolmentSchema } from './_lib/school-enrolment-schema';
import { isSchoolSizeCompliant, type SchoolEnrolment } from './is-school-size-compliant';

/**
 * 学校规模达标 — share of schools whose enrolment is within the cap of their type, in %,
 * 2 decimals.
 *
 * Formula: schools within the cap ÷ schools × 100%. Caps (2017): 小学 and 初中 at most 2000
 * students; 九年一贯制 and 十二年一贯制 at most 2500 students in the compulsory part (the
 * senior-secondary students of a 十二年一贯制 school do not count). A school at the cap
 * complies: 2000 does, 2001 does not.
 *
 * Give either the school list (`schoolEnrolments`: each school's `type` and `students`, the
 * compulsory-part students for `nine_year` and `twelve_year`; the calculator counts) or the
 * pre-counted totals (`compliantSchools` and `schools`).
 *
 * Per school: the spec calls this a boolean per school and a share per county. For one school's
 * boolean, call {@link isSchoolSizeCompliant} (`isSchoolSizeCompliant({ type: 'primary', students:
 * 2100 })` is `false`), or compute this indicator over a one-school list: 100.00 means compliant,
 * 0.00 means not.
 *
 * The 2017 regime states the cap for every school, so its threshold here is 100%; the spec gives
 * no share, so this reading is data a province can override.
 *
 * Source: 教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号), 政府保障程度 item 4.
 *
 * @example
 * ```ts
 * computeWithDefinition(schoolSizeCompliance, {
 *   schoolEnrolments: [
 *     { type: 'primary', students: 2000 },
 *     { type: 'junior', students: 2001 },
 *     { type: 'nine_year', students: 2500 },
 *     { type: 'twelve_year', students: 2501 },
 *   ],
 * }).formattedValue; // '50.00'
 * ```
 */
export const schoolSizeCompliance = defineIndicator({
  id: 'school_size_compliance',
  version: '1.0.0',
  labels: { 'zh-CN': '学校规模达标', 'zh-TW': '學校規模達標', en: 'School size compliance' },
  description: {
    zh: '在校生数不超过规模上限的学校数占学校总数的百分比(小学、初中 2000 人;九年、十二年一贯制义务教育阶段 2500 人)',
    en: 'schools whose enrolment is within the cap of their type as a percentage of all schools (primary and junior 2000; nine- and twelve-year schools 2500 in the compulsory part)',
  },
  unit: 'percent',
  decimals: 2,
  fields: {
    schoolEnrolments: {
      kind: 'items',
      optional: true,
      item: schoolEnrolmentSchema,
      labels: {
        'zh-CN': '各校类型与在校生数',
        'zh-TW': '各校類型與在校生數',
        en: 'schools with their type and students',
      },
      itemLabels: schoolEnrolmentItemLabels,
      tally: (schools: readonly SchoolEnrolment[]) => ({
        compliantSchools: schools.filter(isSchoolSizeCompliant).length,
        schools: schools.length,
      }),
    },
    compliantSchools: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '规模达标学校数', 'zh-TW': '規模達標學校數', en: 'schools within the size cap' },
    },
    schools: { kind: 'count', optional: true, labels: { 'zh-CN': '学校数', 'zh-TW': '學校數', en: 'schools' } },
  },
  inputForms: [['schoolEnrolments'], ['compliantSchools', 'schools']],
  constraints: [{ part: 'compliantSchools', whole: 'schools' }],
  methods: {
    standard: {
      labels: { 'zh-CN': '标准口径', 'zh-TW': '標準口徑', en: 'standard' },
      formula: {
        zh: '在校生数不超过规模上限的学校数 ÷ 学校数 × 100%',
        en: 'schools within the size cap ÷ schools × 100%',
      },
      // Both input forms give these counts (the list is tallied into them), so the method always has them.
      requires: ['compliantSchools', 'schools'],
      compute: ({ compliantSchools, schools }) => ({ numerator: compliantSchools, denominator: schools }),
    },
  },
  defaultMethod: 'standard',
  thresholds: [
    {
      regime: 'quality_balance_2017',
      comparator: '>=',
      value: '100',
      note: {
        zh: '每所学校均不超过规模上限(规范未给出比例,按全部学校达标理解,可覆盖)',
        en: 'every school within its cap (the spec gives no share; read as all schools, overridable)',
      },
    },
  ],
  source: {
    document: '教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)',
    note: {
      zh: '一贯制学校只计义务教育阶段在校生;规范只给出每校是否达标,县域比例为本库的汇总形式',
      en: 'through-train schools count compulsory-part students only; the spec gives a boolean per school, and the county share is this library’s roll-up',
    },
  },
  example: {
    input: {
      schoolEnrolments: [
        { type: 'primary', students: 2000 },
        { type: 'junior', students: 2001 },
        { type: 'nine_year', students: 2500 },
        { type: 'twelve_year', students: 2501 },
      ],
    },
    value: '50.00',
    note: {
      zh: '小学 2000 人、九年一贯制 2500 人达标;初中 2001 人、十二年一贯制 2501 人超标:2 ÷ 4',
      en: 'primary 2000 and nine-year 2500 comply; junior 2001 and twelve-year 2501 do not: 2 ÷ 4',
    },
  },
});
