import { describe, expect, it } from 'vitest';
import { internationalIndicators } from './international-indicators';

// Labels, examples, formulas and JSON Schemas of every definition are checked in
// catalogue/catalogue.test.ts; this file checks what is particular to the domain.
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
});
