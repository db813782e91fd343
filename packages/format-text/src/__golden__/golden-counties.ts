import type { CountyEvaluationInput, SchoolRecord, StageFigures } from '@edukpi/standards';

// The golden evaluations run on one small, realistic county: three primary schools (one short of
// teachers and equipment), a junior secondary school, a teaching point under 50 students and a
// special-education school (both left out of the resource comparison), and the county-level
// figures of some items. Change them and the golden files must be regenerated (`npm run golden`).

const primaryFigures = (overrides: Partial<StageFigures> = {}): StageFigures => ({
  students: 1000,
  classes: 24,
  teachers: 60,
  qualifiedTeachers: 42,
  keyTeachers: 10,
  peTeachers: 4,
  musicTeachers: 3,
  artTeachers: 2,
  intermediateOrAboveTitleTeachers: 30,
  classSizes: Array.from({ length: 24 }, () => 42),
  ...overrides,
});

const school = (overrides: Partial<SchoolRecord> & Pick<SchoolRecord, 'id' | 'name'>): SchoolRecord => ({
  township: '城关镇',
  area: 'urban',
  type: 'primary',
  ownership: 'public',
  primary: primaryFigures(),
  teachingArea: 4500,
  sportsArea: 7500,
  equipmentValue: 2_000_000,
  computers: 120,
  books: 30000,
  multimediaClassrooms: 23,
  musicRooms: 2,
  musicRoomArea: 100,
  artRooms: 2,
  artRoomArea: 95,
  ...overrides,
});

/** The schools of the golden county. */
export const goldenSchools: readonly SchoolRecord[] = [
  school({ id: 'P-01', name: '城关小学' }),
  // Short of 3 qualified teachers (39 for 4.2 per 100) and of equipment (1600 元 a student, below 85% of 2000).
  school({
    id: 'P-02',
    name: '城镇二小',
    primary: primaryFigures({ qualifiedTeachers: 39, classSizes: [...Array.from({ length: 23 }, () => 42), 48] }),
    equipmentValue: 1_600_000,
    teachingArea: 4400,
  }),
  school({
    id: 'P-03',
    name: '西坪小学',
    township: '西坪乡',
    area: 'rural',
    primary: primaryFigures({ students: 600, classes: 12, qualifiedTeachers: 30, keyTeachers: 6, peTeachers: 3 }),
    teachingArea: 3300,
    sportsArea: 6000,
    equipmentValue: 1_500_000,
    computers: 80,
    books: 20000,
    multimediaClassrooms: 14,
    musicRooms: 1,
    artRooms: 1,
  }),
  school({
    id: 'J-01',
    name: '第一中学',
    type: 'junior',
    primary: undefined,
    junior: {
      students: 800,
      classes: 16,
      teachers: 70,
      qualifiedTeachers: 43,
      keyTeachers: 8,
      peTeachers: 3,
      musicTeachers: 2,
      artTeachers: 2,
      intermediateOrAboveTitleTeachers: 40,
      classSizes: Array.from({ length: 16 }, () => 50),
    },
    teachingArea: 4640,
    sportsArea: 8160,
    equipmentValue: 2_000_000,
    computers: 100,
    books: 28000,
    multimediaClassrooms: 20,
  }),
  school({
    id: 'T-01',
    name: '后沟村教学点',
    township: '西坪乡',
    area: 'rural',
    type: 'teaching_point',
    primary: primaryFigures({ students: 30, classes: 3, teachers: 3, qualifiedTeachers: 2, keyTeachers: 0 }),
    teachingArea: 150,
    sportsArea: 300,
    equipmentValue: 60_000,
    computers: 5,
    books: 900,
    multimediaClassrooms: 1,
  }),
  school({ id: 'S-01', name: '特殊教育学校', type: 'special_education', primary: undefined }),
];

/** The county-level inputs of the 2017 items (others are left out, so they read "not supplied"). */
export const golden2017: CountyEvaluationInput = {
  schools: goldenSchools,
  items: {
    layout_planned: { met: true, note: '已印发《中小学校布局专项规划(2021—2035年)》' },
    special_education_funding: { funding: 1_040_000, students: 200 },
    teacher_rotation: { rotated: 88, eligible: 1000 },
    key_teacher_rotation: { keyRotated: 12, rotated: 88 },
    junior_consolidation: { graduates: 1935, entrants: 2000 },
    disabled_children_enrolment: { enrolled: 1969, population: 2000 },
    training_budget: { training: 45_000, budget: 1_000_000 },
    quality_monitoring_difference: { value: 0.12 },
    social_recognition: { satisfied: 880, validResponses: 1000 },
    no_admission_by_examination: { met: true },
    no_illegal_school_choice: { met: false, note: '2022年有2所学校跨片区招生,已整改' },
  },
};

/** The same county under the 2012 regime (no per-school standards: the composite CV decides). */
export const golden2012: CountyEvaluationInput = {
  schools: goldenSchools,
  items: {
    government_work_score: { value: 88.5 },
    public_satisfaction: { satisfied: 80, validResponses: 100 },
  },
};

/** A county under the 2020 preschool regime, with 东胜区's 普惠率 and 公办园占比 and 武安's 毛入园率. */
export const golden2020: CountyEvaluationInput = {
  schools: [],
  items: {
    gross_enrolment: { enrolled: 9205, population: 10000 },
    inclusive_coverage: { inclusiveChildren: 7872, children: 10000 },
    public_share: { publicChildren: 5717, children: 10000 },
    funding_standard: { met: false, note: '生均财政拨款标准尚在制定中' },
    outdoor_space: { outdoorArea: 38000, children: 10000 },
    children_per_teacher: { children: 1420, teachers: 100 },
    social_recognition: { satisfied: 9100, validResponses: 10000 },
  },
};
