import type { Regime } from './regime';

const area = (name: string, zh: string, tw: string, en: string) =>
  ({ name, labels: { 'zh-CN': zh, 'zh-TW': tw, en }, kind: 'amount' }) as const;
const children = {
  name: 'children',
  labels: { 'zh-CN': '在园幼儿数', 'zh-TW': '在園幼兒數', en: 'children' },
  kind: 'count',
} as const;

/**
 * 县域学前教育普及普惠督导评估办法 (2020) as data: 毛入园率 ≥ 85%, 普惠性幼儿园覆盖率 ≥ 80%,
 * 公办园在园幼儿占比 ≥ 50%, the per-child funding standard (evidence), non-staff teachers' pay ≥ 75%
 * of staff teachers', outdoor play space ≥ 4 m², activity rooms ≥ 8.17 m² and building ≥ 10.44 m²
 * per child, class-size compliance ≥ 85%, ≤ 15 children per full-time teacher, principals and
 * teachers certified 100%, social recognition ≥ 85%. Kindergartens are not compared one by one.
 *
 * @example
 * ```ts
 * preschoolUniversal2020.items.map((item) => item.id).includes('inclusive_coverage'); // true
 * ```
 */
export const preschoolUniversal2020: Regime = {
  id: 'preschool_universal_2020',
  version: '2020.1',
  labels: {
    'zh-CN': '县域学前教育普及普惠(2020)',
    'zh-TW': '縣域學前教育普及普惠(2020)',
    en: 'County universal and inclusive preschool education (2020)',
  },
  source: '教育部《县域学前教育普及普惠督导评估办法》(2020)',
  scope: {
    excludeSpecialEducation: false,
    excludeVocational: false,
    teachingPointMinimumStudents: 0,
    includePrivate: true,
  },
  items: [
    {
      id: 'gross_enrolment',
      part: 'preschool',
      number: 1,
      labels: {
        'zh-CN': '学前三年毛入园率 ≥ 85%',
        'zh-TW': '學前三年毛入園率 ≥ 85%',
        en: 'Gross preschool enrolment ≥ 85%',
      },
      kind: 'indicator',
      indicator: 'preschool_gross_enrolment_ratio',
      comparator: '>=',
      threshold: '85',
    },
    {
      id: 'inclusive_coverage',
      part: 'preschool',
      number: 2,
      labels: {
        'zh-CN': '普惠性幼儿园覆盖率 ≥ 80%',
        'zh-TW': '普惠性幼兒園覆蓋率 ≥ 80%',
        en: 'Inclusive kindergarten coverage ≥ 80%',
      },
      kind: 'indicator',
      indicator: 'inclusive_kindergarten_coverage',
      comparator: '>=',
      threshold: '80',
    },
    {
      id: 'public_share',
      part: 'preschool',
      number: 3,
      labels: {
        'zh-CN': '公办园在园幼儿占比 ≥ 50%',
        'zh-TW': '公辦園在園幼兒佔比 ≥ 50%',
        en: 'Children in public kindergartens ≥ 50%',
      },
      kind: 'indicator',
      indicator: 'public_kindergarten_enrolment_share',
      comparator: '>=',
      threshold: '50',
    },
    {
      id: 'funding_standard',
      part: 'preschool',
      number: 4,
      labels: {
        'zh-CN': '制定公办园生均公用经费或生均财政拨款标准',
        'zh-TW': '制定公辦園生均公用經費或生均財政撥款標準',
        en: 'Per-child public funding standard set',
      },
      kind: 'evidence',
    },
    {
      id: 'non_staff_pay',
      part: 'preschool',
      number: 5,
      labels: {
        'zh-CN': '公办园非在编教师工资待遇不低于在编教师的 75%',
        'zh-TW': '公辦園非在編教師工資待遇不低於在編教師的 75%',
        en: "Non-staff teachers' pay ≥ 75% of staff teachers'",
      },
      kind: 'ratio',
      numerator: area(
        'nonStaffPay',
        '非在编教师平均工资(元)',
        '非在編教師平均工資(元)',
        "non-staff teachers' average pay (yuan)",
      ),
      denominator: area(
        'staffPay',
        '在编教师平均工资(元)',
        '在編教師平均工資(元)',
        "staff teachers' average pay (yuan)",
      ),
      scale: 100,
      comparator: '>=',
      threshold: '75',
    },
    {
      id: 'outdoor_space',
      part: 'preschool',
      number: 6,
      labels: {
        'zh-CN': '生均户外活动面积 ≥ 4 m²',
        'zh-TW': '生均戶外活動面積 ≥ 4 m²',
        en: 'Outdoor play space ≥ 4 m² per child',
      },
      kind: 'ratio',
      numerator: area('outdoorArea', '户外活动场地面积(m²)', '戶外活動場地面積(m²)', 'outdoor play area (m²)'),
      denominator: children,
      scale: 1,
      comparator: '>=',
      threshold: '4',
    },
    {
      id: 'activity_room_space',
      part: 'preschool',
      number: 6,
      labels: {
        'zh-CN': '生均活动室面积 ≥ 8.17 m²',
        'zh-TW': '生均活動室面積 ≥ 8.17 m²',
        en: 'Activity rooms ≥ 8.17 m² per child',
      },
      kind: 'ratio',
      numerator: area('activityRoomArea', '活动室面积(m²)', '活動室面積(m²)', 'activity room area (m²)'),
      denominator: children,
      scale: 1,
      comparator: '>=',
      threshold: '8.17',
    },
    {
      id: 'building_space',
      part: 'preschool',
      number: 6,
      labels: {
        'zh-CN': '生均建筑面积 ≥ 10.44 m²',
        'zh-TW': '生均建築面積 ≥ 10.44 m²',
        en: 'Building area ≥ 10.44 m² per child',
      },
      kind: 'ratio',
      numerator: area('buildingArea', '园舍建筑面积(m²)', '園舍建築面積(m²)', 'building area (m²)'),
      denominator: children,
      scale: 1,
      comparator: '>=',
      threshold: '10.44',
    },
    {
      id: 'class_size_compliance',
      part: 'preschool',
      number: 7,
      labels: { 'zh-CN': '班额达标率 ≥ 85%', 'zh-TW': '班額達標率 ≥ 85%', en: 'Class-size compliance ≥ 85%' },
      kind: 'indicator',
      indicator: 'class_size_compliance_rate',
      comparator: '>=',
      threshold: '85',
    },
    {
      id: 'children_per_teacher',
      part: 'preschool',
      number: 8,
      labels: {
        'zh-CN': '专任教师与幼儿比不高于 1:15',
        'zh-TW': '專任教師與幼兒比不高於 1:15',
        en: 'At most 15 children per full-time teacher',
      },
      kind: 'indicator',
      indicator: 'preschool_teacher_child_ratio',
      comparator: '<=',
      threshold: '15',
    },
    {
      id: 'certification',
      part: 'preschool',
      number: 9,
      labels: {
        'zh-CN': '园长、专任教师持证上岗率 100%',
        'zh-TW': '園長、專任教師持證上崗率 100%',
        en: 'Principals and teachers certified: 100%',
      },
      kind: 'indicator',
      indicator: 'teacher_certification_rate',
      comparator: '>=',
      threshold: '100',
    },
    {
      id: 'social_recognition',
      part: 'recognition',
      number: 1,
      labels: { 'zh-CN': '社会认可度 ≥ 85%', 'zh-TW': '社會認可度 ≥ 85%', en: 'Social recognition ≥ 85%' },
      kind: 'indicator',
      indicator: 'social_recognition_rate',
      comparator: '>=',
      threshold: '85',
    },
  ],
};
