import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 课后服务学生参与率 — share of students in scope who take part in after-school services, in %,
 * 2 decimals.
 *
 * `enrolled` must be the enrolment of the schools in scope, chosen by the caller: national
 * monitoring leaves out boarding schools and village primary schools, county reports often count
 * every school. The library never guesses the scope.
 *
 * @example
 * ```ts
 * // 薛城区 2021: 6.91万 students took part, 92.88%
 * computeIndicator('after_school_participation_rate', { participants: 69100, enrolled: 74400 }).formattedValue;
 * // '92.88'
 * ```
 */
export const afterSchoolParticipationRate = defineRatioIndicator({
  id: 'after_school_participation_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '课后服务学生参与率',
    'zh-TW': '課後服務學生參與率',
    en: 'After-school service student participation rate',
  },
  description: {
    zh: '参加课后服务的学生数占范围内学校在校生数的百分比',
    en: 'students taking part in after-school services as a percentage of students enrolled in the schools in scope',
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'participants',
    labels: { 'zh-CN': '参加课后服务学生数', 'zh-TW': '參加課後服務學生數', en: 'participating students' },
  },
  denominator: {
    name: 'enrolled',
    labels: {
      'zh-CN': '范围内学校在校生数',
      'zh-TW': '範圍內學校在校生數',
      en: 'students enrolled in the schools in scope',
    },
  },
  partOfWhole: true,
  formula: { zh: '参加课后服务学生数 ÷ 范围内学校在校生数 × 100%', en: 'participants ÷ enrolled × 100%' },
  source: {
    document: '教育部义务教育课后服务监测口径;《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》(2021)',
    note: {
      zh: '国家监测范围不含寄宿制学校和村小:范围由调用方显式决定,enrolled 须与之一致',
      en: 'national monitoring excludes boarding schools and village primary schools: the caller decides the scope explicitly and enrolled must match it',
    },
  },
  example: {
    input: { participants: 69100, enrolled: 74400 },
    value: '92.88',
    note: {
      zh: '薛城区 2021 年 6.91万人、占 92.88%(在校生数为推算值)',
      en: 'Xuecheng 2021: 69,100 students, 92.88% (enrolment inferred)',
    },
  },
});
