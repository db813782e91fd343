import { z } from 'zod';
import type { GradeLabel } from '../grade-label';

/** A grade label: a whole number or a non-empty string. */
export const gradeLabelSchema = z.custom<GradeLabel>(
  (value) => (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && value !== ''),
  { params: { edukpi: 'grade_label' } },
);
