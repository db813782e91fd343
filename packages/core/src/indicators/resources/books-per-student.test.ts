import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { booksPerStudent } from './books-per-student';

describe('books_per_student', () => {
  it('36 000 volumes for 1200 students is 30.00 volumes each, with no national standard', () => {
    const result = computeWithDefinition(booksPerStudent, { books: 36000, students: 1200 });
    expect(result.formattedValue).toBe('30.00');
    expect(result.unit).toBe('volumes');
    expect(result.thresholds).toEqual([]);
  });

  it('rounds half up at the last step only', () => {
    // 32 505 ÷ 1000 = 32.505 → 32.51
    expect(computeWithDefinition(booksPerStudent, { books: 32505, students: 1000 }).formattedValue).toBe('32.51');
  });

  describe('edge cases', () => {
    it('no students: no value', () => {
      expect(computeWithDefinition(booksPerStudent, { books: 100, students: 0 }).reason).toBe('zero_denominator');
    });

    it('a negative number of books is an error', () => {
      expect(() => computeWithDefinition(booksPerStudent, { books: -1, students: 10 })).toThrow(/books/);
    });
  });
});
