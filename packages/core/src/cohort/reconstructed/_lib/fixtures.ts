import type { FlowRatesByGradeInput } from '../flow-rates-by-grade';

// Three grades, years t and t+1:
//   grade 1: 1000 pupils in t; in t+1 1020 pupils, 200 of them repeating  → r = 200/1000 = 0.2
//   grade 2:  800 pupils in t; in t+1  800 pupils,  80 of them repeating  → r =  80/800  = 0.1
//   grade 3:  800 pupils in t; in t+1  724 pupils,  40 of them repeating  → r =  40/800  = 0.05
//   graduates of grade 3 at the end of t: 608
// Promoted out of grade 1 = grade 2's pupils in t+1 who are not repeating = 800 − 80 = 720 → p = 0.72
// Promoted out of grade 2 = 724 − 40 = 684 → p = 684/800 = 0.855
// Graduation rate of grade 3 = 608/800 = 0.76
// Dropouts: 1000 − 720 − 200 = 80 (d = 0.08); 800 − 684 − 80 = 36 (d = 0.045); 800 − 608 − 40 = 152 (d = 0.19)
export const threeGrades: FlowRatesByGradeInput = {
  grades: [
    { grade: 1, enrolment: 1000, nextYearEnrolment: 1020, nextYearRepeaters: 200 },
    { grade: 2, enrolment: 800, nextYearEnrolment: 800, nextYearRepeaters: 80 },
    { grade: 3, enrolment: 800, nextYearEnrolment: 724, nextYearRepeaters: 40 },
  ],
  graduates: 608,
};

/** A county's six primary grades in autumn 2022 (t) and 2023 (t+1): 20% repeat in every grade. */
export const countyPrimary: FlowRatesByGradeInput = {
  grades: [
    { grade: 1, enrolment: 2000, nextYearEnrolment: 2000, nextYearRepeaters: 400 },
    { grade: 2, enrolment: 1900, nextYearEnrolment: 1900, nextYearRepeaters: 380 },
    { grade: 3, enrolment: 1800, nextYearEnrolment: 1804, nextYearRepeaters: 360 },
    { grade: 4, enrolment: 1700, nextYearEnrolment: 1708, nextYearRepeaters: 340 },
    { grade: 5, enrolment: 1600, nextYearEnrolment: 1612, nextYearRepeaters: 320 },
    { grade: 6, enrolment: 1500, nextYearEnrolment: 1516, nextYearRepeaters: 300 },
  ],
  graduates: 1080,
};
