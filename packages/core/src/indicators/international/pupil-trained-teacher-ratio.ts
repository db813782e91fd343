import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import { sdgDocument } from './_lib/uis-sources';

/**
 * Pupil-trained teacher ratio (学生与受过培训教师之比), SDG indicator 4.c.2, printed `x:1`, 1
 * decimal.
 *
 * UIS definition: the average number of pupils per trained teacher at a level of education in a
 * given school year. A trained teacher has received at least the minimum organised teacher
 * training (pre-service or in-service) required for teaching at that level in the country.
 * Formula: pupils ÷ trained teachers at the level, head counts. Which Chinese teachers count as
 * trained is the national definition of that minimum, chosen by the caller; the Chinese 生师比
 * (`student_teacher_ratio`) divides by all full-time teachers (专任教师) instead.
 *
 * @param input - `pupils` and `trainedTeachers` at one level, head counts.
 * @returns The ratio, with no value when there are no trained teachers.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * computeIndicator('pupil_trained_teacher_ratio', { pupils: 24000, trainedTeachers: 1000 }).formattedValue; // '24.0'
 * ```
 */
export const pupilTrainedTeacherRatio = defineRatioIndicator({
  id: 'pupil_trained_teacher_ratio',
  version: '1.0.0',
  labels: {
    'zh-CN': '学生与受过培训教师之比(SDG 4.c.2)',
    'zh-TW': '學生與受過培訓教師之比(SDG 4.c.2)',
    en: 'Pupil-trained teacher ratio (SDG 4.c.2)',
  },
  description: {
    zh: '某一级教育中每名受过培训(至少接受该级教学所需最低限度的职前或在职培训)的教师平均对应的学生数,记作 x:1',
    en: 'the average number of pupils per trained teacher (one with at least the minimum pre-service or in-service training required to teach at the level) at a level of education, printed x:1',
  },
  unit: 'ratio_to_one',
  decimals: 1,
  numerator: { name: 'pupils', labels: { 'zh-CN': '学生数', 'zh-TW': '學生數', en: 'pupils' } },
  denominator: {
    name: 'trainedTeachers',
    labels: { 'zh-CN': '受过培训的教师数', 'zh-TW': '受過培訓的教師數', en: 'trained teachers' },
  },
  partOfWhole: false,
  formula: { zh: '学生数 ÷ 受过培训的教师数', en: 'pupils ÷ trained teachers' },
  source: {
    document: sdgDocument('4.c.2'),
    note: {
      zh: '"受过培训"按本国对该级教学最低培训要求认定,由调用方确定;默认 1 位小数,可用 options.decimals 调整',
      en: 'who counts as trained follows the country’s minimum training requirement for the level, chosen by the caller; 1 decimal by default, use options.decimals for more',
    },
  },
  example: {
    input: { pupils: 24000, trainedTeachers: 1000 },
    value: '24.0',
    note: { zh: '示意数据', en: 'illustrative figures' },
  },
});
