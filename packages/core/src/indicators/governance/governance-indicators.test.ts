import { describe, expect, it } from 'vitest';
import { governanceIndicators } from './governance-indicators';

// Labels, examples, formulas and JSON Schemas of every definition are checked in
// catalogue/catalogue.test.ts; this file checks what is particular to the domain.
describe('governanceIndicators', () => {
  it('holds the infrastructure, governance and satisfaction ids', () => {
    expect(Object.keys(governanceIndicators)).toEqual([
      'internet_access_rate',
      'multimedia_classroom_coverage',
      'language_standard_school_rate',
      'safety_system_compliance_rate',
      'social_recognition_rate',
      'rectification_completion_rate',
    ]);
  });
});
