import { defineIndicator } from '../../definition/define-indicator';
import { governmentGuaranteeNote, QUALITY_BALANCE_2017_DOCUMENT } from './_lib/teacher-sources';

/**
 * 教师平均工资与公务员平均工资之比 — teachers' average pay over local civil servants' average pay,
 * a plain ratio, 2 decimals; ≥ 1 under the 2017 优质均衡 regime (教师平均工资水平不低于当地公务员).
 *
 * Formula: teachers' average pay ÷ civil servants' average pay. Both inputs are average amounts
 * of money, each given in 元 (`teacherAveragePay`) or in 万元 (`teacherAveragePayWan`), converted
 * exactly; they must cover the same period and the same pay items. The threshold is checked on
 * the exact ratio, so 0.996 prints as `1.00` and still fails.
 *
 * @param input - `teacherAveragePay` / `teacherAveragePayWan` and `civilServantAveragePay` /
 *   `civilServantAveragePayWan`.
 * @returns The ratio, with no value when the civil servants' average pay is 0.
 * @throws {InvalidInputError} when an amount is negative, missing, or given both in 元 and 万元.
 *
 * @example
 * ```ts
 * const result = computeIndicator('teacher_pay_parity_ratio', {
 *   teacherAveragePayWan: '10.2',
 *   civilServantAveragePay: 98000,
 * });
 * result.formattedValue;        // '1.04'
 * result.thresholds[0]?.passed; // true (≥ 1, quality_balance_2017)
 * ```
 */
export const teacherPayParityRatio = defineIndicator({
  id: 'teacher_pay_parity_ratio',
  version: '1.0.0',
  labels: {
    'zh-CN': '教师平均工资与公务员平均工资之比',
    'zh-TW': '教師平均工資與公務員平均工資之比',
    en: "Teachers' to civil servants' average pay ratio",
  },
  description: {
    zh: '义务教育教师平均工资收入 ÷ 当地公务员平均工资收入',
    en: "compulsory-education teachers' average pay ÷ local civil servants' average pay",
  },
  unit: 'ratio',
  decimals: 2,
  fields: {
    teacherAveragePay: {
      kind: 'money',
      labels: { 'zh-CN': '教师平均工资', 'zh-TW': '教師平均工資', en: "teachers' average pay" },
    },
    civilServantAveragePay: {
      kind: 'money',
      labels: { 'zh-CN': '当地公务员平均工资', 'zh-TW': '當地公務員平均工資', en: "local civil servants' average pay" },
    },
  },
  methods: {
    standard: {
      labels: { 'zh-CN': '标准口径', 'zh-TW': '標準口徑', en: 'standard' },
      formula: {
        zh: '教师平均工资 ÷ 当地公务员平均工资',
        en: "teachers' average pay ÷ civil servants' average pay",
      },
      compute: ({ teacherAveragePay, civilServantAveragePay }) => ({
        numerator: teacherAveragePay,
        denominator: civilServantAveragePay,
      }),
    },
  },
  defaultMethod: 'standard',
  thresholds: [
    {
      regime: 'quality_balance_2017',
      comparator: '>=',
      value: '1',
      note: governmentGuaranteeNote(
        8,
        '教师平均工资收入水平不低于当地公务员平均工资收入水平',
        "teachers' average pay at least local civil servants' average pay",
      ),
    },
  ],
  source: {
    document: `${QUALITY_BALANCE_2017_DOCUMENT};《中华人民共和国教师法》`,
    note: {
      zh: '两项平均工资须取同一年度、同一口径(是否含绩效奖励、津贴补贴由地方核定);输入为平均金额,不是比率',
      en: 'both averages must cover the same year and the same pay items (whether bonuses and allowances count is set locally); the inputs are average amounts, not rates',
    },
  },
  example: { input: { teacherAveragePayWan: '10.2', civilServantAveragePay: 98000 }, value: '1.04' },
});
