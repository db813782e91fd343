import type { Regime } from './regime';

const unconfirmed = {
  zh: '广泛引用的数值,未见原文,可覆盖',
  en: 'widely cited; the original text was not seen: override it where needed',
};

/**
 * 县域义务教育发展基本均衡县评估认定办法 (教督〔2012〕3号) as data: the eight per-school
 * indicators (no national per-school numbers: provinces set their basic standards, pass them with
 * {@link defineRegimeVariant}), the 综合差异系数 — the mean of the eight unrounded CVs — at most
 * 0.65 (primary) and 0.55 (junior), the county-government work score ≥ 85 and public satisfaction
 * ≥ 85%.
 *
 * @example
 * ```ts
 * basicBalance2012.resources?.coefficients; // { kind: 'composite', thresholds: { primary: '0.65', junior: '0.55' } }
 * ```
 */
export const basicBalance2012: Regime = {
  id: 'basic_balance_2012',
  version: '2012.1',
  labels: {
    'zh-CN': '县域义务教育基本均衡(2012)',
    'zh-TW': '縣域義務教育基本均衡(2012)',
    en: 'County basic balanced compulsory education (2012)',
  },
  source: '教育部《县域义务教育发展基本均衡县评估认定办法》(教督〔2012〕3号)',
  scope: {
    excludeSpecialEducation: true,
    excludeVocational: true,
    teachingPointMinimumStudents: 50,
    includePrivate: true,
  },
  resources: {
    indicators: [
      { indicator: 'teaching_space_per_student' },
      { indicator: 'sports_space_per_student' },
      { indicator: 'equipment_value_per_student' },
      { indicator: 'computers_per_100_students' },
      { indicator: 'books_per_student' },
      { indicator: 'teacher_student_ratio' },
      { indicator: 'qualified_teachers_per_student' },
      { indicator: 'senior_title_teachers_per_student' },
    ],
    coefficients: { kind: 'composite', thresholds: { primary: '0.65', junior: '0.55' } },
  },
  items: [
    {
      id: 'government_work_score',
      part: 'government',
      number: 1,
      labels: {
        'zh-CN': '县级人民政府推进义务教育均衡发展工作评估得分不低于 85 分(17 项)',
        'zh-TW': '縣級人民政府推進義務教育均衡發展工作評估得分不低於 85 分(17 項)',
        en: 'County-government work score ≥ 85 of 100 over 17 items',
      },
      kind: 'value',
      comparator: '>=',
      threshold: '85',
      note: unconfirmed,
    },
    {
      id: 'schools_meet_basic_standard',
      part: 'government',
      number: 2,
      labels: {
        'zh-CN': '所有学校达到省定办学基本标准',
        'zh-TW': '所有學校達到省定辦學基本標準',
        en: "Every school reaches the province's basic standard",
      },
      kind: 'schools',
      check: 'resource_standards',
      note: {
        zh: '省定办学基本标准由各省规定:以 defineRegimeVariant 的 standards 提供后逐校计算;未提供时可由县提交 { met, note } 说明',
        en: "Each province sets its basic standard: supply it as the variant's standards and every school is checked; until then the county may attest it with { met, note }",
      },
    },
    {
      id: 'public_satisfaction',
      part: 'recognition',
      number: 1,
      labels: { 'zh-CN': '公众满意度不低于 85%', 'zh-TW': '公眾滿意度不低於 85%', en: 'Public satisfaction ≥ 85%' },
      kind: 'indicator',
      indicator: 'social_recognition_rate',
      comparator: '>=',
      threshold: '85',
    },
  ],
};
