/**
 * How many times a pupil of the reconstructed cohort may repeat one grade: `'unlimited'` (the
 * closed form, the default) or a whole number from 0 to 1000. With a cap of k, a pupil spends
 * at most k + 1 years in a grade; the pupils who would repeat it a (k+1)-th time leave the
 * cohort, counted among that grade's dropouts (and in its `cappedOut`).
 */
export type MaxRepetitions = number | 'unlimited';
