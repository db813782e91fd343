import { defineIndicator } from '../../definition/define-indicator';

/**
 * 生均资助金额 — aid disbursed per aided student, in 元, 2 decimals.
 *
 * Give the amount in 元 (`amount`) or in 万元 (`amountWan`); it is converted exactly
 * (2241万元 = 22 410 000 元) and kept in the result's inputs in 元.
 *
 * @example
 * ```ts
 * // 薛城区 2021: 660.5万元 to 1.1256万 students
 * computeIndicator('aid_per_student', { amountWan: '660.5', aided: 11256 }).formattedValue; // '586.80'
 * ```
 */
export const aidPerStudent = defineIndicator({
  id: 'aid_per_student',
  version: '1.0.0',
  labels: { 'zh-CN': '生均资助金额', 'zh-TW': '生均資助金額', en: 'Aid per aided student' },
  description: {
    zh: '资助金额 ÷ 受资助学生数(元/人)',
    en: 'amount disbursed ÷ aided students (yuan per student)',
  },
  unit: 'yuan',
  decimals: 2,
  fields: {
    amount: {
      kind: 'money',
      labels: { 'zh-CN': '资助金额', 'zh-TW': '資助金額', en: 'amount disbursed' },
    },
    aided: {
      kind: 'count',
      labels: { 'zh-CN': '受资助学生数', 'zh-TW': '受資助學生數', en: 'aided students' },
    },
  },
  methods: {
    standard: {
      labels: { 'zh-CN': '通行口径', 'zh-TW': '通行口徑', en: 'standard' },
      formula: { zh: '资助金额(元) ÷ 受资助学生数', en: 'amount (yuan) ÷ aided students' },
      compute: ({ amount, aided }) => ({ numerator: amount, denominator: aided }),
    },
  },
  defaultMethod: 'standard',
  source: {
    document: '学生资助统计口径',
    note: {
      zh: '报告常以人次统计受助学生;人次与人数不可混用,分母应与金额对应同一口径',
      en: 'reports often count aided students in person-times (人次); use the same basis for the denominator as for the amount',
    },
  },
  example: {
    input: { amountWan: '660.5', aided: 11256 },
    value: '586.80',
    note: {
      zh: '薛城区 2021:助学金 660.5万元,惠及 1.1256万名学生',
      en: 'Xuecheng 2021: 6.605 million yuan to 11,256 students',
    },
  },
});
