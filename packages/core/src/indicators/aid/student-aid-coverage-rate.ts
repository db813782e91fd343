import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 家庭经济困难学生资助覆盖率 (应助尽助) — aid coverage of students in financial difficulty.
 *
 * Aided students ÷ students identified as in financial difficulty, in %, 2 decimals; the
 * national target is 100% (应助尽助). No national formula text was found: this is the common
 * local form. It may exceed 100% when students not identified as in difficulty are aided too.
 *
 * @example
 * ```ts
 * computeIndicator('student_aid_coverage_rate', { aided: 11256, eligible: 11256 }).formattedValue; // '100.00'
 * ```
 */
export const studentAidCoverageRate = defineRatioIndicator({
  id: 'student_aid_coverage_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '家庭经济困难学生资助覆盖率',
    'zh-TW': '家庭經濟困難學生資助覆蓋率',
    en: 'Aid coverage of students in financial difficulty',
  },
  description: {
    zh: '获得资助的学生数占认定为家庭经济困难学生数的百分比(应助尽助)',
    en: 'aided students as a percentage of students identified as in financial difficulty',
  },
  unit: 'percent',
  decimals: 2,
  numerator: { name: 'aided', labels: { 'zh-CN': '受资助学生数', 'zh-TW': '受資助學生數', en: 'aided students' } },
  denominator: {
    name: 'eligible',
    labels: {
      'zh-CN': '认定的家庭经济困难学生数',
      'zh-TW': '認定的家庭經濟困難學生數',
      en: 'students identified as in financial difficulty',
    },
  },
  partOfWhole: false,
  formula: { zh: '受资助学生数 ÷ 认定的家庭经济困难学生数 × 100%', en: 'aided ÷ eligible × 100%' },
  thresholds: [
    {
      regime: 'national_target',
      comparator: '>=',
      value: '100',
      note: { zh: '应助尽助', en: 'every eligible student aided' },
    },
  ],
  aboveHundred: {
    zh: '受助学生中可包含未被认定为家庭经济困难的学生(如普惠性资助),覆盖率因此可超过 100%',
    en: 'aided students can include students not identified as in difficulty (e.g. universal subsidies), so coverage can exceed 100%',
  },
  source: {
    document: '全国学生资助管理中心工作要求(应助尽助);地方通行计算口径',
    note: {
      zh: '未见国家统一公式文本,此为地方通行口径',
      en: 'no national formula text was found; this is the common local form',
    },
  },
  example: { input: { aided: 11256, eligible: 11256 }, value: '100.00' },
});
