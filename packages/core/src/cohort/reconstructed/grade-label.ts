/**
 * The name of a grade as the caller gives it: a number (`1` … `6`) or a label (`'初一'`,
 * `'Grade 7'`). Results echo it; when a grade has none, it is named by its position, from 1.
 */
export type GradeLabel = number | string;
