import { describe, expect, it } from 'vitest';
import { policyServiceIndicators } from './policy-service-indicators';

// Labels, examples, formulas and JSON Schemas of every definition are checked in
// catalogue/catalogue.test.ts; this file checks what is particular to the domain.
describe('policyServiceIndicators', () => {
  it('holds exactly the new 双减 ids', () => {
    expect(Object.keys(policyServiceIndicators)).toEqual([
      'nonprofit_conversion_completion_rate',
      'homework_time_compliance_rate',
    ]);
  });
});
