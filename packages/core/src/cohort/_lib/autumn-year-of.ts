import { parseSchoolYear } from '../../school-year/parse-school-year';
import { SchoolYear } from '../../school-year/school-year';

/**
 * The autumn year of a school year given as a number (2021), a label (`2021-2022学年`) or a
 * {@link SchoolYear}; `null` when it cannot be read.
 */
export function autumnYearOf(value: unknown): number | null {
  if (SchoolYear.isInstance(value)) return value.startYear;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1900 && value <= 2999 ? value : null;
  if (typeof value !== 'string') return null;
  try {
    return parseSchoolYear(value).startYear;
  } catch {
    return null;
  }
}
