import { z } from 'zod';
import { toDecimal } from '../../_lib/decimal';
import { nonNegativeDecimalSchema } from '../../_lib/decimal-schema';
import { defineIndicator } from '../../definition/define-indicator';

/** A grade of compulsory education: 1–6 primary, 7–9 junior secondary (六三学制). */
export type CompulsoryGrade = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * 书面作业时长上限 — the most minutes of written homework a class may be set per day, by grade,
 * under the 2021 双减 opinion:
 *
 * - grades 1–2: no written homework (家庭书面作业) at all, so the cap is 0: 0 minutes complies,
 *   any time above 0 does not;
 * - grades 3–6: average completion time at most 60 minutes;
 * - grades 7–9: average completion time at most 90 minutes.
 *
 * A class complies when its daily written homework time is at most its grade's cap (≤, so 60
 * minutes in grade 5 complies and 61 does not).
 *
 * Source: 中共中央办公厅 国务院办公厅《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》
 * (2021) 第 5 条;教育部办公厅《关于加强义务教育学校作业管理的通知》(教基厅函〔2021〕13号).
 *
 * @example
 * ```ts
 * DAILY_WRITTEN_HOMEWORK_CAP_MINUTES[2]; // 0
 * DAILY_WRITTEN_HOMEWORK_CAP_MINUTES[6]; // 60
 * DAILY_WRITTEN_HOMEWORK_CAP_MINUTES[7]; // 90
 * ```
 */
export const DAILY_WRITTEN_HOMEWORK_CAP_MINUTES: { readonly [G in CompulsoryGrade]: number } = {
  1: 0,
  2: 0,
  3: 60,
  4: 60,
  5: 60,
  6: 60,
  7: 90,
  8: 90,
  9: 90,
};

const gradeSchema = z
  .number()
  .refine((grade) => Number.isInteger(grade) && grade >= 1 && grade <= 9, {
    params: {
      zh: '年级(grade)应为 1 到 9 的整数(义务教育年级:1–6 小学,7–9 初中)',
      en: 'grade must be a whole number from 1 to 9 (compulsory-education grades: 1–6 primary, 7–9 junior).',
    },
  })
  .meta({ type: 'integer', minimum: 1, maximum: 9 });

const classHomeworkSchema = z.strictObject({
  grade: gradeSchema,
  dailyWrittenHomeworkMinutes: nonNegativeDecimalSchema,
});

/** One class as {@link homeworkTimeComplianceRate} takes it. */
export type ClassHomework = z.output<typeof classHomeworkSchema>;

function isWithinCap({ grade, dailyWrittenHomeworkMinutes }: ClassHomework): boolean {
  const cap = DAILY_WRITTEN_HOMEWORK_CAP_MINUTES[grade as CompulsoryGrade];
  return toDecimal(dailyWrittenHomeworkMinutes).lte(cap);
}

/**
 * 书面作业时长达标率 — share of classes whose daily written homework stays within the cap of
 * their grade, in %, 2 decimals.
 *
 * Formula: classes within the cap ÷ classes × 100%, with the caps of
 * {@link DAILY_WRITTEN_HOMEWORK_CAP_MINUTES} (grades 1–2: none; 3–6: ≤ 60 min; 7–9: ≤ 90 min).
 *
 * Give either the class list (`classHomework`: each class's `grade` 1–9 and its
 * `dailyWrittenHomeworkMinutes` ≥ 0, decimals allowed for averages; the calculator counts) or
 * the pre-counted totals (`compliantClasses` and `classes`). Grades follow the 六三 system, as
 * the spec does; in a 五四制 area, where grade 6 is the first junior year, the grade-6 cap the
 * list applies (60) is stricter than the stage's (90): count such classes yourself and give the
 * totals.
 *
 * Source: 中共中央办公厅 国务院办公厅《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》(2021).
 *
 * @example
 * ```ts
 * computeWithDefinition(homeworkTimeComplianceRate, {
 *   classHomework: [
 *     { grade: 1, dailyWrittenHomeworkMinutes: 0 },
 *     { grade: 2, dailyWrittenHomeworkMinutes: 10 },
 *     { grade: 5, dailyWrittenHomeworkMinutes: 60 },
 *     { grade: 8, dailyWrittenHomeworkMinutes: 91 },
 *   ],
 * }).formattedValue; // '50.00'
 * computeWithDefinition(homeworkTimeComplianceRate, { compliantClasses: 57, classes: 60 }).formattedValue; // '95.00'
 * ```
 */
export const homeworkTimeComplianceRate = defineIndicator({
  id: 'homework_time_compliance_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '书面作业时长达标率',
    'zh-TW': '書面作業時長達標率',
    en: 'Written homework time compliance rate',
  },
  description: {
    zh: '每日书面作业时长不超过所在年级上限的班级数占班级总数的百分比(一二年级不布置书面作业,三至六年级不超过 60 分钟,初中不超过 90 分钟)',
    en: 'classes whose daily written homework is within the cap of their grade as a percentage of all classes (grades 1–2: none; grades 3–6: at most 60 minutes; grades 7–9: at most 90 minutes)',
  },
  unit: 'percent',
  decimals: 2,
  fields: {
    classHomework: {
      kind: 'items',
      optional: true,
      item: classHomeworkSchema,
      labels: { 'zh-CN': '各班书面作业时长', 'zh-TW': '各班書面作業時長', en: 'written homework time by class' },
      itemLabels: {
        grade: { 'zh-CN': '年级', 'zh-TW': '年級', en: 'grade' },
        dailyWrittenHomeworkMinutes: {
          'zh-CN': '每日书面作业时长(分钟)',
          'zh-TW': '每日書面作業時長(分鐘)',
          en: 'daily written homework minutes',
        },
      },
      tally: (classes: readonly ClassHomework[]) => ({
        compliantClasses: classes.filter(isWithinCap).length,
        classes: classes.length,
      }),
    },
    compliantClasses: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '书面作业时长达标班级数', 'zh-TW': '書面作業時長達標班級數', en: 'classes within the cap' },
    },
    classes: { kind: 'count', optional: true, labels: { 'zh-CN': '班级数', 'zh-TW': '班級數', en: 'classes' } },
  },
  inputForms: [['classHomework'], ['compliantClasses', 'classes']],
  constraints: [{ part: 'compliantClasses', whole: 'classes' }],
  methods: {
    standard: {
      labels: { 'zh-CN': '标准口径', 'zh-TW': '標準口徑', en: 'standard' },
      formula: {
        zh: '书面作业时长不超过年级上限的班级数 ÷ 班级数 × 100%',
        en: 'classes within the grade cap ÷ classes × 100%',
      },
      // Both input forms give these counts (the list is tallied into them), so the method always has them.
      requires: ['compliantClasses', 'classes'],
      compute: ({ compliantClasses, classes }) => ({ numerator: compliantClasses, denominator: classes }),
    },
  },
  defaultMethod: 'standard',
  source: {
    document:
      '中共中央办公厅 国务院办公厅《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》(2021);教育部办公厅《关于加强义务教育学校作业管理的通知》(教基厅函〔2021〕13号)',
    note: {
      zh: '上限按六三学制的年级给出;五四制地区六年级属初中,请自行计数后以汇总形式输入',
      en: 'the caps are by grade under the 6+3 system; in 5+4 areas grade 6 is junior secondary: count such classes yourself and give the totals',
    },
  },
  example: {
    input: {
      classHomework: [
        { grade: 1, dailyWrittenHomeworkMinutes: 0 },
        { grade: 2, dailyWrittenHomeworkMinutes: 10 },
        { grade: 5, dailyWrittenHomeworkMinutes: 60 },
        { grade: 8, dailyWrittenHomeworkMinutes: 91 },
      ],
    },
    value: '50.00',
    note: {
      zh: '一年级 0 分钟、五年级 60 分钟达标;二年级 10 分钟、八年级 91 分钟超标:2 ÷ 4',
      en: 'grade 1 at 0 minutes and grade 5 at 60 comply; grade 2 at 10 and grade 8 at 91 do not: 2 ÷ 4',
    },
  },
});
