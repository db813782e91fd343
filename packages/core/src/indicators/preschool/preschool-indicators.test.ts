import { describe, expect, it } from 'vitest';
import { preschoolIndicators } from './preschool-indicators';

// Labels, examples, formulas and JSON Schemas of every definition are checked in
// catalogue/catalogue.test.ts; this file checks what is particular to the domain.
describe('preschoolIndicators', () => {
  it('holds the preschool ids', () => {
    expect(Object.keys(preschoolIndicators)).toEqual([
      'inclusive_kindergarten_coverage',
      'inclusive_kindergarten_count_share',
      'public_kindergarten_enrolment_share',
    ]);
  });
});
