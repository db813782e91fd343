import type { LocalizedText } from '../i18n/localized-text';

/**
 * What a student's 学籍 record says happened in one school year, in this order (the index is the
 * status code of a columnar {@link StudentTable}):
 *
 * - `enrolled` (在读): there at the start of the year and at its end.
 * - `graduated` (毕业): there at the start and completed the last grade of a stage (6, 9 or 12).
 * - `transferred_in` (转入): arrived during the year; not in the start-of-year count.
 * - `transferred_out` (转出): there at the start, left for another school during the year.
 * - `dropped_out` (辍学 / 退学): there at the start, left school during the year.
 * - `suspended` (休学): there at the start, suspended during the year.
 * - `deceased` (死亡).
 */
export const studentStatuses = [
  'enrolled',
  'graduated',
  'transferred_in',
  'transferred_out',
  'dropped_out',
  'suspended',
  'deceased',
] as const;

/** A student's status in one school year; see {@link studentStatuses}. */
export type StudentStatus = (typeof studentStatuses)[number];

/**
 * The names of the statuses in three scripts.
 *
 * @example
 * ```ts
 * studentStatusLabels.dropped_out['zh-CN']; // '辍学'
 * ```
 */
export const studentStatusLabels: { readonly [K in StudentStatus]: LocalizedText } = {
  enrolled: { 'zh-CN': '在读', 'zh-TW': '在讀', en: 'enrolled' },
  graduated: { 'zh-CN': '毕业', 'zh-TW': '畢業', en: 'graduated' },
  transferred_in: { 'zh-CN': '转入', 'zh-TW': '轉入', en: 'transferred in' },
  transferred_out: { 'zh-CN': '转出', 'zh-TW': '轉出', en: 'transferred out' },
  dropped_out: { 'zh-CN': '辍学', 'zh-TW': '輟學', en: 'dropped out' },
  suspended: { 'zh-CN': '休学', 'zh-TW': '休學', en: 'suspended' },
  deceased: { 'zh-CN': '死亡', 'zh-TW': '死亡', en: 'deceased' },
};

/**
 * The flags a student record may carry, in this order (bit i of a columnar table's `flags` is
 * flag i): 残疾, 随迁子女, 家庭经济困难 (identified), 受资助, 参加课后服务.
 */
export const studentFlags = ['disability', 'migrant', 'financialDifficulty', 'aided', 'afterSchool'] as const;

/** A flag of a student record; see {@link studentFlags}. */
export type StudentFlag = (typeof studentFlags)[number];
