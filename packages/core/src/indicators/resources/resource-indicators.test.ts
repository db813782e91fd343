import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import type { IndicatorDefinition } from '../../definition/define-indicator';
import type { FieldSpecs, InputOfFields } from '../../definition/field-spec';
import { resourceIndicators } from './resource-indicators';

const definitions = Object.entries(resourceIndicators) as unknown as [
  string,
  IndicatorDefinition<string, FieldSpecs, string>,
][];
// Simplified-only characters (a wider set than the catalogue's): none may appear in zh-TW text.
const simplifiedOnly =
  /[学资务毕业数转机构压减费实际为这个课参与开围范调后现员问题师专证训练时轮岗级县图书册计设备仪体艺术乐动场馆网络积辅历规职园儿当标准径条总连续达统则拥于]/;

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

  describe.each(definitions)('%s', (id, definition) => {
    it('is keyed by its own id and divides by students', () => {
      expect(definition.id).toBe(id);
      expect(definition.fields.students?.kind).toBe('count');
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

    it('names its source document and gives its method a formula', () => {
      expect(definition.source.document).toMatch(/《.+》/);
      for (const name of definition.methodNames) {
        expect(definition.methods[name]?.formula.zh).toMatch(/÷/);
        expect(definition.methods[name]?.formula.en).toMatch(/÷/);
      }
    });

    it('computes its worked example to the stated value', () => {
      const { example } = definition;
      const result = computeWithDefinition(definition, example.input as InputOfFields<FieldSpecs>);
      expect(result.formattedValue).toBe(example.value);
    });

    it('exports its input schema as JSON Schema', () => {
      const schema = definition.inputJsonSchema();
      expect(schema.additionalProperties).toBe(false);
      expect(Object.keys(schema.properties as object).sort()).toEqual([...definition.inputNames].sort());
    });
  });
});
