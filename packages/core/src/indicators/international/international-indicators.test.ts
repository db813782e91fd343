import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import type { IndicatorDefinition } from '../../definition/define-indicator';
import type { FieldSpecs, InputOfFields } from '../../definition/field-spec';
import { internationalIndicators } from './international-indicators';

// Characters that only Simplified Chinese writes this way; a zh-TW label must not contain them.
const simplifiedOnly =
  /[学资务毕业数转机构压减费实际为这个课参与开围范调后现员问题园儿龄级阶岁职严轧两随迁购买残适总办门内径仅条标过训队计简单师达组]/;
const entries = Object.entries(internationalIndicators) as unknown as [
  string,
  IndicatorDefinition<string, FieldSpecs, string>,
][];

describe('internationalIndicators', () => {
  it('holds the international ids', () => {
    expect(Object.keys(internationalIndicators)).toEqual([
      'gross_intake_ratio',
      'completion_rate',
      'survival_rate_to_last_grade',
      'transition_rate',
      'repetition_rate',
      'out_of_school_rate',
      'pupil_trained_teacher_ratio',
    ]);
  });

  describe.each(entries)('%s', (id, definition) => {
    it('is keyed by its own id, labelled in three scripts', () => {
      expect(definition.id).toBe(id);
      expect(definition.labels.en).toMatch(/^[A-Z][\x20-\x7e’]+$/);
      const traditional = [
        definition.labels['zh-TW'],
        ...Object.values(definition.fields).map((field) => field.labels['zh-TW']),
        ...Object.values(definition.methods).map((method) => method.labels['zh-TW']),
      ];
      for (const label of traditional) expect(label).not.toMatch(simplifiedOnly);
      for (const field of Object.values(definition.fields)) expect(field.labels['zh-CN']).toMatch(/\p{Script=Han}/u);
    });

    it('states every method as a formula with ÷, the default first', () => {
      expect(definition.methodNames[0]).toBe(definition.defaultMethod);
      for (const method of Object.values(definition.methods)) {
        expect(method.formula.zh).toMatch(/÷/);
        expect(method.formula.en).toMatch(/÷/);
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
      expect(result.warnings.filter((warning) => warning.code === 'unused_input')).toEqual([]);
    });

    it('exports its input schema as JSON Schema', () => {
      const schema = definition.inputJsonSchema();
      expect(schema.type).toBe('object');
      expect(Object.keys(schema.properties as object).sort()).toEqual([...definition.inputNames].sort());
      const required = Object.entries(definition.fields)
        .filter(([, field]) => !field.optional)
        .map(([name]) => name);
      expect(schema.required).toEqual(required);
    });
  });
});
