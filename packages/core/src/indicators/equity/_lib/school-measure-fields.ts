import { equitySchoolSchema } from '../../../equity/_lib/parse-equity-schools';

/**
 * The single input of every between-school measure: the schools, each with its students (the
 * weight) and either its per-student `value` or its resource `total`. Kept whole (no tally):
 * the measure needs every school, and aggregation concatenates the lists.
 */
export const schoolMeasureFields = {
  schools: {
    kind: 'items',
    item: equitySchoolSchema,
    labels: { 'zh-CN': '学校', 'zh-TW': '學校', en: 'schools' },
    itemLabels: {
      students: { 'zh-CN': '在校学生数', 'zh-TW': '在校學生數', en: 'enrolled students' },
      value: { 'zh-CN': '生均值', 'zh-TW': '生均值', en: 'per-student value' },
      total: { 'zh-CN': '资源总量', 'zh-TW': '資源總量', en: 'resource total' },
    },
  },
} as const;

/** How the examples give schools: 100, 200 and 700 students at 4, 5 and 6 per student. */
export const exampleSchools = [
  { id: 'A', students: 100, value: 4 },
  { id: 'B', students: 200, value: 5 },
  { id: 'C', students: 700, value: 6 },
] as const;
