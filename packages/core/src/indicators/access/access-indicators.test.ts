import { describe, expect, it } from 'vitest';
import { accessIndicators } from './access-indicators';

// Labels, examples, formulas and JSON Schemas of every definition are checked in
// catalogue/catalogue.test.ts; this file checks what is particular to the domain.
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
});
