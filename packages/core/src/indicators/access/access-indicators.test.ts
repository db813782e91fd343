import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import type { IndicatorDefinition } from '../../definition/define-indicator';
import type { FieldSpecs, InputOfFields } from '../../definition/field-spec';
import { accessIndicators } from './access-indicators';

// Characters that only Simplified Chinese writes this way; a zh-TW label must not contain them.
const simplifiedOnly =
  /[学资务毕业数转机构压减费实际为这个课参与开围范调后现员问题园儿龄级阶岁职严轧两随迁购买残适总办门内径仅条标]/;
const entries = Object.entries(accessIndicators) as unknown as [
  string,
  IndicatorDefinition<string, FieldSpecs, string>,
][];

describe('accessIndicators', () => {
  it('holds the access ids', () => {
    expect(Object.keys(accessIndicators)).toEqual([
      'preschool_gross_enrolment_ratio',
      'primary_net_enrolment_rate',
      'junior_gross_enrolment_ratio',
      'upper_secondary_gross_enrolment_ratio',
      'grade_retention_rate',
      'annual_dropout_rate',
      'progression_rate',
      'disabled_children_enrolment_rate',
      'migrant_children_public_share',
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
