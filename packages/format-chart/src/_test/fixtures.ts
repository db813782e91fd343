import { computeIndicator } from '@edukpi/core';
import { evaluateRegime, qualityBalance2017, type RegimeEvaluation, type SchoolRecord } from '@edukpi/standards';

const primary = {
  students: 1000,
  classes: 24,
  teachers: 60,
  qualifiedTeachers: 42,
  keyTeachers: 10,
  peTeachers: 4,
  musicTeachers: 3,
  artTeachers: 2,
  intermediateOrAboveTitleTeachers: 30,
};

const junior = {
  students: 1000,
  classes: 20,
  teachers: 80,
  qualifiedTeachers: 53,
  keyTeachers: 10,
  peTeachers: 4,
  musicTeachers: 3,
  artTeachers: 2,
  intermediateOrAboveTitleTeachers: 40,
};

function primarySchool(id: string, name: string, overrides: Partial<SchoolRecord> = {}): SchoolRecord {
  return {
    id,
    name,
    township: '城关镇',
    area: 'urban',
    type: 'primary',
    ownership: 'public',
    primary,
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
  };
}

/**
 * Five primary schools and two junior schools under 优质均衡 2017, every primary one of 1000
 * students at the standard except:
 *
 * - P-02 河西小学: equipment 1700 元 a student, exactly 85% of 2000: below the standard, at the floor
 *   (passes, 6 of 7);
 * - P-03 东山小学: equipment 1000 元 (50%) and 20 multimedia classrooms (2.0 of 2.3): fails, 5 of 7;
 * - P-04 南岭小学: 30 qualified teachers (3.0 of 4.2, 71%): fails, 6 of 7 with the seventh below 85%;
 * - P-05 北岭小学: 50 qualified teachers, 5.0 (above).
 *
 * The junior schools: J-01 城关中学 at every junior standard; J-02 河西中学 with 8000 m² of sports
 * space (8.0 of 10.2, 78%).
 */
export const fixtureSchools: readonly SchoolRecord[] = [
  primarySchool('P-01', '城关小学'),
  primarySchool('P-02', '河西小学', { township: '河西乡', equipmentValue: 1_700_000 }),
  primarySchool('P-03', '东山小学', { township: '东山乡', equipmentValue: 1_000_000, multimediaClassrooms: 20 }),
  primarySchool('P-04', '南岭小学', { township: '南岭乡', primary: { ...primary, qualifiedTeachers: 30 } }),
  primarySchool('P-05', '北岭小学', { township: '北岭乡', primary: { ...primary, qualifiedTeachers: 50 } }),
  {
    ...primarySchool('J-01', '城关中学'),
    type: 'junior',
    primary: undefined,
    junior,
    teachingArea: 5800,
    sportsArea: 10200,
    equipmentValue: 2_500_000,
    multimediaClassrooms: 24,
  },
  {
    ...primarySchool('J-02', '河西中学', { township: '河西乡' }),
    type: 'junior',
    primary: undefined,
    junior,
    teachingArea: 5800,
    sportsArea: 8000,
    equipmentValue: 2_500_000,
    multimediaClassrooms: 24,
  },
];

/** The evaluation of {@link fixtureSchools} under 优质均衡 2017. */
export function fixtureEvaluation(): RegimeEvaluation {
  return evaluateRegime(qualityBalance2017, { schools: fixtureSchools });
}

/** Teacher rotation of three townships: 12% and 8% against the 2017 threshold of 10%, and one with no eligible teachers. */
export function townshipRotation() {
  return [
    { label: '城关镇', result: computeIndicator('teacher_rotation_rate', { rotated: 12, eligible: 100 }) },
    { label: '河西乡', result: computeIndicator('teacher_rotation_rate', { rotated: 8, eligible: 100 }) },
    { label: '东山乡', result: computeIndicator('teacher_rotation_rate', { rotated: 0, eligible: 0 }) },
  ];
}
