import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import type { IndicatorDefinition } from '../../definition/define-indicator';
import type { FieldSpecs, InputOfFields } from '../../definition/field-spec';
import { teacherIndicators } from './teacher-indicators';

const definitions = Object.entries(teacherIndicators) as unknown as [
  string,
  IndicatorDefinition<string, FieldSpecs, string>,
][];
// Simplified-only characters (a wider set than the catalogue's): none may appear in zh-TW text.
const simplifiedOnly =
  /[学资务毕业数转机构压减费实际为这个课参与开围范调后现员问题师专证训练时轮岗级县图书册计设备仪体艺术乐动场馆网络积辅历规职园儿当标准径条总连续达统则]/;

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

  describe.each(definitions)('%s', (id, definition) => {
    it('is keyed by its own id', () => {
      expect(definition.id).toBe(id);
    });

    it('has names in three scripts, Traditional characters in zh-TW', () => {
      expect(definition.labels['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(definition.labels['zh-TW']).toMatch(/\p{Script=Han}/u);
      expect(definition.labels.en).toMatch(/^[A-Z][\x20-\x7e’]+$/);
      const traditional = [
        definition.labels['zh-TW'],
        ...Object.values(definition.fields).map((field) => field.labels['zh-TW']),
        ...Object.values(definition.methods).map((method) => method.labels['zh-TW']),
      ];
      for (const text of traditional) expect(text).not.toMatch(simplifiedOnly);
    });

    it('names its source document and gives every method a formula', () => {
      expect(definition.source.document).toMatch(/《.+》/);
      for (const name of definition.methodNames) {
        expect(definition.methods[name]?.formula.zh).toMatch(/÷/);
        expect(definition.methods[name]?.formula.en).toMatch(/÷/);
      }
    });

    it('computes its worked example to the stated value', () => {
      const { example } = definition;
      const result = computeWithDefinition(
        definition,
        example.input as InputOfFields<FieldSpecs>,
        example.method === undefined ? {} : { method: example.method },
      );
      expect(result.formattedValue).toBe(example.value);
    });

    it('exports its input schema as JSON Schema', () => {
      const schema = definition.inputJsonSchema();
      expect(schema.additionalProperties).toBe(false);
      expect(Object.keys(schema.properties as object).sort()).toEqual([...definition.inputNames].sort());
    });
  });
});
