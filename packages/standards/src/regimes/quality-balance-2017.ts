import type { LocalizedText } from '@edukpi/core';
import type { Regime, RegimeItem } from './regime';

const restated = {
  zh: '本项数值取自办法的转述文本,可按省级口径覆盖',
  en: 'the number comes from restatements of the document, not its original text: override it where your province differs',
};

const evidence = (
  part: RegimeItem['part'],
  number: number,
  id: string,
  labels: LocalizedText,
  veto = false,
): RegimeItem => ({
  id,
  part,
  number,
  labels,
  kind: 'evidence',
  ...(veto ? { veto } : {}),
});

const count = (name: string, zh: string, tw: string, en: string) =>
  ({ name, labels: { 'zh-CN': zh, 'zh-TW': tw, en }, kind: 'count' }) as const;
const amount = (name: string, zh: string, tw: string, en: string) =>
  ({ name, labels: { 'zh-CN': zh, 'zh-TW': tw, en }, kind: 'amount' }) as const;

/**
 * 县域义务教育优质均衡发展督导评估办法 (教督〔2017〕6号) as data: the seven per-school resource
 * indicators with their primary / junior standards, the 6-of-7 rule with the 85% floor, the CV
 * thresholds 0.50 / 0.45, the fifteen government-guarantee items, the nine quality items, social
 * recognition ≥ 85%, and the veto items. Numbers of parts 2–4 that come from restatements carry a
 * note; override any of them with {@link defineRegimeVariant}.
 *
 * @example
 * ```ts
 * qualityBalance2017.resources?.coefficients; // { kind: 'each', thresholds: { primary: '0.50', junior: '0.45' } }
 * ```
 */
export const qualityBalance2017: Regime = {
  id: 'quality_balance_2017',
  version: '2017.1',
  labels: {
    'zh-CN': '县域义务教育优质均衡发展(2017)',
    'zh-TW': '縣域義務教育優質均衡發展(2017)',
    en: 'County high-quality balanced compulsory education (2017)',
  },
  source: '教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)',
  scope: {
    excludeSpecialEducation: true,
    excludeVocational: true,
    teachingPointMinimumStudents: 50,
    includePrivate: true,
  },
  resources: {
    indicators: [
      { indicator: 'qualified_teachers_per_100_students', standards: { primary: '4.2', junior: '5.3' } },
      { indicator: 'key_teachers_per_100_students', standards: { primary: '1', junior: '1' } },
      { indicator: 'pe_arts_teachers_per_100_students', standards: { primary: '0.9', junior: '0.9' } },
      { indicator: 'teaching_space_per_student', standards: { primary: '4.5', junior: '5.8' } },
      { indicator: 'sports_space_per_student', standards: { primary: '7.5', junior: '10.2' } },
      { indicator: 'equipment_value_per_student', standards: { primary: '2000', junior: '2500' } },
      { indicator: 'multimedia_classrooms_per_100_students', standards: { primary: '2.3', junior: '2.4' } },
    ],
    schoolRule: { minimumAtStandard: 6, floorShare: '0.85' },
    coefficients: { kind: 'each', thresholds: { primary: '0.50', junior: '0.45' } },
  },
  items: [
    evidence('government', 1, 'layout_planned', {
      'zh-CN': '按国家规定要求规划学校布局',
      'zh-TW': '按國家規定要求規劃學校佈局',
      en: 'School layout planned to national requirements',
    }),
    evidence('government', 2, 'unified_standards', {
      'zh-CN': '城乡学校建设、编制、生均公用经费、装备配置标准统一',
      'zh-TW': '城鄉學校建設、編制、生均公用經費、裝備配置標準統一',
      en: 'Unified urban–rural standards for construction, staffing, per-student funding and equipment',
    }),
    {
      id: 'music_art_rooms',
      part: 'government',
      number: 3,
      labels: {
        'zh-CN': '每 12 个班配备音乐、美术专用教室各 1 间以上,音乐教室 ≥ 96 m²,美术教室 ≥ 90 m²',
        'zh-TW': '每 12 個班配備音樂、美術專用教室各 1 間以上,音樂教室 ≥ 96 m²,美術教室 ≥ 90 m²',
        en: 'Music and art rooms: one of each per 12 classes; music room ≥ 96 m², art room ≥ 90 m²',
      },
      kind: 'schools',
      check: 'music_art_rooms',
      note: restated,
    },
    {
      id: 'school_size',
      part: 'government',
      number: 4,
      labels: {
        'zh-CN': '小学、初中规模不超过 2000 人,九年一贯制、十二年一贯制(义务教育部分)不超过 2500 人',
        'zh-TW': '小學、初中規模不超過 2000 人,九年一貫制、十二年一貫制(義務教育部分)不超過 2500 人',
        en: 'School size: primary and junior ≤ 2000 students; nine- and twelve-year schools (compulsory part) ≤ 2500',
      },
      kind: 'schools',
      check: 'school_size',
      note: restated,
    },
    {
      id: 'class_size',
      part: 'government',
      number: 5,
      labels: {
        'zh-CN': '小学、初中所有班级学生数分别不超过 45 人、50 人',
        'zh-TW': '小學、初中所有班級學生數分別不超過 45 人、50 人',
        en: 'Class size: every primary class ≤ 45, every junior class ≤ 50',
      },
      kind: 'schools',
      check: 'class_size',
      note: restated,
    },
    evidence('government', 6, 'small_schools_funded', {
      'zh-CN': '不足 100 名学生的村小学和教学点按 100 名学生核定公用经费',
      'zh-TW': '不足 100 名學生的村小學和教學點按 100 名學生核定公用經費',
      en: 'Village schools and teaching points under 100 students funded as if they had 100',
    }),
    {
      id: 'special_education_funding',
      part: 'government',
      number: 7,
      labels: {
        'zh-CN': '特殊教育学校生均公用经费不低于 6000 元',
        'zh-TW': '特殊教育學校生均公用經費不低於 6000 元',
        en: 'Special-education schools: per-student public funding ≥ 6000 yuan',
      },
      kind: 'ratio',
      numerator: amount(
        'funding',
        '特殊教育学校公用经费(元)',
        '特殊教育學校公用經費(元)',
        'public funding of special-education schools (yuan)',
      ),
      denominator: count(
        'students',
        '特殊教育学校在校生数',
        '特殊教育學校在校生數',
        'students of special-education schools',
      ),
      scale: 1,
      comparator: '>=',
      threshold: '6000',
      note: restated,
    },
    {
      id: 'teacher_pay',
      part: 'government',
      number: 8,
      labels: {
        'zh-CN': '教师平均工资收入水平不低于当地公务员平均工资收入水平',
        'zh-TW': '教師平均工資收入水準不低於當地公務員平均工資收入水準',
        en: "Teachers' average pay at least local civil servants' average pay",
      },
      kind: 'indicator',
      indicator: 'teacher_pay_parity_ratio',
      comparator: '>=',
      threshold: '1',
      note: restated,
    },
    {
      id: 'teacher_training',
      part: 'government',
      number: 9,
      labels: {
        'zh-CN': '教师 5 年 360 学时培训完成率达到 100%',
        'zh-TW': '教師 5 年 360 學時培訓完成率達到 100%',
        en: 'Teacher training: 360 hours per 5 years completed by all',
      },
      kind: 'indicator',
      indicator: 'teacher_training_completion_rate',
      comparator: '>=',
      threshold: '100',
      note: restated,
    },
    evidence('government', 10, 'staffing_allocated', {
      'zh-CN': '县级教育行政部门在核定的教职工编制总额内统筹分配各校编制',
      'zh-TW': '縣級教育行政部門在核定的教職工編制總額內統籌分配各校編制',
      en: 'Staffing allocated by the county within approved totals',
    }),
    {
      id: 'teacher_rotation',
      part: 'government',
      number: 11,
      labels: {
        'zh-CN': '每年教师交流轮岗比例不低于符合交流条件教师总数的 10%',
        'zh-TW': '每年教師交流輪崗比例不低於符合交流條件教師總數的 10%',
        en: 'Teacher rotation ≥ 10% of eligible teachers a year',
      },
      kind: 'indicator',
      indicator: 'teacher_rotation_rate',
      comparator: '>=',
      threshold: '10',
      note: restated,
    },
    {
      id: 'key_teacher_rotation',
      part: 'government',
      number: 11,
      labels: {
        'zh-CN': '骨干教师不低于交流轮岗教师总数的 20%',
        'zh-TW': '骨幹教師不低於交流輪崗教師總數的 20%',
        en: 'Key teachers ≥ 20% of the teachers rotated',
      },
      kind: 'indicator',
      indicator: 'key_teacher_rotation_share',
      method: 'of_rotated',
      comparator: '>=',
      threshold: '20',
      note: restated,
    },
    {
      id: 'teacher_certification',
      part: 'government',
      number: 12,
      labels: {
        'zh-CN': '专任教师持有教师资格证上岗率达到 100%',
        'zh-TW': '專任教師持有教師資格證上崗率達到 100%',
        en: 'Full-time teachers certified: 100%',
      },
      kind: 'indicator',
      indicator: 'teacher_certification_rate',
      comparator: '>=',
      threshold: '100',
      note: restated,
    },
    {
      id: 'nearby_enrolment_primary',
      part: 'government',
      number: 13,
      labels: {
        'zh-CN': '城区和镇区公办小学划片就近入学比例达到 100%',
        'zh-TW': '城區和鎮區公辦小學劃片就近入學比例達到 100%',
        en: 'Nearby enrolment by catchment, town and city public primary schools: 100%',
      },
      kind: 'ratio',
      numerator: count('nearby', '就近入学人数', '就近入學人數', 'entrants enrolled nearby'),
      denominator: count('entrants', '入学人数', '入學人數', 'entrants'),
      scale: 100,
      comparator: '>=',
      threshold: '100',
      note: restated,
    },
    {
      id: 'nearby_enrolment_junior',
      part: 'government',
      number: 13,
      labels: {
        'zh-CN': '城区和镇区公办初中划片就近入学比例不低于 95%',
        'zh-TW': '城區和鎮區公辦初中劃片就近入學比例不低於 95%',
        en: 'Nearby enrolment by catchment, town and city public junior schools: ≥ 95%',
      },
      kind: 'ratio',
      numerator: count('nearby', '就近入学人数', '就近入學人數', 'entrants enrolled nearby'),
      denominator: count('entrants', '入学人数', '入學人數', 'entrants'),
      scale: 100,
      comparator: '>=',
      threshold: '95',
      note: restated,
    },
    {
      id: 'quota_allocation',
      part: 'government',
      number: 14,
      labels: {
        'zh-CN': '优质普通高中招生名额分配比例不低于 50%,并向农村初中倾斜',
        'zh-TW': '優質普通高中招生名額分配比例不低於 50%,並向農村初中傾斜',
        en: 'Quota allocation of quality senior-high places to junior schools ≥ 50%, favouring rural schools',
      },
      kind: 'ratio',
      numerator: count('allocated', '分配到初中的名额', '分配到初中的名額', 'places allocated to junior schools'),
      denominator: count('places', '招生计划总数', '招生計畫總數', 'places in the enrolment plan'),
      scale: 100,
      comparator: '>=',
      threshold: '50',
      note: restated,
    },
    {
      id: 'migrant_children',
      part: 'government',
      number: 15,
      labels: {
        'zh-CN': '符合条件的随迁子女在公办学校和政府购买服务的民办学校就读的比例不低于 85%',
        'zh-TW': '符合條件的隨遷子女在公辦學校和政府購買服務的民辦學校就讀的比例不低於 85%',
        en: 'Migrant children in public schools or purchased places ≥ 85%',
      },
      kind: 'indicator',
      indicator: 'migrant_children_public_share',
      comparator: '>=',
      threshold: '85',
      note: restated,
    },
    evidence('government', 15, 'left_behind_care', {
      'zh-CN': '留守儿童关爱体系健全',
      'zh-TW': '留守兒童關愛體系健全',
      en: 'Care for left-behind children in place',
    }),
    {
      id: 'junior_consolidation',
      part: 'quality',
      number: 1,
      labels: {
        'zh-CN': '初中三年巩固率达到 95% 以上',
        'zh-TW': '初中三年鞏固率達到 95% 以上',
        en: 'Junior three-year consolidation ≥ 95%',
      },
      kind: 'indicator',
      indicator: 'junior_three_year_consolidation_rate',
      comparator: '>=',
      threshold: '95',
    },
    {
      id: 'disabled_children_enrolment',
      part: 'quality',
      number: 2,
      labels: {
        'zh-CN': '残疾儿童少年入学率达到 95% 以上',
        'zh-TW': '殘疾兒童少年入學率達到 95% 以上',
        en: 'Disabled children enrolment ≥ 95%',
      },
      kind: 'indicator',
      indicator: 'disabled_children_enrolment_rate',
      comparator: '>=',
      threshold: '95',
    },
    evidence('quality', 3, 'charter_and_information_systems', {
      'zh-CN': '所有学校制定章程,实现学校管理与教学信息化',
      'zh-TW': '所有學校制定章程,實現學校管理與教學資訊化',
      en: 'Every school has a charter and runs management and teaching on information systems',
    }),
    {
      id: 'training_budget',
      part: 'quality',
      number: 4,
      labels: {
        'zh-CN': '教师培训经费不低于学校年度公用经费预算总额的 5%',
        'zh-TW': '教師培訓經費不低於學校年度公用經費預算總額的 5%',
        en: "Teacher-training budget ≥ 5% of the schools' annual public-funds budget",
      },
      kind: 'ratio',
      numerator: amount('training', '教师培训经费(元)', '教師培訓經費(元)', 'teacher-training budget (yuan)'),
      denominator: amount('budget', '公用经费预算总额(元)', '公用經費預算總額(元)', 'public-funds budget (yuan)'),
      scale: 100,
      comparator: '>=',
      threshold: '5',
      note: restated,
    },
    evidence('quality', 5, 'teachers_use_it', {
      'zh-CN': '教师能熟练运用信息化手段组织教学',
      'zh-TW': '教師能熟練運用資訊化手段組織教學',
      en: 'Teachers use information technology well in teaching',
    }),
    evidence('quality', 6, 'moral_education', {
      'zh-CN': '德育工作、校园文化建设水平较高',
      'zh-TW': '德育工作、校園文化建設水準較高',
      en: 'Moral education and school culture of a good standard',
    }),
    evidence('quality', 7, 'curriculum_complete', {
      'zh-CN': '课程开齐开足',
      'zh-TW': '課程開齊開足',
      en: 'The national curriculum taught in full',
    }),
    evidence('quality', 8, 'homework_burden', {
      'zh-CN': '无过重课业负担',
      'zh-TW': '無過重課業負擔',
      en: 'No excessive homework burden',
    }),
    {
      id: 'quality_monitoring_difference',
      part: 'quality',
      number: 9,
      labels: {
        'zh-CN': '国家义务教育质量监测:校际差异率低于 0.15',
        'zh-TW': '國家義務教育質量監測:校際差異率低於 0.15',
        en: 'National quality monitoring: between-school difference below 0.15',
      },
      kind: 'value',
      comparator: '<',
      threshold: '0.15',
      note: {
        zh: '数值未经原文确认,可覆盖;达到三级以上比例的要求以举证项报告',
        en: 'the number is unconfirmed: override it; the level-III attainment requirement is reported as evidence',
      },
    },
    evidence('quality', 9, 'quality_monitoring_attainment', {
      'zh-CN': '国家义务教育质量监测:相关科目学生学业水平达到Ⅲ级以上',
      'zh-TW': '國家義務教育質量監測:相關科目學生學業水準達到Ⅲ級以上',
      en: 'National quality monitoring: attainment at level III or above',
    }),
    {
      id: 'social_recognition',
      part: 'recognition',
      number: 1,
      labels: {
        'zh-CN': '社会认可度达到 85% 以上',
        'zh-TW': '社會認可度達到 85% 以上',
        en: 'Social recognition ≥ 85%',
      },
      kind: 'indicator',
      indicator: 'social_recognition_rate',
      comparator: '>=',
      threshold: '85',
      veto: true,
    },
    evidence(
      'recognition',
      2,
      'no_admission_by_examination',
      { 'zh-CN': '无考试招生', 'zh-TW': '無考試招生', en: 'No admission by examination' },
      true,
    ),
    evidence(
      'recognition',
      3,
      'no_illegal_school_choice',
      { 'zh-CN': '无违规择校', 'zh-TW': '無違規擇校', en: 'No illegal school choice' },
      true,
    ),
    evidence(
      'recognition',
      4,
      'no_key_schools_or_classes',
      { 'zh-CN': '无重点学校、重点班', 'zh-TW': '無重點學校、重點班', en: 'No key schools or key classes' },
      true,
    ),
  ],
};
