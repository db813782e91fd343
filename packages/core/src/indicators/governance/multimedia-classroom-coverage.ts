import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 多媒体教室覆盖率(班班通) — share of classrooms equipped with multimedia teaching equipment, in
 * %, 2 decimals.
 *
 * Formula: classrooms with multimedia ÷ classrooms × 100%. Counted by classrooms, not schools:
 * a report's "80 schools have 班班通 everywhere" is 100% only if every classroom of those
 * schools is equipped.
 *
 * @example
 * ```ts
 * computeWithDefinition(multimediaClassroomCoverage, { classroomsEquipped: 1183, classrooms: 1216 }).formattedValue;
 * // '97.29'
 * ```
 */
export const multimediaClassroomCoverage = defineRatioIndicator({
  id: 'multimedia_classroom_coverage',
  version: '1.0.0',
  labels: {
    'zh-CN': '多媒体教室覆盖率(班班通)',
    'zh-TW': '多媒體教室覆蓋率(班班通)',
    en: 'Multimedia classroom coverage',
  },
  description: {
    zh: '配备多媒体教学设备的教室数占教室总数的百分比',
    en: 'classrooms with multimedia teaching equipment as a percentage of all classrooms',
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'classroomsEquipped',
    labels: { 'zh-CN': '多媒体教室数', 'zh-TW': '多媒體教室數', en: 'classrooms with multimedia' },
  },
  denominator: {
    name: 'classrooms',
    labels: { 'zh-CN': '教室总数', 'zh-TW': '教室總數', en: 'classrooms' },
  },
  partOfWhole: true,
  formula: { zh: '多媒体教室数 ÷ 教室总数 × 100%', en: 'classroomsEquipped ÷ classrooms × 100%' },
  source: { document: '教育部教育信息化统计;“班班通”建设要求(《教育信息化十年发展规划(2011—2020年)》)' },
  example: {
    input: { classroomsEquipped: 1183, classrooms: 1216 },
    value: '97.29',
    note: { zh: '示例值', en: 'illustrative figures' },
  },
});
