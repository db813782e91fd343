import type { EquitySchoolPart } from './parse-equity-schools';

/**
 * Orders schools by their figure Xᵢ = massᵢ ÷ studentsᵢ, ascending, comparing exactly by
 * cross-multiplication (massₐ × students_b against mass_b × studentsₐ); ties keep input order.
 */
export function sortByValue(schools: readonly EquitySchoolPart[]): EquitySchoolPart[] {
  return [...schools].sort(
    (a, b) => a.mass.times(b.students).comparedTo(b.mass.times(a.students)) || a.index - b.index,
  );
}

/** Whether two schools have exactly the same figure. */
export function hasSameValue(a: EquitySchoolPart, b: EquitySchoolPart): boolean {
  return a.mass.times(b.students).equals(b.mass.times(a.students));
}
