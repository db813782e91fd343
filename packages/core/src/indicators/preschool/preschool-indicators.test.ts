import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import type { IndicatorDefinition } from '../../definition/define-indicator';
import type { FieldSpecs, InputOfFields } from '../../definition/field-spec';
import { preschoolIndicators } from './preschool-indicators';

// Characters that only Simplified Chinese writes this way; a zh-TW label must not contain them.
const simplifiedOnly =
  /[学资务毕业数转机构压减费实际为这个课参与开围范调后现员问题园额达标规语认网盖级时长书营满监报视频键儿办总贯师体点对应钟]/;
const entries = Object.entries(preschoolIndicators) as unknown as [
  string,
  IndicatorDefinition<string, FieldSpecs, string>,
][];

describe('preschoolIndicators', () => {
  it('holds the preschool ids', () => {
    expect(Object.keys(preschoolIndicators)).toEqual([
      'inclusive_kindergarten_coverage',
      'inclusive_kindergarten_count_share',
      'public_kindergarten_enrolment_share',
    ]);
  });

  describe.each(entries)('%s', (id, definition) => {
    it('is keyed by its own id, labelled in three scripts', () => {
      expect(definition.id).toBe(id);
      expect(definition.labels.en).toMatch(/^[A-Z]/);
      const traditional = [
        definition.labels['zh-TW'],
        ...Object.values(definition.fields).flatMap((field) => [
          field.labels['zh-TW'],
          ...Object.values(field.itemLabels ?? {}).map((labels) => labels['zh-TW']),
        ]),
        ...Object.values(definition.methods).map((method) => method.labels['zh-TW']),
      ];
      for (const label of traditional) expect(label).not.toMatch(simplifiedOnly);
    });

    it('computes its worked example to the stated value', () => {
      const result = computeWithDefinition(definition, definition.example.input as InputOfFields<FieldSpecs>);
      expect(result.formattedValue).toBe(definition.example.value);
    });

    it('exports its input schema as JSON Schema', () => {
      expect(definition.inputJsonSchema().type).toBe('object');
    });
  });
});
