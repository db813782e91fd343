import type { LocalizedText } from '../i18n/localized-text';

/** The ids of the {@link officialAgeGroups}. */
export type AgeGroupId = 'preschool' | 'primary' | 'junior' | 'upper_secondary' | 'higher' | 'disabled_compulsory';

/** An age band, ages in full years (周岁) at the cutoff, both ends inclusive. */
export interface AgeGroup<Id extends string = AgeGroupId> {
  readonly id: Id;
  /** The youngest age in the group. */
  readonly minAge: number;
  /** The oldest age in the group (inclusive). */
  readonly maxAge: number;
  readonly label: LocalizedText;
}

/**
 * The official school-age groups the enrolment ratios are divided by, ages in full years at the
 * school year's age cutoff (see {@link ageAtCutoff}):
 *
 * | id | ages | used by |
 * |---|---|---|
 * | `preschool` | 3–5 | 学前三年毛入园率 |
 * | `primary` | 6–11 | 小学学龄儿童净入学率 (6-3-3 学制) |
 * | `junior` | 12–14 | 初中阶段毛入学率 |
 * | `upper_secondary` | 15–17 | 高中阶段毛入学率 |
 * | `higher` | 18–22 | 高等教育毛入学率 |
 * | `disabled_compulsory` | 6–14 | 适龄残疾儿童少年入学率 (counts only children with disabilities) |
 *
 * Groups overlap (`disabled_compulsory` spans `primary` and `junior`) and do not cover every age.
 * Areas on a different 学制 (五四制: primary 6–10, junior 11–14) pass their own groups to
 * {@link ageGroupsOf} and {@link countPopulationByAgeGroup}. Iterate with `Object.values`, in the
 * order above. Deeply frozen.
 *
 * @example
 * ```ts
 * officialAgeGroups.junior.minAge;           // 12
 * officialAgeGroups.upper_secondary.label.en; // 'Upper secondary (ages 15-17)'
 * ```
 */
export const officialAgeGroups: Readonly<Record<AgeGroupId, AgeGroup>> = Object.freeze({
  preschool: Object.freeze({
    id: 'preschool',
    minAge: 3,
    maxAge: 5,
    label: Object.freeze({ 'zh-CN': '学前教育(3—5 岁)', 'zh-TW': '學前教育(3—5 歲)', en: 'Preschool (ages 3-5)' }),
  }),
  primary: Object.freeze({
    id: 'primary',
    minAge: 6,
    maxAge: 11,
    label: Object.freeze({ 'zh-CN': '小学(6—11 岁)', 'zh-TW': '小學(6—11 歲)', en: 'Primary (ages 6-11)' }),
  }),
  junior: Object.freeze({
    id: 'junior',
    minAge: 12,
    maxAge: 14,
    label: Object.freeze({ 'zh-CN': '初中(12—14 岁)', 'zh-TW': '初中(12—14 歲)', en: 'Junior secondary (ages 12-14)' }),
  }),
  upper_secondary: Object.freeze({
    id: 'upper_secondary',
    minAge: 15,
    maxAge: 17,
    label: Object.freeze({
      'zh-CN': '高中阶段(15—17 岁)',
      'zh-TW': '高中階段(15—17 歲)',
      en: 'Upper secondary (ages 15-17)',
    }),
  }),
  higher: Object.freeze({
    id: 'higher',
    minAge: 18,
    maxAge: 22,
    label: Object.freeze({
      'zh-CN': '高等教育(18—22 岁)',
      'zh-TW': '高等教育(18—22 歲)',
      en: 'Higher education (ages 18-22)',
    }),
  }),
  disabled_compulsory: Object.freeze({
    id: 'disabled_compulsory',
    minAge: 6,
    maxAge: 14,
    label: Object.freeze({
      'zh-CN': '义务教育阶段适龄残疾儿童少年(6—14 岁)',
      'zh-TW': '義務教育階段適齡殘疾兒童少年(6—14 歲)',
      en: 'Compulsory-age children with disabilities (ages 6-14)',
    }),
  }),
});
