import { booksPerStudent } from './books-per-student';
import { computersPer100Students } from './computers-per-100-students';
import { equipmentValuePerStudent } from './equipment-value-per-student';
import { keyTeachersPer100Students } from './key-teachers-per-100-students';
import { multimediaClassroomsPer100Students } from './multimedia-classrooms-per-100-students';
import { peArtsTeachersPer100Students } from './pe-arts-teachers-per-100-students';
import { qualifiedTeachersPer100Students } from './qualified-teachers-per-100-students';
import { qualifiedTeachersPerStudent } from './qualified-teachers-per-student';
import { seniorTitleTeachersPerStudent } from './senior-title-teachers-per-student';
import { sportsSpacePerStudent } from './sports-space-per-student';
import { teacherStudentRatio } from './teacher-student-ratio';
import { teachingSpacePerStudent } from './teaching-space-per-student';

/**
 * The per-school resource indicators (the inputs of the balance evaluations), by id, for the
 * catalogue to spread in: the seven of the 2017 优质均衡 regime first, then the rest of the 2012 set.
 *
 * @example
 * ```ts
 * resourceIndicators.equipment_value_per_student.thresholds?.map((threshold) => threshold.value); // ['2000', '2500']
 * ```
 */
export const resourceIndicators = {
  qualified_teachers_per_100_students: qualifiedTeachersPer100Students,
  key_teachers_per_100_students: keyTeachersPer100Students,
  pe_arts_teachers_per_100_students: peArtsTeachersPer100Students,
  teaching_space_per_student: teachingSpacePerStudent,
  sports_space_per_student: sportsSpacePerStudent,
  equipment_value_per_student: equipmentValuePerStudent,
  multimedia_classrooms_per_100_students: multimediaClassroomsPer100Students,
  computers_per_100_students: computersPer100Students,
  books_per_student: booksPerStudent,
  teacher_student_ratio: teacherStudentRatio,
  qualified_teachers_per_student: qualifiedTeachersPerStudent,
  senior_title_teachers_per_student: seniorTitleTeachersPerStudent,
} as const;
