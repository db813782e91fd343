import type { GradeLabel } from '../grade-label';

/** How a grade is named in a message: `grade 3 (grades[2])` / `年级 3(grades[2])`. */
export function gradeText(index: number, grade: GradeLabel): { zh: string; en: string } {
  return { zh: `年级 ${grade}(grades[${index}])`, en: `grade ${grade} (grades[${index}])` };
}
