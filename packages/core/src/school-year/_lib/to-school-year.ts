import { describeValue } from '../../_lib/describe-value';
import type { ErrorPathSegment } from '../../errors/edukpi-error';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { parseSchoolYear } from '../parse-school-year';
import { checkStartYear, SchoolYear } from '../school-year';

/**
 * A school year as the functions that take one accept it: a {@link SchoolYear}, its autumn year
 * (`2021`), or a label {@link parseSchoolYear} reads (`'2021-2022学年'`, `'2021/22'`…).
 */
export type SchoolYearInput = SchoolYear | number | string;

/**
 * @internal Turns a {@link SchoolYearInput} into a {@link SchoolYear}. A school year from another
 * copy of core is rebuilt with its conventions; numbers and labels get the default conventions.
 *
 * @throws {InvalidInputError} with `path` when the input is not a school year.
 */
export function toSchoolYear(input: unknown, path: readonly ErrorPathSegment[]): SchoolYear {
  if (input instanceof SchoolYear) return input;
  if (SchoolYear.isInstance(input)) return SchoolYear.of(input.startYear, input.options);
  if (typeof input === 'number') return SchoolYear.of(checkStartYear(input, path));
  if (typeof input === 'string') return parseSchoolYear(input, { path });
  const received = describeValue(input);
  throw new InvalidInputError({
    issues: [
      {
        path,
        messageZh: `学年应为 SchoolYear、起始年份(如 2021)或学年文字(如 2021-2022学年),收到 ${received}`,
        messageEn: `a school year must be a SchoolYear, an autumn year such as 2021, or a label such as 2021-2022学年 (got ${received}).`,
      },
    ],
  });
}
