import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import { STATISTICS_DOCUMENT } from './_lib/access-sources';

/**
 * 小学学龄儿童净入学率 — school-age children enrolled in school as a percentage of all school-age
 * children, 2 decimals.
 *
 * Formula: 校内学龄儿童数 ÷ 学龄儿童总数(校内 + 校外) × 100%. Since 1991 the MOE counts school age by
 * each area's own entry age and 学制 (6–11 for 六三制 with entry at 6, 6–10 for 五四制, 7–12 where
 * children enter at 7): the caller counts both terms over the area's own age band, and a regional
 * figure is the sum of the areas' counts (ratio of sums), never a mean of their rates. The
 * denominator is the school-age children in and out of school, so it contains the numerator:
 * enrolled > population is an input error, not a rate above 100%.
 *
 * @param input - `enrolledOfAge` (school-age children in school) and `populationOfAge` (all
 *   school-age children), both head counts over the area's own age band.
 * @returns The rate in %, with no value when there are no school-age children.
 * @throws {InvalidInputError} when a count is negative or fractional, or enrolledOfAge >
 *   populationOfAge.
 *
 * @example
 * ```ts
 * // 2012 公报: 小学学龄儿童净入学率 99.85% (counts illustrative)
 * computeIndicator('primary_net_enrolment_rate', { enrolledOfAge: 19970, populationOfAge: 20000 }).formattedValue;
 * // '99.85'
 * ```
 */
export const primaryNetEnrolmentRate = defineRatioIndicator({
  id: 'primary_net_enrolment_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '小学学龄儿童净入学率',
    'zh-TW': '小學學齡兒童淨入學率',
    en: 'Primary net enrolment rate of school-age children',
  },
  description: {
    zh: '在校小学学龄儿童数占小学学龄儿童总数的百分比,学龄按本地区入学年龄和学制确定',
    en: 'school-age children in school as a percentage of all school-age children, school age following the area’s own entry age and 学制',
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'enrolledOfAge',
    labels: { 'zh-CN': '在校学龄儿童数', 'zh-TW': '在校學齡兒童數', en: 'school-age children in school' },
  },
  denominator: {
    name: 'populationOfAge',
    labels: {
      'zh-CN': '学龄儿童总数(校内外)',
      'zh-TW': '學齡兒童總數(校內外)',
      en: 'school-age children, in and out of school',
    },
  },
  partOfWhole: true,
  formula: {
    zh: '在校学龄儿童数 ÷ 学龄儿童总数 × 100%',
    en: 'school-age children in school ÷ school-age children × 100%',
  },
  source: {
    document: STATISTICS_DOCUMENT,
    note: {
      zh: '自 1991 年起按各地实际入学年龄和学制计算学龄人口;汇总地区按各地人数求和后再相除',
      en: 'since 1991 school age follows each area’s actual entry age and 学制; a region sums its areas’ counts before dividing',
    },
  },
  example: {
    input: { enrolledOfAge: 19970, populationOfAge: 20000 },
    value: '99.85',
    note: {
      zh: '2012 年全国教育事业发展统计公报:小学学龄儿童净入学率 99.85%(人数为示意)',
      en: '2012 national statistical bulletin: primary net enrolment rate 99.85% (counts illustrative)',
    },
  },
});
