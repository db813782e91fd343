import { describe, expect, it } from 'vitest';
import { classSchoolIndicators } from './class-school-indicators';

// Labels, examples, formulas and JSON Schemas of every definition are checked in
// catalogue/catalogue.test.ts; this file checks what is particular to the domain.
describe('classSchoolIndicators', () => {
  it('holds the class and school ids, large_class_share included', () => {
    expect(Object.keys(classSchoolIndicators)).toEqual([
      'large_class_share',
      'super_large_class_share',
      'class_size_compliance_rate',
      'school_size_compliance',
    ]);
  });
});
