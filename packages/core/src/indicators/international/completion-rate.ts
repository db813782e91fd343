import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import { sdgDocument, UIS_DECIMALS_NOTE } from './_lib/uis-sources';

/**
 * Completion rate (完成率), SDG indicator 4.1.2, in %, 1 decimal.
 *
 * UIS definition: the percentage of a cohort of children or young people aged 3–5 years above the
 * intended age for the last grade of each level of education who have completed that grade.
 * Formula: people in that age group who completed the last grade of the level ÷ people in that
 * age group × 100%, one level at a time (primary, lower secondary, upper secondary), usually from
 * a census or a household survey. The intended age for the last grade is the age a pupil reaches
 * it having entered at the official age without repeating or skipping: with entry at 6 and a
 * six-year primary it is 11, so the primary completion rate looks at ages 14–16; junior
 * secondary (last grade at 14) at ages 17–19; upper secondary (last grade at 17) at ages 20–22.
 *
 * Not to be confused with the Chinese 巩固率 (graduates over a cohort's entrants): this one
 * counts people of an age group, in or out of school.
 *
 * @param input - `completed` (people of the reference age group who completed the last grade of
 *   the level) and `population` (people of that age group); head counts.
 * @returns The rate in %, with no value when the age group is empty.
 * @throws {InvalidInputError} when a count is negative or fractional, or completed > population.
 *
 * @example
 * ```ts
 * // primary, entry at 6, six grades: ages 14–16
 * computeIndicator('completion_rate', { completed: 9312, population: 10000 }).formattedValue; // '93.1'
 * ```
 */
export const completionRate = defineRatioIndicator({
  id: 'completion_rate',
  version: '1.0.0',
  labels: { 'zh-CN': '完成率(SDG 4.1.2)', 'zh-TW': '完成率(SDG 4.1.2)', en: 'Completion rate (SDG 4.1.2)' },
  description: {
    zh: '比某一级教育最后一个年级预期年龄大 3—5 岁的人口中,已完成该年级者所占的百分比',
    en: 'the percentage of a cohort aged 3-5 years above the intended age for the last grade of a level of education who have completed that grade',
  },
  unit: 'percent',
  decimals: 1,
  numerator: {
    name: 'completed',
    labels: {
      'zh-CN': '参照年龄组中完成最后一个年级的人数',
      'zh-TW': '參照年齡組中完成最後一個年級的人數',
      en: 'people of the reference age group who completed the last grade',
    },
  },
  denominator: {
    name: 'population',
    labels: {
      'zh-CN': '参照年龄组人口(最后年级预期年龄 + 3 至 + 5 岁)',
      'zh-TW': '參照年齡組人口(最後年級預期年齡 + 3 至 + 5 歲)',
      en: 'population aged 3-5 years above the intended age for the last grade',
    },
  },
  partOfWhole: true,
  formula: {
    zh: '参照年龄组中完成最后一个年级的人数 ÷ 参照年龄组人口 × 100%',
    en: 'people of the reference age group who completed the last grade ÷ people of that age group × 100%',
  },
  source: { document: sdgDocument('4.1.2'), note: UIS_DECIMALS_NOTE },
  example: {
    input: { completed: 9312, population: 10000 },
    value: '93.1',
    note: { zh: '示意数据', en: 'illustrative figures' },
  },
});
