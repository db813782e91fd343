import { describeValue } from '../_lib/describe-value';
import type { ErrorPathSegment } from '../errors/edukpi-error';
import { InvalidInputError } from '../errors/invalid-input-error';
import { SchoolYear, type SchoolYearOptions } from './school-year';

/** Options of {@link parseSchoolYear}: the conventions of the result, and where the text sits. */
export interface ParseSchoolYearOptions extends SchoolYearOptions {
  /** The path put on an error, e.g. `['rows', 3, 'schoolYear']` when reading a table. Default `[]`. */
  readonly path?: readonly ErrorPathSegment[];
}

// After NFKC (full-width digits, ／ and － become ASCII), every dash-like character is a hyphen.
const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;
const pattern = /^(\d{4})(?:\s*([-/])\s*(\d{4}|\d{2}))?\s*(?:学年度?|學年度?|school\s+year)?$/i;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const acceptedZh =
  '2021-2022学年、2021—2022学年、2021-2022、2021/2022、2021/22、2021-22、2021学年、2021(全角数字、「學年」「学年度」和 "2021/22 school year" 也可以)';
const acceptedEn =
  '2021-2022学年, 2021—2022学年, 2021-2022, 2021/2022, 2021/22, 2021-22, 2021学年, 2021 (also with full-width digits, 學年 or 学年度, and "2021/22 school year")';

function fail(path: readonly ErrorPathSegment[], received: string, reasonZh: string, reasonEn: string): never {
  throw new InvalidInputError({
    issues: [
      {
        path,
        messageZh: `无法识别学年 ${received}${reasonZh}。可接受的写法:${acceptedZh}`,
        messageEn: `cannot read ${received} as a school year${reasonEn}. Accepted forms: ${acceptedEn}.`,
      },
    ],
  });
}

/**
 * Reads a school year written the ways Chinese statistics and reports write it, labelled by the
 * autumn year: `2021-2022学年`, `2021—2022学年` (em dash; any dash works), `2021-2022`,
 * `2021/2022`, `2021/22`, `2021-22`, `2021学年` and `2021`. Full-width digits and separators
 * (`２０２１／２２`), Traditional `學年`, `学年度` / `學年度`, spaces around the separator and the
 * English `2021/22 school year` are accepted too; so is every {@link SchoolYear.format} output.
 * The end year, when given, must be the year after the start (`1999/00` is fine).
 *
 * @param text - The label.
 * @param options - Conventions for the result ({@link SchoolYearOptions}) and the error `path`.
 * @returns The school year.
 * @throws {InvalidInputError} when `text` is not a string in an accepted form, or its end year is
 *   not the year after its start; the message names what was received and lists the accepted
 *   forms, in Chinese and English.
 * @throws {InvalidOptionError} when a convention option is malformed.
 *
 * @example
 * ```ts
 * parseSchoolYear('2021-2022学年').startYear; // 2021
 * parseSchoolYear('２０２１／２２').toString(); // '2021-2022学年'
 * parseSchoolYear('2021-2023');
 * // throws InvalidInputError: 无法识别学年 "2021-2023":结束年份应为起始年份的下一年(2022)…
 * ```
 */
export function parseSchoolYear(text: string, options?: ParseSchoolYearOptions): SchoolYear {
  const path = options?.path ?? [];
  if (typeof text !== 'string') {
    const received = describeValue(text);
    throw new InvalidInputError({
      issues: [
        {
          path,
          messageZh: `学年应为文字(如 2021-2022学年),收到 ${received}`,
          messageEn: `a school year must be given as text, e.g. 2021-2022学年 (got ${received}).`,
        },
      ],
    });
  }
  const received = describeValue(text);
  const normalized = text.normalize('NFKC').replace(dashes, '-').trim();
  const match = pattern.exec(normalized);
  if (match === null) {
    if (normalized === '') fail(path, received, ':内容为空', ': it is empty');
    if (isoDate.test(normalized)) {
      fail(
        path,
        received,
        ':这是一个日期;要求包含某日期的学年,请用 schoolYearOf',
        ': it is a date; for the school year containing a date use schoolYearOf',
      );
    }
    fail(path, received, '', '');
  }
  const startYear = Number(match[1]);
  const endText = match[3];
  if (endText !== undefined) {
    const expected = startYear + 1;
    const matches = endText.length === 4 ? Number(endText) === expected : Number(endText) === expected % 100;
    if (!matches) {
      const expectedText = endText.length === 4 ? String(expected) : String(expected % 100).padStart(2, '0');
      fail(
        path,
        received,
        `:结束年份应为起始年份的下一年(${expectedText}),收到 ${endText}`,
        `: the end year must be the year after the start year (${expectedText}), not ${endText}`,
      );
    }
  }
  if (startYear < 1000 || startYear > 9998) {
    fail(path, received, ':起始年份应在 1000 到 9998 之间', ': the start year must be from 1000 to 9998');
  }
  return SchoolYear.of(
    startYear,
    options === undefined
      ? undefined
      : { springTermStart: options.springTermStart, referenceDate: options.referenceDate },
  );
}
