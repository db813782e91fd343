import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import {
  BASIC_BALANCE_2012_DOCUMENT,
  BASIC_BALANCE_2012_NOTE,
  joinNotes,
  SPLIT_SCHOOL_NOTE,
  studentsTerm,
} from './_lib/resource-standards';

/**
 * 生均图书册数 — library books per student, in volumes (册), 2 decimals; one of the eight 2012
 * 基本均衡 indicators, with no national per-school standard (provinces set their own).
 *
 * Formula: books (volumes) ÷ students. The books are an `amount`, not a count: a mixed school's
 * share after splitting by weighted students can be fractional.
 *
 * @param input - `books` and `students`.
 * @returns The value, with no value when the school has no students.
 * @throws {InvalidInputError} when the books are negative or not a number, or `students` is not a
 *   whole number ≥ 0.
 *
 * @example
 * ```ts
 * computeIndicator('books_per_student', { books: 36000, students: 1200 }).formattedValue; // '30.00'
 * ```
 */
export const booksPerStudent = defineRatioIndicator({
  id: 'books_per_student',
  version: '1.0.0',
  labels: { 'zh-CN': '生均图书册数', 'zh-TW': '生均圖書冊數', en: 'Library books per student' },
  description: { zh: '图书册数 ÷ 在校生数', en: 'library books (volumes) per student' },
  unit: 'volumes',
  decimals: 2,
  numerator: {
    name: 'books',
    kind: 'amount',
    labels: { 'zh-CN': '图书册数', 'zh-TW': '圖書冊數', en: 'library books (volumes)' },
  },
  denominator: studentsTerm,
  partOfWhole: false,
  formula: { zh: '图书册数 ÷ 在校生数', en: 'books ÷ students' },
  source: { document: BASIC_BALANCE_2012_DOCUMENT, note: joinNotes(BASIC_BALANCE_2012_NOTE, SPLIT_SCHOOL_NOTE) },
  example: { input: { books: 36000, students: 1200 }, value: '30.00' },
});
