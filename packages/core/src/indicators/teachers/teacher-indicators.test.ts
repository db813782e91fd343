import { describe, expect, it } from 'vitest';
import type { IndicatorDefinition } from '../../definition/define-indicator';
import type { FieldSpecs } from '../../definition/field-spec';
import { teacherIndicators } from './teacher-indicators';

const definitions = Object.entries(teacherIndicators) as unknown as [
  string,
  IndicatorDefinition<string, FieldSpecs, string>,
][];

// Labels, examples, formulas and JSON Schemas of every definition are checked in
// catalogue/catalogue.test.ts; this file checks what is particular to the domain.
describe('teacherIndicators', () => {
  it('holds the seven teacher indicators of the spec', () => {
    expect(Object.keys(teacherIndicators)).toEqual([
      'student_teacher_ratio',
      'teacher_rotation_rate',
      'key_teacher_rotation_share',
      'teacher_certification_rate',
      'teacher_training_completion_rate',
      'teacher_pay_parity_ratio',
      'preschool_teacher_child_ratio',
    ]);
  });

  it('sets the units, decimals and thresholds of the spec', () => {
    const summary = Object.fromEntries(
      definitions.map(([id, definition]) => [
        id,
        [
          definition.unit,
          definition.decimals,
          (definition.thresholds ?? []).map(
            (threshold) =>
              `${threshold.regime} ${threshold.comparator} ${threshold.value}${threshold.stage ? ` ${threshold.stage}` : ''}`,
          ),
        ],
      ]),
    );
    expect(summary).toEqual({
      student_teacher_ratio: ['ratio_to_one', 2, []],
      teacher_rotation_rate: ['percent', 2, ['quality_balance_2017 >= 10']],
      key_teacher_rotation_share: ['percent', 2, ['quality_balance_2017 >= 20']],
      teacher_certification_rate: [
        'percent',
        2,
        ['quality_balance_2017 = 100', 'preschool_universal_2020 = 100 preschool'],
      ],
      teacher_training_completion_rate: ['percent', 2, ['quality_balance_2017 = 100']],
      teacher_pay_parity_ratio: ['ratio', 2, ['quality_balance_2017 >= 1']],
      preschool_teacher_child_ratio: ['one_to_ratio', 2, ['preschool_universal_2020 <= 15']],
    });
  });
});
