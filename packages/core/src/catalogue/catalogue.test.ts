import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../compute/compute-with-definition';
import type { IndicatorDefinition } from '../definition/define-indicator';
import type { FieldSpecs, InputOfFields } from '../definition/field-spec';
import { unitInfo } from '../units/unit';
import { getIndicatorDefinition } from './get-indicator-definition';
import { indicatorDefinitions } from './indicator-definitions';
import { indicatorIds } from './indicator-ids';
import { isIndicatorId } from './is-indicator-id';
import { listIndicators } from './list-indicators';

// Every id the tables of spec/indicators.md name (including the equity row that names three).
const specIds = [
  'preschool_gross_enrolment_ratio',
  'primary_net_enrolment_rate',
  'junior_gross_enrolment_ratio',
  'upper_secondary_gross_enrolment_ratio',
  'nine_year_consolidation_rate',
  'junior_three_year_consolidation_rate',
  'grade_retention_rate',
  'annual_dropout_rate',
  'progression_rate',
  'disabled_children_enrolment_rate',
  'migrant_children_public_share',
  'after_school_participation_rate',
  'after_school_school_coverage',
  'after_school_teacher_participation_rate',
  'offsite_tutoring_reduction_rate',
  'nonprofit_conversion_completion_rate',
  'homework_time_compliance_rate',
  'student_aid_coverage_rate',
  'aid_per_student',
  'student_teacher_ratio',
  'teacher_rotation_rate',
  'key_teacher_rotation_share',
  'teacher_certification_rate',
  'teacher_training_completion_rate',
  'teacher_pay_parity_ratio',
  'preschool_teacher_child_ratio',
  'qualified_teachers_per_100_students',
  'key_teachers_per_100_students',
  'pe_arts_teachers_per_100_students',
  'teaching_space_per_student',
  'sports_space_per_student',
  'equipment_value_per_student',
  'multimedia_classrooms_per_100_students',
  'computers_per_100_students',
  'books_per_student',
  'teacher_student_ratio',
  'qualified_teachers_per_student',
  'senior_title_teachers_per_student',
  'large_class_share',
  'super_large_class_share',
  'class_size_compliance_rate',
  'school_size_compliance',
  'inclusive_kindergarten_coverage',
  'inclusive_kindergarten_count_share',
  'public_kindergarten_enrolment_share',
  'internet_access_rate',
  'multimedia_classroom_coverage',
  'language_standard_school_rate',
  'safety_system_compliance_rate',
  'social_recognition_rate',
  'rectification_completion_rate',
  'change',
  'school_consolidation',
  'coefficient_of_variation',
  'composite_coefficient_of_variation',
  'gender_parity_index',
  'gini_coefficient',
  'theil_index',
  'mcloone_index',
];
// The UNESCO UIS / SDG 4 forms the spec asks for by description.
const internationalIds = [
  'gross_intake_ratio',
  'completion_rate',
  'survival_rate_to_last_grade',
  'transition_rate',
  'repetition_rate',
  'out_of_school_rate',
  'pupil_trained_teacher_ratio',
];

const definitions = Object.values(indicatorDefinitions) as unknown as IndicatorDefinition<string, FieldSpecs, string>[];
// Characters that only Simplified Chinese writes this way; a zh-TW label must not contain them.
const simplifiedOnly =
  /[与专业两严个为乐书买于仅仪体儿内册准减则办务动单历压县参后员园围图场备学实对岁岗师应开当径总报拥数时术机条构标残毕满点现监盖积简级练组络统续网职艺范营规视计认训设证语课调购贯费资轧转轮辅达迁过这连适钟键长门问队阶际随频题额馆龄]/;

describe('the catalogue', () => {
  it('answers for every id in spec/indicators.md, and the international forms', () => {
    expect([...indicatorIds].sort()).toEqual([...specIds, ...internationalIds].sort());
  });

  describe.each(definitions.map((definition) => [definition.id, definition] as const))('%s', (id, definition) => {
    it('is keyed by its own snake_case id', () => {
      expect(id).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
      expect(getIndicatorDefinition(id as never)).toBe(definition);
    });

    it('has names in three scripts, a description, a source and a version', () => {
      expect(definition.labels['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(definition.labels['zh-TW']).toMatch(/\p{Script=Han}/u);
      expect(definition.labels['zh-TW']).not.toMatch(simplifiedOnly);
      expect(definition.labels.en).toMatch(/^[A-Z][\x20-\x7e’–]+$/);
      expect(definition.description.zh.length).toBeGreaterThan(4);
      expect(definition.description.en.length).toBeGreaterThan(4);
      expect(definition.source.document.length).toBeGreaterThan(2);
      expect(definition.version).toMatch(/^\d+\.\d+\.\d+$/);
    });

    it('has a known unit and default decimals', () => {
      expect(Object.keys(unitInfo)).toContain(definition.unit);
      expect(Number.isInteger(definition.decimals)).toBe(true);
    });

    it('labels every field, list item and method in three scripts', () => {
      for (const field of Object.values(definition.fields)) {
        expect(field.labels['zh-CN']).toMatch(/\p{Script=Han}/u);
        expect(field.labels['zh-TW']).not.toMatch(simplifiedOnly);
        expect(field.labels.en.length).toBeGreaterThan(1);
        for (const labels of Object.values(field.itemLabels ?? {})) {
          expect(labels['zh-TW']).not.toMatch(simplifiedOnly);
          expect(labels.en.length).toBeGreaterThan(1);
        }
      }
      for (const name of definition.methodNames) {
        expect(definition.methods[name]?.labels['zh-TW']).not.toMatch(simplifiedOnly);
        expect(definition.methods[name]?.labels.en.length).toBeGreaterThan(1);
      }
    });

    it('lists its methods default first, each with a formula', () => {
      expect(definition.methodNames[0]).toBe(definition.defaultMethod);
      for (const name of definition.methodNames) {
        const method = definition.methods[name];
        expect(method?.formula.zh).toMatch(/÷/);
        expect(method?.formula.en).toMatch(/÷/);
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
      expect(schema.type).toBe('object');
      expect(schema.additionalProperties).toBe(false);
      expect(Object.keys(schema.properties as object).sort()).toEqual([...definition.inputNames].sort());
      const required = Object.entries(definition.fields)
        .filter(([, field]) => !field.optional && field.kind !== 'money')
        .map(([name]) => name);
      expect(schema.required ?? []).toEqual(required);
      if (definition.inputForms !== undefined) {
        expect(schema.oneOf ?? (schema.allOf as { oneOf: unknown }[] | undefined)?.at(-1)?.oneOf).toEqual(
          definition.inputForms.map((form) => ({ required: [...form] })),
        );
      }
      // Each call gives a fresh copy: a caller cannot corrupt the cached schema.
      (schema.properties as Record<string, unknown>).injected = {};
      expect(Object.keys(definition.inputJsonSchema().properties as object)).not.toContain('injected');
    });
  });

  it('listIndicators gives one summary per definition, ready for a reference table', () => {
    const summaries = listIndicators();
    expect(summaries.map((summary) => summary.id)).toEqual([...indicatorIds]);
    const junior = summaries.find((summary) => summary.id === 'junior_three_year_consolidation_rate');
    expect(junior).toMatchObject({
      labels: { 'zh-CN': '初中三年巩固率' },
      unit: 'percent',
      decimals: 2,
      inputs: ['graduates', 'entrants', 'transfersIn', 'transfersOut', 'deaths'],
      thresholds: [expect.objectContaining({ regime: 'quality_balance_2017', value: '95' })],
    });
    expect(junior?.methods.map((method) => [method.name, method.isDefault])).toEqual([
      ['raw', true],
      ['net_transfers_denominator', false],
      ['adjusted_numerator', false],
    ]);
    expect(summaries.find((summary) => summary.id === 'aid_per_student')?.inputs).toEqual([
      'amount',
      'amountWan',
      'aided',
    ]);
  });

  it('isIndicatorId narrows only real ids', () => {
    expect(isIndicatorId('change')).toBe(true);
    expect(isIndicatorId('constructor')).toBe(false);
    expect(isIndicatorId(42)).toBe(false);
  });
});
