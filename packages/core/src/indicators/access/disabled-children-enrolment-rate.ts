import { defineIndicator } from '../../definition/define-indicator';
import { QUALITY_BALANCE_2017_DOCUMENT } from './_lib/access-sources';

/**
 * 适龄残疾儿童少年入学率 — enrolled disabled children aged 6–14 as a percentage of all disabled
 * children of that age, 2 decimals; ≥ 95% under the 2017 优质均衡 regime.
 *
 * Formula: 入学的适龄残疾儿童少年数(特教学校 + 随班就读 + 送教上门) ÷ 适龄残疾儿童少年总数 × 100%.
 * The enrolled are counted among the same list of disabled children as the denominator, so
 * `enrolled` > `population` is an input error.
 *
 * The breakdown by form of provision is optional: `bySpecialSchool` (特殊教育学校就读),
 * `byMainstream` (随班就读) and `byHomeTeaching` (送教上门). When all three are given they must add
 * up to `enrolled`; when only some are given they must not exceed it. They are checked, then set
 * aside: the rate is computed from `enrolled`.
 *
 * @param input - `enrolled` and `population` (disabled children aged 6–14), and optionally the
 *   three parts; head counts.
 * @returns The rate in %, with no value when there are no disabled children of that age.
 * @throws {InvalidInputError} when a count is negative or fractional, `enrolled` exceeds
 *   `population`, or the parts do not add up to `enrolled`.
 *
 * @example
 * ```ts
 * // 济源示范区: 适龄残疾儿童少年义务教育入学率 98.45% (counts inferred)
 * const result = computeIndicator('disabled_children_enrolment_rate', {
 *   enrolled: 1969, population: 2000, bySpecialSchool: 412, byMainstream: 1391, byHomeTeaching: 166,
 * });
 * result.formattedValue;        // '98.45'
 * result.thresholds[0]?.passed; // true (≥ 95, quality_balance_2017)
 * ```
 */
export const disabledChildrenEnrolmentRate = defineIndicator({
  id: 'disabled_children_enrolment_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '适龄残疾儿童少年入学率',
    'zh-TW': '適齡殘疾兒童少年入學率',
    en: 'Enrolment rate of disabled children aged 6-14',
  },
  description: {
    zh: '入学(特教学校就读、随班就读、送教上门)的 6—14 岁残疾儿童少年数占该年龄段残疾儿童少年总数的百分比',
    en: 'disabled children aged 6-14 who are enrolled (in special schools, in mainstream classes or taught at home) as a percentage of all disabled children of that age',
  },
  unit: 'percent',
  decimals: 2,
  fields: {
    enrolled: {
      kind: 'count',
      labels: {
        'zh-CN': '入学的适龄残疾儿童少年数',
        'zh-TW': '入學的適齡殘疾兒童少年數',
        en: 'enrolled disabled children aged 6-14',
      },
    },
    population: {
      kind: 'count',
      labels: {
        'zh-CN': '适龄残疾儿童少年总数',
        'zh-TW': '適齡殘疾兒童少年總數',
        en: 'disabled children aged 6-14',
      },
    },
    bySpecialSchool: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '特殊教育学校就读人数', 'zh-TW': '特殊教育學校就讀人數', en: 'in special schools' },
    },
    byMainstream: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '随班就读人数', 'zh-TW': '隨班就讀人數', en: 'in mainstream classes' },
    },
    byHomeTeaching: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '送教上门人数', 'zh-TW': '送教上門人數', en: 'taught at home' },
    },
  },
  methods: {
    standard: {
      labels: { 'zh-CN': '标准口径', 'zh-TW': '標準口徑', en: 'standard' },
      formula: {
        zh: '(特教学校就读 + 随班就读 + 送教上门人数) ÷ 适龄残疾儿童少年总数 × 100%',
        en: '(in special schools + in mainstream classes + taught at home) ÷ disabled children aged 6-14 × 100%',
      },
      compute: ({ enrolled, population }) => ({ numerator: enrolled, denominator: population }),
    },
  },
  defaultMethod: 'standard',
  constraints: [
    { part: 'enrolled', whole: 'population' },
    { part: ['bySpecialSchool', 'byMainstream', 'byHomeTeaching'], whole: 'enrolled', exact: true },
  ],
  thresholds: [
    {
      regime: 'quality_balance_2017',
      comparator: '>=',
      value: '95',
      note: { zh: '优质均衡教育质量第 2 项', en: 'quality part, item 2 of the 2017 regime' },
    },
  ],
  source: {
    document: QUALITY_BALANCE_2017_DOCUMENT,
    note: {
      zh: '分母为残联与教育部门比对核实的 6—14 岁残疾儿童少年名单;入学含特教学校就读、随班就读和送教上门',
      en: 'the denominator is the list of disabled children aged 6-14 matched between the disabled persons’ federation and the education bureau; enrolment includes special schools, mainstream classes and home teaching',
    },
  },
  example: {
    input: { enrolled: 1969, population: 2000, bySpecialSchool: 412, byMainstream: 1391, byHomeTeaching: 166 },
    value: '98.45',
    note: {
      zh: '济源示范区:适龄残疾儿童少年义务教育入学率达 98.45%(人数按比率推算)',
      en: 'Jiyuan: enrolment rate of disabled children 98.45% (counts inferred from the rate)',
    },
  },
});
