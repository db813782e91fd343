import { describe, expect, it } from 'vitest';
import type { IndicatorDefinition } from '../../definition/define-indicator';
import type { FieldSpecs } from '../../definition/field-spec';
import { resourceIndicators } from './resource-indicators';

const definitions = Object.entries(resourceIndicators) as unknown as [
  string,
  IndicatorDefinition<string, FieldSpecs, string>,
][];

// Labels, examples, formulas and JSON Schemas of every definition are checked in
// catalogue/catalogue.test.ts; this file checks what is particular to the domain.
describe('resourceIndicators', () => {
  it('sets the units, decimals and 2017 standards (primary / junior) of the spec', () => {
    const summary = Object.fromEntries(
      definitions.map(([id, definition]) => [
        id,
        [
          definition.unit,
          definition.decimals,
          (definition.thresholds ?? []).map(
            (threshold) => `${threshold.regime} ${threshold.stage} ${threshold.comparator} ${threshold.value}`,
          ),
        ],
      ]),
    );
    const standard = (primary: string, junior: string) => [
      `quality_balance_2017 primary >= ${primary}`,
      `quality_balance_2017 junior >= ${junior}`,
    ];
    expect(summary).toEqual({
      qualified_teachers_per_100_students: ['per_100_students', 2, standard('4.2', '5.3')],
      key_teachers_per_100_students: ['per_100_students', 2, standard('1', '1')],
      pe_arts_teachers_per_100_students: ['per_100_students', 2, standard('0.9', '0.9')],
      teaching_space_per_student: ['square_metres', 2, standard('4.5', '5.8')],
      sports_space_per_student: ['square_metres', 2, standard('7.5', '10.2')],
      equipment_value_per_student: ['yuan', 2, standard('2000', '2500')],
      multimedia_classrooms_per_100_students: ['per_100_students', 2, standard('2.3', '2.4')],
      computers_per_100_students: ['per_100_students', 2, []],
      books_per_student: ['volumes', 2, []],
      teacher_student_ratio: ['ratio', 3, []],
      qualified_teachers_per_student: ['per_student', 3, []],
      senior_title_teachers_per_student: ['per_student', 3, []],
    });
  });

  it('says in the source of every 2012-set indicator that the national text sets no per-school number', () => {
    for (const id of [
      'teaching_space_per_student',
      'sports_space_per_student',
      'equipment_value_per_student',
      'computers_per_100_students',
      'books_per_student',
      'teacher_student_ratio',
      'qualified_teachers_per_student',
      'senior_title_teachers_per_student',
    ] as const) {
      expect(resourceIndicators[id].source.document).toContain('教督〔2012〕3号');
      expect(resourceIndicators[id].source.note?.zh).toContain('国家未规定每校达标数值');
    }
  });

  it.each(definitions)('%s divides by students', (id, definition) => {
    expect(definition.id).toBe(id);
    expect(definition.fields.students?.kind).toBe('count');
  });
});
