import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { isSchoolSizeCompliant, SCHOOL_SIZE_CAPS } from './is-school-size-compliant';

describe('isSchoolSizeCompliant', () => {
  it('caps primary and junior schools at 2000: 2000 complies, 2001 does not', () => {
    expect(isSchoolSizeCompliant({ type: 'primary', students: 2000 })).toBe(true);
    expect(isSchoolSizeCompliant({ type: 'primary', students: 2001 })).toBe(false);
    expect(isSchoolSizeCompliant({ type: 'junior', students: 2000 })).toBe(true);
    expect(isSchoolSizeCompliant({ type: 'junior', students: 2001 })).toBe(false);
  });

  it('caps the compulsory part of through-train schools at 2500: 2500 complies, 2501 does not', () => {
    expect(isSchoolSizeCompliant({ type: 'nine_year', students: 2500 })).toBe(true);
    expect(isSchoolSizeCompliant({ type: 'nine_year', students: 2501 })).toBe(false);
    expect(isSchoolSizeCompliant({ type: 'twelve_year', students: 2500 })).toBe(true);
    expect(isSchoolSizeCompliant({ type: 'twelve_year', students: 2501 })).toBe(false);
    expect(SCHOOL_SIZE_CAPS).toEqual({ primary: 2000, junior: 2000, nine_year: 2500, twelve_year: 2500 });
  });

  it('rejects an unknown type or a fractional count', () => {
    try {
      isSchoolSizeCompliant({ type: 'senior', students: 100 } as never);
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['school', 'type']);
      expect((error as InvalidInputError).messageZh).toContain('九年一贯制');
    }
    expect(() => isSchoolSizeCompliant({ type: 'primary', students: 1999.5 })).toThrow(/whole number/);
    expect(() => isSchoolSizeCompliant({ type: 'primary', students: -1 })).toThrow(/negative/);
  });
});
