import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primaryFigures, primarySchool } from '../../_test/school-fixtures';
import { schoolRecordSchema } from '../school-record';
import { isClearlyValidSchool } from './is-clearly-valid-school';

// Values that are right, wrong, or right only for the schema (decimal strings), for any field.
const anyValue = fc.oneof(
  fc.constantFrom(undefined, null, '', 'x', '12.5', -1, -0, 0.5, 1.5, 3, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom(true, 'urban', 'rural', 'primary', 'nine_year', 'special_education', 'public', 'private'),
  fc.constantFrom([], [40, 41], [40, -1], {}, primaryFigures, { ...primaryFigures, students: -3 }),
  fc.integer({ min: -5, max: 100_000 }),
);
const keys = fc.constantFrom(
  ...Object.keys(primarySchool()),
  'junior',
  'senior',
  'equipmentValueWan',
  'boarding',
  'unknownField',
  '__proto__',
);

describe('isClearlyValidSchool', () => {
  it('accepts a well-formed school', () => {
    expect(isClearlyValidSchool(primarySchool())).toBe(true);
    expect(isClearlyValidSchool(primarySchool({ type: 'nine_year', junior: primaryFigures }))).toBe(true);
  });

  it('leaves decimal strings, unknown fields and wrong stages to the schema', () => {
    expect(isClearlyValidSchool(primarySchool({ teachingArea: '4500.5' }))).toBe(false);
    expect(isClearlyValidSchool({ ...primarySchool(), extra: 1 })).toBe(false);
    expect(isClearlyValidSchool(primarySchool({ junior: primaryFigures }))).toBe(false);
    expect(isClearlyValidSchool(primarySchool({ equipmentValueWan: 200 }))).toBe(false);
  });

  it('never accepts a record the schema rejects (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, anyValue), { maxLength: 4 }), (changes) => {
        const school: Record<string, unknown> = { ...primarySchool() };
        for (const [key, value] of changes) {
          if (value === undefined) delete school[key];
          else Object.defineProperty(school, key, { value, enumerable: true, writable: true, configurable: true });
        }
        if (isClearlyValidSchool(school)) expect(schoolRecordSchema.safeParse(school).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
