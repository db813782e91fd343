import type { LocalizedText } from '../i18n/localized-text';

/**
 * How a result's value is expressed. Formatters read it to render the number:
 *
 * | unit | value means | printed as |
 * |---|---|---|
 * | `percent` | numerator ÷ denominator × 100 | `92.88%` |
 * | `ratio_to_one` | numerator ÷ denominator | `16.97:1` (生师比) |
 * | `one_to_ratio` | numerator ÷ denominator | `1:14.2` (教师与幼儿比) |
 * | `ratio` | numerator ÷ denominator | `1.05` (a plain ratio or index) |
 * | `per_100_students` | numerator ÷ students × 100 | `4.35` per 100 students |
 * | `per_student` | numerator ÷ students | `0.052` per student |
 * | `yuan` | an amount in 元 | `1916.67元` |
 * | `square_metres` | an area in m² | `6.12m²` |
 * | `volumes` | books | `32.5册` |
 * | `count` | a head or item count | `1375人` |
 */
export type Unit =
  | 'percent'
  | 'ratio_to_one'
  | 'one_to_ratio'
  | 'ratio'
  | 'per_100_students'
  | 'per_student'
  | 'yuan'
  | 'square_metres'
  | 'volumes'
  | 'count';

/** What edukpi knows about a unit. */
export interface UnitInfo {
  /** The factor applied to numerator ÷ denominator. */
  readonly scale: 1 | 100;
  /** How the unit is named in each script. */
  readonly labels: LocalizedText;
}

/**
 * The scale and names of every {@link Unit}.
 *
 * @example
 * ```ts
 * unitInfo.percent.scale; // 100
 * unitInfo.yuan.labels['zh-CN']; // '元'
 * ```
 */
export const unitInfo: { readonly [K in Unit]: UnitInfo } = {
  percent: { scale: 100, labels: { 'zh-CN': '%', 'zh-TW': '%', en: '%' } },
  ratio_to_one: { scale: 1, labels: { 'zh-CN': '比值(x:1)', 'zh-TW': '比值(x:1)', en: 'ratio (x:1)' } },
  one_to_ratio: { scale: 1, labels: { 'zh-CN': '比值(1:x)', 'zh-TW': '比值(1:x)', en: 'ratio (1:x)' } },
  ratio: { scale: 1, labels: { 'zh-CN': '比值', 'zh-TW': '比值', en: 'ratio' } },
  per_100_students: {
    scale: 100,
    labels: { 'zh-CN': '每百名学生', 'zh-TW': '每百名學生', en: 'per 100 students' },
  },
  per_student: { scale: 1, labels: { 'zh-CN': '生均', 'zh-TW': '生均', en: 'per student' } },
  yuan: { scale: 1, labels: { 'zh-CN': '元', 'zh-TW': '元', en: 'yuan' } },
  square_metres: { scale: 1, labels: { 'zh-CN': '平方米', 'zh-TW': '平方公尺', en: 'm²' } },
  volumes: { scale: 1, labels: { 'zh-CN': '册', 'zh-TW': '冊', en: 'volumes' } },
  count: { scale: 1, labels: { 'zh-CN': '个', 'zh-TW': '個', en: 'count' } },
};
