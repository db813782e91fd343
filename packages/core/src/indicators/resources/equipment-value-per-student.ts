import { defineIndicator } from '../../definition/define-indicator';
import {
  BOTH_BALANCE_DOCUMENTS,
  BOTH_BALANCE_NOTE,
  qualityBalanceStandards,
  studentsTerm,
} from './_lib/resource-standards';

/**
 * 生均教学仪器设备值 — value of teaching instruments and equipment per student, in 元,
 * 2 decimals; ≥ 2000 (小学) / ≥ 2500 (初中) under the 2017 优质均衡 regime, and one of the eight
 * 2012 indicators.
 *
 * Formula: equipment value (元) ÷ students. Statistics report the value in 万元: give it as
 * `equipmentValueWan` and it is converted exactly (240万元 = 2 400 000 元), or in 元 as
 * `equipmentValue`. The threshold is checked on the exact value: 1999.995 prints as `2000.00`
 * and still fails.
 *
 * @param input - `equipmentValue` (元) or `equipmentValueWan` (万元), and `students`.
 * @returns The value in 元, with no value when the school has no students.
 * @throws {InvalidInputError} when the value is negative, missing or given in both units, or
 *   `students` is not a whole number ≥ 0.
 *
 * @example
 * ```ts
 * const result = computeIndicator('equipment_value_per_student', { equipmentValueWan: 240, students: 1200 }, { stage: 'primary' });
 * result.formattedValue;        // '2000.00'
 * result.thresholds[0]?.passed; // true (≥ 2000 for a primary school)
 * ```
 */
export const equipmentValuePerStudent = defineIndicator({
  id: 'equipment_value_per_student',
  version: '1.0.0',
  labels: {
    'zh-CN': '生均教学仪器设备值',
    'zh-TW': '生均教學儀器設備值',
    en: 'Teaching equipment value per student',
  },
  description: {
    zh: '教学仪器设备资产值(元)÷ 在校生数',
    en: 'value of teaching instruments and equipment (yuan) per student',
  },
  unit: 'yuan',
  decimals: 2,
  fields: {
    equipmentValue: {
      kind: 'money',
      labels: { 'zh-CN': '教学仪器设备值', 'zh-TW': '教學儀器設備值', en: 'teaching equipment value' },
    },
    students: { kind: 'count', labels: studentsTerm.labels },
  },
  methods: {
    standard: {
      labels: { 'zh-CN': '标准口径', 'zh-TW': '標準口徑', en: 'standard' },
      formula: { zh: '教学仪器设备值(元)÷ 在校生数', en: 'equipment value (yuan) ÷ students' },
      compute: ({ equipmentValue, students }) => ({ numerator: equipmentValue, denominator: students }),
    },
  },
  defaultMethod: 'standard',
  thresholds: qualityBalanceStandards('2000', '2500'),
  source: { document: BOTH_BALANCE_DOCUMENTS, note: BOTH_BALANCE_NOTE },
  example: { input: { equipmentValueWan: 240, students: 1200 }, value: '2000.00' },
});
