import { z } from 'zod';
import { countSchema } from '../../../_lib/decimal-schema';
import { oneOfSchema } from './one-of-schema';

/**
 * The school types whose size the 2017 regime caps: 小学, 初中, 九年一贯制 and 十二年一贯制.
 */
export type SchoolSizeType = 'primary' | 'junior' | 'nine_year' | 'twelve_year';

/** One school's type and its (compulsory-part) students, as the school-size indicator takes it. */
export const schoolEnrolmentSchema = z.strictObject({
  type: oneOfSchema(['primary', 'junior', 'nine_year', 'twelve_year'], {
    zh: "学校类型(type)应为 'primary'(小学)、'junior'(初中)、'nine_year'(九年一贯制)或 'twelve_year'(十二年一贯制)",
    en: "type must be 'primary', 'junior', 'nine_year' or 'twelve_year'.",
  }),
  students: countSchema,
});

/** The labels of a school's own fields, for error messages. */
export const schoolEnrolmentItemLabels = {
  type: { 'zh-CN': '学校类型', 'zh-TW': '學校類型', en: 'school type' },
  students: {
    'zh-CN': '在校生数(一贯制学校为义务教育阶段)',
    'zh-TW': '在校生數(一貫制學校為義務教育階段)',
    en: 'students (compulsory part for through-train schools)',
  },
} as const;
