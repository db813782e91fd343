import { z } from 'zod';
import { countSchema } from '../../_lib/decimal-schema';
import { defineIndicator } from '../../definition/define-indicator';
import { oneOfSchema } from './_lib/one-of-schema';

/** The stages whose class-size caps the class list knows: 小学 and 初中. */
export type ClassSizeStage = 'primary' | 'junior';

/**
 * 班额上限 — the most students a class may have under the 2017 high-quality balance regime:
 * 小学 45, 初中 50. A class complies when its size is at most its stage's cap (45 complies in
 * primary, 46 does not; 50 complies in junior, 51 does not).
 *
 * Kindergarten caps are not here: the 2016《幼儿园工作规程》(教育部令第39号) sets them by age
 * band (小班 25, 中班 30, 大班 35, 混龄班 30), but the project spec does not confirm these
 * numbers, so the class list does not support a preschool stage.
 *
 * Source: 教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号).
 *
 * @example
 * ```ts
 * CLASS_SIZE_CAPS.primary; // 45
 * CLASS_SIZE_CAPS.junior; // 50
 * ```
 */
export const CLASS_SIZE_CAPS: { readonly [S in ClassSizeStage]: number } = { primary: 45, junior: 50 };

const classSizeSchema = z.strictObject({
  stage: oneOfSchema(['primary', 'junior'], {
    zh: "学段(stage)应为 'primary'(小学)或 'junior'(初中);幼儿园班额请自行计数后以汇总形式输入",
    en: "stage must be 'primary' or 'junior'; count kindergarten classes yourself and give the totals.",
  }),
  students: countSchema,
});

/** One class as {@link classSizeComplianceRate} takes it: its stage and its number of students. */
export type StagedClassSize = z.output<typeof classSizeSchema>;

/**
 * 班额达标率 — share of classes within the class-size cap of their stage, in %, 2 decimals.
 *
 * Formula: classes within the cap ÷ classes × 100%, with the caps of {@link CLASS_SIZE_CAPS}
 * (小学 ≤ 45, 初中 ≤ 50, from the 2017 regime, which asks this of every class: 100%).
 *
 * Give either the class list (`stagedClassSizes`: each class's `stage`, `'primary'` or
 * `'junior'`, and `students`; the calculator counts) or the pre-counted totals
 * (`compliantClasses` and `classes`).
 *
 * Kindergartens: the caps differ by age band (小班 25, 中班 30, 大班 35, 混龄班 30 under the
 * 2016《幼儿园工作规程》); the spec does not give these numbers, so the class list does not take a
 * preschool stage. Count kindergarten classes against the caps yourself and give the totals;
 * the 2020 preschool regime's threshold (≥ 85%) is attached with `stage: 'preschool'`.
 *
 * Thresholds carry their stage: pass `options.stage` so that a primary-only input is checked only
 * against the primary threshold.
 *
 * @example
 * ```ts
 * computeWithDefinition(classSizeComplianceRate, {
 *   stagedClassSizes: [
 *     { stage: 'primary', students: 45 },
 *     { stage: 'primary', students: 46 },
 *     { stage: 'junior', students: 50 },
 *     { stage: 'junior', students: 51 },
 *   ],
 * }).formattedValue; // '50.00'
 * ```
 */
export const classSizeComplianceRate = defineIndicator({
  id: 'class_size_compliance_rate',
  version: '1.0.0',
  labels: { 'zh-CN': '班额达标率', 'zh-TW': '班額達標率', en: 'Class size compliance rate' },
  description: {
    zh: '班级学生数不超过所在学段上限的班级数占班级总数的百分比(小学 45 人,初中 50 人)',
    en: 'classes within the class-size cap of their stage as a percentage of all classes (primary 45, junior 50)',
  },
  unit: 'percent',
  decimals: 2,
  fields: {
    stagedClassSizes: {
      kind: 'items',
      optional: true,
      item: classSizeSchema,
      labels: { 'zh-CN': '各班学段与学生数', 'zh-TW': '各班學段與學生數', en: 'class sizes with their stage' },
      itemLabels: {
        stage: { 'zh-CN': '学段', 'zh-TW': '學段', en: 'stage' },
        students: { 'zh-CN': '班级学生数', 'zh-TW': '班級學生數', en: 'students in the class' },
      },
      tally: (classes: readonly StagedClassSize[]) => ({
        compliantClasses: classes.filter(({ stage, students }) => students <= CLASS_SIZE_CAPS[stage]).length,
        classes: classes.length,
      }),
    },
    compliantClasses: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '班额达标班级数', 'zh-TW': '班額達標班級數', en: 'classes within the cap' },
    },
    classes: { kind: 'count', optional: true, labels: { 'zh-CN': '班级数', 'zh-TW': '班級數', en: 'classes' } },
  },
  inputForms: [['stagedClassSizes'], ['compliantClasses', 'classes']],
  constraints: [{ part: 'compliantClasses', whole: 'classes' }],
  methods: {
    standard: {
      labels: { 'zh-CN': '标准口径', 'zh-TW': '標準口徑', en: 'standard' },
      formula: {
        zh: '学生数不超过学段上限的班级数 ÷ 班级数 × 100%',
        en: 'classes within the stage cap ÷ classes × 100%',
      },
      // Both input forms give these counts (the list is tallied into them), so the method always has them.
      requires: ['compliantClasses', 'classes'],
      compute: ({ compliantClasses, classes }) => ({ numerator: compliantClasses, denominator: classes }),
    },
  },
  defaultMethod: 'standard',
  thresholds: [
    {
      regime: 'quality_balance_2017',
      stage: 'primary',
      comparator: '>=',
      value: '100',
      note: { zh: '所有小学每个班级学生数不超过 45 人', en: 'every primary class at most 45 students' },
    },
    {
      regime: 'quality_balance_2017',
      stage: 'junior',
      comparator: '>=',
      value: '100',
      note: { zh: '所有初中每个班级学生数不超过 50 人', en: 'every junior class at most 50 students' },
    },
    {
      regime: 'preschool_universal_2020',
      stage: 'preschool',
      comparator: '>=',
      value: '85',
      note: {
        zh: '幼儿园班额达标率不低于 85%;班级须按《幼儿园工作规程》分年龄段上限自行计数',
        en: 'kindergarten class-size compliance at least 85%; count the classes against the age-band caps yourself',
      },
    },
  ],
  source: {
    document:
      '教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号);教育部《县域学前教育普及普惠督导评估办法》(2020);《幼儿园工作规程》(教育部令第39号)',
    note: {
      zh: '幼儿园分年龄段班额上限(小班 25、中班 30、大班 35、混龄班 30)未经规范确认,班级清单不支持幼儿园学段',
      en: 'the kindergarten age-band caps (25, 30, 35, mixed-age 30) are not confirmed by the spec, so the class list takes no preschool stage',
    },
  },
  example: {
    input: {
      stagedClassSizes: [
        { stage: 'primary', students: 45 },
        { stage: 'primary', students: 46 },
        { stage: 'junior', students: 50 },
        { stage: 'junior', students: 51 },
      ],
    },
    value: '50.00',
    note: {
      zh: '小学 45 人、初中 50 人达标;小学 46 人、初中 51 人超标:2 ÷ 4',
      en: 'primary 45 and junior 50 comply; primary 46 and junior 51 do not: 2 ÷ 4',
    },
  },
});
