import {
  basicBalance2012,
  evaluateRegime,
  preschoolUniversal2020,
  qualityBalance2017,
  type RegimeEvaluation,
  type SchoolRecord,
  type StageFigures,
} from '@edukpi/standards';

/** Class sizes as even as `students` allows over `classes` classes. */
const classSizesOf = (students: number, classes: number): number[] =>
  Array.from({ length: classes }, (_, index) => Math.floor(students / classes) + (index < students % classes ? 1 : 0));

const primary = (students: number, overrides: Partial<StageFigures> = {}): StageFigures => ({
  students,
  classes: Math.ceil(students / 42),
  classSizes: classSizesOf(students, Math.ceil(students / 42)),
  teachers: Math.round(students / 16),
  qualifiedTeachers: Math.ceil(students * 0.046),
  keyTeachers: Math.ceil(students * 0.012),
  peTeachers: Math.ceil(students * 0.006),
  musicTeachers: Math.ceil(students * 0.003),
  artTeachers: Math.ceil(students * 0.002),
  intermediateOrAboveTitleTeachers: Math.round(students * 0.03),
  ...overrides,
});

const junior = (students: number, overrides: Partial<StageFigures> = {}): StageFigures => ({
  students,
  classes: Math.ceil(students / 48),
  classSizes: classSizesOf(students, Math.ceil(students / 48)),
  teachers: Math.round(students / 12),
  qualifiedTeachers: Math.ceil(students * 0.058),
  keyTeachers: Math.ceil(students * 0.012),
  peTeachers: Math.ceil(students * 0.006),
  musicTeachers: Math.ceil(students * 0.002),
  artTeachers: Math.ceil(students * 0.002),
  intermediateOrAboveTitleTeachers: Math.round(students * 0.04),
  ...overrides,
});

/**
 * 样例县 (fictional), eight schools in two townships: two primary schools at standard, a rural
 * primary school short of teachers, sports ground and equipment (it fails the 2017 school rule), a
 * junior school with classes above the cap of 50, a nine-year school and a complete secondary school (split into stages; its senior stage
 * is left out), a teaching point of 32 pupils and a special-education school (both out of scope).
 */
export const sampleSchools: readonly SchoolRecord[] = [
  {
    id: 'CG-01',
    name: '样例县实验小学',
    township: '城关镇',
    area: 'urban',
    type: 'primary',
    ownership: 'public',
    primary: primary(1860),
    teachingArea: 9_300,
    sportsArea: 15_810,
    equipmentValueWan: '520.8',
    computers: 260,
    books: 55_800,
    multimediaClassrooms: 48,
    musicRooms: 4,
    musicRoomArea: 110,
    artRooms: 4,
    artRoomArea: 96,
  },
  {
    id: 'CG-02',
    name: '城关镇第二小学',
    township: '城关镇',
    area: 'urban',
    type: 'primary',
    ownership: 'public',
    primary: primary(1420),
    teachingArea: 6_816,
    sportsArea: 11_005,
    equipmentValue: 3_124_000,
    computers: 190,
    books: 39_760,
    multimediaClassrooms: 35,
    musicRooms: 3,
    musicRoomArea: 100,
    artRooms: 3,
    artRoomArea: 92,
  },
  {
    id: 'XS-01',
    name: '西山乡中心小学',
    township: '西山乡',
    area: 'rural',
    type: 'primary',
    ownership: 'public',
    primary: primary(386, { keyTeachers: 3, qualifiedTeachers: 15 }),
    teachingArea: 1_853,
    sportsArea: 2_200,
    equipmentValue: 610_000,
    computers: 40,
    books: 11_580,
    multimediaClassrooms: 9,
    musicRooms: 1,
    musicRoomArea: 88,
    artRooms: 1,
    artRoomArea: 90,
  },
  {
    id: 'CG-03',
    name: '样例县第一初级中学',
    township: '城关镇',
    area: 'urban',
    type: 'junior',
    ownership: 'public',
    // 32 classes of 52 or 53: every class above the junior cap of 50
    junior: junior(1680, { classes: 32, classSizes: classSizesOf(1680, 32) }),
    teachingArea: 10_080,
    sportsArea: 18_480,
    equipmentValueWan: '470.4',
    computers: 300,
    books: 67_200,
    multimediaClassrooms: 42,
    musicRooms: 3,
    musicRoomArea: 100,
    artRooms: 3,
    artRoomArea: 95,
  },
  {
    id: 'XS-02',
    name: '西山乡九年一贯制学校',
    township: '西山乡',
    area: 'rural',
    type: 'nine_year',
    ownership: 'public',
    primary: primary(520),
    junior: junior(310),
    teachingArea: 4_400,
    sportsArea: 7_900,
    equipmentValueWan: '176',
    computers: 110,
    books: 26_000,
    multimediaClassrooms: 21,
    musicRooms: 2,
    musicRoomArea: 96,
    artRooms: 2,
    artRoomArea: 90,
  },
  {
    id: 'CG-04',
    name: '样例县第二中学',
    township: '城关镇',
    area: 'urban',
    type: 'complete_secondary',
    ownership: 'public',
    junior: junior(960),
    senior: junior(1120),
    teachingArea: 12_800,
    sportsArea: 21_000,
    equipmentValueWan: '580',
    computers: 420,
    books: 90_000,
    multimediaClassrooms: 52,
    musicRooms: 3,
    musicRoomArea: 98,
    artRooms: 3,
    artRoomArea: 92,
  },
  {
    id: 'XS-03',
    name: '西山乡后沟教学点',
    township: '西山乡',
    area: 'rural',
    type: 'teaching_point',
    ownership: 'public',
    primary: primary(32),
    teachingArea: 160,
    sportsArea: 300,
    equipmentValue: 40_000,
    computers: 4,
    books: 900,
    multimediaClassrooms: 2,
  },
  {
    id: 'CG-05',
    name: '样例县特殊教育学校',
    township: '城关镇',
    area: 'urban',
    type: 'special_education',
    ownership: 'public',
    teachingArea: 2_400,
    sportsArea: 1_800,
    equipmentValue: 900_000,
    computers: 60,
    books: 8_000,
    multimediaClassrooms: 8,
  },
];

/** The county's inputs for the 2017 items: some supplied (one failing, one a veto item), the rest left out. */
export const sampleItems2017: Readonly<Record<string, unknown>> = {
  layout_planned: { met: true, note: '《样例县中小学布局规划(2021—2035)》' },
  teacher_rotation: { rotated: 58, eligible: 720 },
  key_teacher_rotation: { keyRotated: 10, rotated: 58, eligible: 720 },
  teacher_certification: { certified: 1096, teachers: 1096 },
  junior_consolidation: { graduates: 1002, entrants: 1030 },
  social_recognition: { satisfied: 1712, validResponses: 1960 },
  no_admission_by_examination: { met: true },
};

/** The three evaluations of 样例县: 2017 and 2012 with the school table, 2020 preschool with items only. */
export function sampleEvaluations(): {
  quality2017: RegimeEvaluation;
  basic2012: RegimeEvaluation;
  preschool2020: RegimeEvaluation;
} {
  return {
    quality2017: evaluateRegime(qualityBalance2017, { schools: sampleSchools, items: sampleItems2017 }),
    basic2012: evaluateRegime(basicBalance2012, { schools: sampleSchools }),
    preschool2020: evaluateRegime(preschoolUniversal2020, { schools: [] }),
  };
}
