import type { ComputeIndicatorOptions, IndicatorId, LocalizedText } from '@edukpi/core';
import type { FormatLocale } from '../locale/format-locale';

/**
 * The inputs of the golden files: every case is rendered in each locale by `render-golden.ts`
 * and compared with `<locale>.json` by `golden.test.ts`. `source` quotes the sentence of a real
 * report (`fixtures/reports`) the case reproduces, where there is one.
 *
 * Options may differ per locale (`perLocale`): the words a caller passes (a label, a unit) are
 * written in the locale's own script.
 */
export type GoldenCase =
  | {
      readonly id: string;
      readonly call: 'formatNumber';
      readonly source?: string;
      readonly input: string;
      readonly options?: Readonly<Record<string, unknown>>;
      readonly perLocale?: Partial<Record<FormatLocale, Readonly<Record<string, unknown>>>>;
    }
  | {
      readonly id: string;
      readonly call: 'formatIndicatorLabel';
      readonly source?: string;
      readonly input: IndicatorId;
    }
  | {
      readonly id: string;
      readonly call: 'formatResultValue' | 'formatResult' | 'formatChange';
      readonly source?: string;
      readonly input: {
        readonly indicator: IndicatorId;
        readonly values: Readonly<Record<string, unknown>>;
        readonly options?: ComputeIndicatorOptions;
      };
      readonly options?: Readonly<Record<string, unknown>>;
      readonly perLocale?: Partial<Record<FormatLocale, Readonly<Record<string, unknown>>>>;
    }
  | {
      readonly id: string;
      readonly call: 'formatEvaluationItem' | 'formatEvaluation';
      readonly source?: string;
      /** A regime and a county of `golden-counties.ts`; for an item, its id. */
      readonly input: {
        readonly regime: 'quality_balance_2017' | 'basic_balance_2012' | 'preschool_universal_2020';
        readonly item?: string;
      };
      readonly options?: Readonly<Record<string, unknown>>;
    };

const label = (zhCN: string, zhTW: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

const money = { 'zh-CN': { unit: '元' }, 'zh-TW': { unit: '元' }, en: { unit: 'yuan' } };
const people = (zhCN: string, zhTW = zhCN, en = '') => ({
  'zh-CN': { unit: zhCN },
  'zh-TW': { unit: zhTW },
  en: { unit: en },
});

/** Every golden case, in the order of the golden files. */
export const goldenCases: readonly GoldenCase[] = [
  // Numbers the Chinese way.
  {
    id: 'number-participants',
    call: 'formatNumber',
    source: '薛城: 参加课后服务学生6.91万人',
    input: '69100',
    perLocale: people('人'),
  },
  {
    id: 'number-aided',
    call: 'formatNumber',
    source: '薛城: 惠及1.1256万名学生',
    input: '11256',
    options: { scale: '万' },
    perLocale: people('名'),
  },
  {
    id: 'number-aid-money',
    call: 'formatNumber',
    source: '云州: 各类助学资金2241万元',
    input: '22410000',
    perLocale: money,
  },
  { id: 'number-investment-yi', call: 'formatNumber', source: '济源: 投入9亿元', input: '900000000', perLocale: money },
  {
    id: 'number-grants',
    call: 'formatNumber',
    source: '薛城: 各类助学金660.5万元',
    input: '6605000',
    perLocale: money,
  },
  {
    id: 'number-loans',
    call: 'formatNumber',
    source: '薛城: 生源地助学贷款1052.017万元',
    input: '10520170',
    perLocale: money,
  },
  { id: 'number-dormitories', call: 'formatNumber', source: '云州: 投资5276万元', input: '52760000', perLocale: money },
  {
    id: 'number-person-times',
    call: 'formatNumber',
    source: '济源: 累计资助家庭经济困难学生33562人次',
    input: '33562',
    perLocale: { 'zh-CN': { unit: '人次' }, 'zh-TW': { unit: '人次' }, en: { unit: 'person-times' } },
  },
  {
    id: 'number-enrolment',
    call: 'formatNumber',
    source: '云州: 在校学生数14161人',
    input: '14161',
    perLocale: people('人'),
  },
  {
    id: 'number-area',
    call: 'formatNumber',
    source: '云州: 建设面积17049平方米',
    input: '17049',
    perLocale: { 'zh-CN': { unit: '平方米' }, 'zh-TW': { unit: '平方公尺' }, en: { unit: 'm²' } },
  },
  {
    id: 'number-places',
    call: 'formatNumber',
    source: '薛城: 增加学位(园位)1.68万个',
    input: '16800',
    perLocale: people('个', '個'),
  },
  {
    id: 'number-capacity',
    call: 'formatNumber',
    source: '武安: 年招生能力達1.2萬人',
    input: '12000',
    perLocale: people('人'),
  },
  { id: 'number-rounded', call: 'formatNumber', input: '92.876', options: { decimals: 2 } },
  { id: 'number-trailing-zeros', call: 'formatNumber', input: '90', options: { decimals: 2, keepTrailingZeros: true } },
  { id: 'number-negative', call: 'formatNumber', input: '-1375' },

  // Labels.
  { id: 'label-junior-consolidation', call: 'formatIndicatorLabel', input: 'junior_three_year_consolidation_rate' },
  { id: 'label-primary-net-enrolment', call: 'formatIndicatorLabel', input: 'primary_net_enrolment_rate' },
  { id: 'label-disabled-children', call: 'formatIndicatorLabel', input: 'disabled_children_enrolment_rate' },

  // Result values, one per unit.
  {
    id: 'value-percent',
    call: 'formatResultValue',
    source: '济源: 102.72%',
    input: { indicator: 'nine_year_consolidation_rate', values: { graduates: 10272, entrants: 10000 } },
  },
  {
    id: 'value-percent-trimmed',
    call: 'formatResultValue',
    source: '济源: 压减率90%',
    input: { indicator: 'offsite_tutoring_reduction_rate', values: { before: 120, after: 12 } },
  },
  {
    id: 'value-ratio-to-one',
    call: 'formatResultValue',
    input: { indicator: 'student_teacher_ratio', values: { students: 16190, teachers: 1000 } },
  },
  {
    id: 'value-one-to-ratio',
    call: 'formatResultValue',
    input: { indicator: 'preschool_teacher_child_ratio', values: { children: 1420, teachers: 100 } },
  },
  {
    id: 'value-ratio',
    call: 'formatResultValue',
    input: { indicator: 'teacher_pay_parity_ratio', values: { teacherAveragePay: 105, civilServantAveragePay: 100 } },
  },
  {
    id: 'value-per-100-students',
    call: 'formatResultValue',
    input: { indicator: 'qualified_teachers_per_100_students', values: { qualifiedTeachers: 435, students: 10000 } },
  },
  {
    id: 'value-per-student',
    call: 'formatResultValue',
    input: { indicator: 'qualified_teachers_per_student', values: { qualifiedTeachers: 52, students: 1000 } },
  },
  {
    id: 'value-money',
    call: 'formatResultValue',
    source: '薛城: 660.5万元惠及1.1256万名学生',
    input: { indicator: 'aid_per_student', values: { amountWan: 660.5, aided: 11256 } },
  },
  {
    id: 'value-money-wan',
    call: 'formatResultValue',
    input: { indicator: 'equipment_value_per_student', values: { equipmentValueWan: 240, students: 200 } },
  },
  {
    id: 'value-area',
    call: 'formatResultValue',
    input: { indicator: 'teaching_space_per_student', values: { teachingArea: 6120, students: 1000 } },
  },
  {
    id: 'value-volumes',
    call: 'formatResultValue',
    input: { indicator: 'books_per_student', values: { books: 32500, students: 1000 } },
  },
  {
    id: 'value-coefficient',
    call: 'formatResultValue',
    input: { indicator: 'composite_coefficient_of_variation', values: { coefficients: ['0.412', '0.3', '0.451'] } },
  },
  {
    id: 'value-no-value',
    call: 'formatResultValue',
    input: { indicator: 'student_aid_coverage_rate', values: { aided: 0, eligible: 0 } },
  },

  // Sentences that reproduce the reports.
  {
    id: 'result-consolidation-jiyuan',
    call: 'formatResult',
    source: '济源: 截至目前,义务教育巩固率达102.72%',
    input: { indicator: 'nine_year_consolidation_rate', values: { graduates: 10272, entrants: 10000 } },
    options: { label: label('义务教育巩固率', '義務教育鞏固率', 'compulsory education consolidation rate') },
  },
  {
    id: 'result-disabled-children-jiyuan',
    call: 'formatResult',
    source: '济源: 适龄残疾儿童少年义务教育入学率达98.45%',
    input: { indicator: 'disabled_children_enrolment_rate', values: { enrolled: 1969, population: 2000 } },
    options: {
      label: label(
        '适龄残疾儿童少年义务教育入学率',
        '適齡殘障兒童少年義務教育入學率',
        'compulsory-education enrolment rate of disabled children',
      ),
    },
  },
  {
    id: 'result-disabled-children-wuan',
    call: 'formatResult',
    source: '武安: 三類殘障兒童入學率達93.82%',
    input: { indicator: 'disabled_children_enrolment_rate', values: { enrolled: 9382, population: 10000 } },
    options: {
      label: label(
        '三类残疾儿童入学率',
        '三類殘障兒童入學率',
        'enrolment rate of children with the three kinds of disability',
      ),
    },
  },
  {
    id: 'result-preschool-wuan',
    call: 'formatResult',
    source: '武安: 學前三年普及率達92.05%',
    input: { indicator: 'preschool_gross_enrolment_ratio', values: { enrolled: 9205, population: 10000 } },
    options: { decimals: 2, label: label('学前三年普及率', '學前三年普及率', 'three-year preschool enrolment rate') },
  },
  {
    id: 'result-senior-wuan',
    call: 'formatResult',
    source: '武安: 高中入學率達86.2%',
    input: { indicator: 'upper_secondary_gross_enrolment_ratio', values: { enrolled: 862, population: 1000 } },
    options: { label: label('高中入学率', '高中入學率', 'senior secondary enrolment rate') },
  },
  {
    id: 'result-inclusive-dongsheng',
    call: 'formatResult',
    source: '东胜: 学前教育普惠率已达78.72%',
    input: { indicator: 'inclusive_kindergarten_coverage', values: { inclusiveChildren: 7872, children: 10000 } },
    options: { label: label('学前教育普惠率', '學前教育普惠率', 'inclusive preschool coverage') },
  },
  {
    id: 'result-language-dongsheng',
    call: 'formatResult',
    source: '东胜: 达标率97.96% (144 of 147 schools)',
    input: { indicator: 'language_standard_school_rate', values: { schoolsMeeting: 144, schools: 147 } },
  },
  {
    id: 'result-share-xuecheng',
    call: 'formatResult',
    source: '薛城: 参加课后服务学生6.91万人,占92.88%',
    input: { indicator: 'after_school_participation_rate', values: { participants: 69100, enrolled: 74400 } },
    options: { style: 'share' },
  },
  {
    id: 'result-share-template-xuecheng',
    call: 'formatResult',
    source: '薛城: 已完成整改36个,占比90%',
    input: { indicator: 'rectification_completion_rate', values: { closed: 36, listed: 40 } },
    options: { style: 'share' },
    perLocale: {
      'zh-CN': { template: '已完成整改{count},占比{value}', unit: '个' },
      'zh-TW': { template: '已完成整改{count},佔比{value}', unit: '個' },
      en: { template: '{count} issues rectified, {value} of those listed' },
    },
  },
  {
    id: 'result-reduction-jiyuan',
    call: 'formatResult',
    source: '济源: 全市学科类培训机构由原来的120家压减为12家,压减率90%',
    input: { indicator: 'offsite_tutoring_reduction_rate', values: { before: 120, after: 12 } },
    options: { style: 'reduction' },
    perLocale: {
      'zh-CN': { subject: '全市学科类培训机构', unit: '家', label: '压减率' },
      'zh-TW': { subject: '全市學科類培訓機構', unit: '家', label: '壓減率' },
      en: { subject: 'Tutoring institutions across the city were', label: 'reduction rate' },
    },
  },
  {
    id: 'result-consolidation-wuan',
    call: 'formatResult',
    source: '武安: 我市由XX年的534所學校調整爲現在的348所,撤併“麻雀校”186所',
    input: { indicator: 'school_consolidation', values: { before: 534, after: 348 } },
    options: { style: 'consolidation' },
    perLocale: {
      'zh-CN': { subject: '我市', unit: '所' },
      'zh-TW': { subject: '我市', unit: '所' },
      en: { subject: 'The city’s schools were' },
    },
  },
  {
    id: 'result-ratio-threshold',
    call: 'formatResult',
    source: 'the brief: 全县小学生师比为16.19:1,达到19:1的标准',
    input: {
      indicator: 'student_teacher_ratio',
      values: { students: 16190, teachers: 1000 },
      options: { thresholds: [{ regime: 'basic_balance_2012', comparator: '<=', value: 19 }] },
    },
    options: { subject: label('全县小学', '全縣國小', 'primary schools of the county'), thresholds: true },
  },
  {
    id: 'result-threshold-missed',
    call: 'formatResult',
    input: {
      indicator: 'junior_three_year_consolidation_rate',
      values: { graduates: 1870, entrants: 2000 },
      options: { regimes: ['quality_balance_2017'] },
    },
    options: { thresholds: true },
  },
  {
    id: 'result-no-value',
    call: 'formatResult',
    input: { indicator: 'after_school_participation_rate', values: { participants: 0, enrolled: 0 } },
  },

  // Changes.
  {
    id: 'change-enrolment-yunzhou',
    call: 'formatChange',
    source: '云州: 2021年6月在校学生数12786人,2022年6月在校学生数14161人,增加1375人',
    input: { indicator: 'change', values: { previous: 12786, current: 14161 } },
    perLocale: people('人'),
  },
  {
    id: 'change-enrolment-from-to',
    call: 'formatChange',
    source: '云州: 在校学生数12786人 → 14161人, 增加1375人',
    input: { indicator: 'change', values: { previous: 12786, current: 14161 } },
    options: { style: 'fromTo' },
    perLocale: {
      'zh-CN': { subject: '在校学生数', unit: '人' },
      'zh-TW': { subject: '在校學生數', unit: '人' },
      en: { subject: 'Enrolment was' },
    },
  },
  {
    id: 'change-top-students-yunzhou',
    call: 'formatChange',
    source: '云州: 中考优等生从去年62名增加到162名',
    input: { indicator: 'change', values: { previous: 62, current: 162 } },
    options: { style: 'fromTo' },
    perLocale: {
      'zh-CN': { subject: '中考优等生', unit: '名' },
      'zh-TW': { subject: '中考優等生', unit: '名' },
      en: { subject: 'Top scorers in the senior-school entrance exam were' },
    },
  },
  {
    id: 'change-decrease',
    call: 'formatChange',
    source: '云州: 2021年共撤并小规模教学点23个',
    input: { indicator: 'change', values: { previous: 56, current: 33 } },
    perLocale: people('所'),
  },
  {
    id: 'change-unchanged',
    call: 'formatChange',
    input: { indicator: 'change', values: { previous: 33, current: 33 } },
  },
  {
    id: 'change-money',
    call: 'formatChange',
    input: { indicator: 'change', values: { previous: 18000000, current: 22410000 } },
    perLocale: money,
  },
  {
    id: 'change-percentage-points',
    call: 'formatChange',
    source: '普惠率 75.5% → 78.72% (东胜 2022)',
    input: { indicator: 'change', values: { previous: 75.5, current: 78.72 } },
    options: { percentagePoints: true },
  },
  {
    id: 'change-percentage-points-from-to',
    call: 'formatChange',
    input: { indicator: 'change', values: { previous: 98.45, current: 97.9 } },
    options: { percentagePoints: true, style: 'fromTo' },
    perLocale: {
      'zh-CN': { subject: '残疾儿童少年入学率' },
      'zh-TW': { subject: '殘障兒童少年入學率' },
      en: { subject: 'The enrolment rate of disabled children was' },
    },
  },
  {
    id: 'change-from-zero',
    call: 'formatChange',
    input: { indicator: 'change', values: { previous: 0, current: 2 } },
    perLocale: people('名'),
  },

  // Evaluation items of the golden county (2017) and the preschool county (2020).
  ...(
    [
      'layout_planned',
      'unified_standards',
      'music_art_rooms',
      'class_size',
      'special_education_funding',
      'teacher_rotation',
      'key_teacher_rotation',
      'junior_consolidation',
      'training_budget',
      'quality_monitoring_difference',
      'social_recognition',
      'no_illegal_school_choice',
    ] as const
  ).map(
    (item): GoldenCase => ({
      id: `item-2017-${item.replaceAll('_', '-')}`,
      call: 'formatEvaluationItem',
      input: { regime: 'quality_balance_2017', item },
    }),
  ),
  ...(
    ['gross_enrolment', 'inclusive_coverage', 'funding_standard', 'outdoor_space', 'children_per_teacher'] as const
  ).map(
    (item): GoldenCase => ({
      id: `item-2020-${item.replaceAll('_', '-')}`,
      call: 'formatEvaluationItem',
      input: { regime: 'preschool_universal_2020', item },
    }),
  ),

  // Whole evaluations.
  { id: 'evaluation-2017', call: 'formatEvaluation', input: { regime: 'quality_balance_2017' } },
  { id: 'evaluation-2012', call: 'formatEvaluation', input: { regime: 'basic_balance_2012' } },
  { id: 'evaluation-2020', call: 'formatEvaluation', input: { regime: 'preschool_universal_2020' } },
];
