import { defineIndicator } from '../../definition/define-indicator';
import {
  QUALITY_BALANCE_2017_DOCUMENT,
  QUALITY_BALANCE_2017_NOTE,
  qualityBalanceStandards,
  studentsTerm,
} from './_lib/resource-standards';

/** The two ways to give the PE and arts teachers: by subject, or as one total. */
const BY_SUBJECT = ['peTeachers', 'musicTeachers', 'artTeachers'] as const;

/**
 * 每百名学生拥有体育、艺术(美术、音乐)专任教师数 — full-time PE, music and fine-arts teachers per
 * 100 students, 2 decimals; ≥ 0.9 (小学) / ≥ 0.9 (初中) under the 2017 优质均衡 regime.
 *
 * Formula: (PE + music + fine-arts teachers) ÷ students × 100. Give the three subject counts
 * (`peTeachers`, `musicTeachers`, `artTeachers`) or their total (`peArtsTeachers`), not both.
 * Rows given in either form add up: the subject counts become the total.
 *
 * @param input - The teachers in one of the two forms, and `students`; head counts.
 * @returns The value, with no value when the school has no students.
 * @throws {InvalidInputError} when a count is negative or fractional, both forms or neither are
 *   given, a form is incomplete, or aggregated rows mix the two forms.
 *
 * @example
 * ```ts
 * computeWithDefinition(peArtsTeachersPer100Students, {
 *   peTeachers: 5,
 *   musicTeachers: 3,
 *   artTeachers: 3,
 *   students: 1200,
 * }).formattedValue; // '0.92'
 * ```
 */
export const peArtsTeachersPer100Students = defineIndicator({
  id: 'pe_arts_teachers_per_100_students',
  version: '1.0.0',
  labels: {
    'zh-CN': '每百名学生拥有体育、艺术(美术、音乐)专任教师数',
    'zh-TW': '每百名學生擁有體育、藝術(美術、音樂)專任教師數',
    en: 'PE and arts (music, fine arts) teachers per 100 students',
  },
  description: {
    zh: '体育、音乐、美术专任教师数之和 ÷ 在校生数 × 100',
    en: 'full-time PE, music and fine-arts teachers per 100 students',
  },
  unit: 'per_100_students',
  decimals: 2,
  fields: {
    peTeachers: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '体育专任教师数', 'zh-TW': '體育專任教師數', en: 'full-time PE teachers' },
    },
    musicTeachers: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '音乐专任教师数', 'zh-TW': '音樂專任教師數', en: 'full-time music teachers' },
    },
    artTeachers: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '美术专任教师数', 'zh-TW': '美術專任教師數', en: 'full-time fine-arts teachers' },
    },
    peArtsTeachers: {
      kind: 'count',
      optional: true,
      labels: {
        'zh-CN': '体育、艺术专任教师合计',
        'zh-TW': '體育、藝術專任教師合計',
        en: 'full-time PE and arts teachers in total',
      },
    },
    students: { kind: 'count', labels: studentsTerm.labels },
  },
  inputForms: [BY_SUBJECT, ['peArtsTeachers']],
  normalize: ({ peArtsTeachers, peTeachers, musicTeachers, artTeachers, ...rest }) =>
    peArtsTeachers === undefined && peTeachers !== undefined && musicTeachers !== undefined && artTeachers !== undefined
      ? {
          ...rest,
          peTeachers,
          musicTeachers,
          artTeachers,
          peArtsTeachers: Number(peTeachers) + Number(musicTeachers) + Number(artTeachers),
        }
      : { ...rest, peTeachers, musicTeachers, artTeachers, peArtsTeachers },
  methods: {
    standard: {
      labels: { 'zh-CN': '标准口径', 'zh-TW': '標準口徑', en: 'standard' },
      formula: {
        zh: '(体育 + 音乐 + 美术专任教师数) ÷ 在校生数 × 100',
        en: '(PE + music + fine-arts teachers) ÷ students × 100',
      },
      compute: ({ peArtsTeachers, students }) => ({ numerator: peArtsTeachers, denominator: students }),
    },
  },
  defaultMethod: 'standard',
  thresholds: qualityBalanceStandards('0.9', '0.9'),
  source: { document: QUALITY_BALANCE_2017_DOCUMENT, note: QUALITY_BALANCE_2017_NOTE },
  example: { input: { peTeachers: 5, musicTeachers: 3, artTeachers: 3, students: 1200 }, value: '0.92' },
});
