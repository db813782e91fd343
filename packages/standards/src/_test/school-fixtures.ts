import type { SchoolRecord, StageFigures } from '../school/school-record';

/**
 * A primary school of 1000 students exactly at every 2017 primary standard:
 * qualified 4.2, key 1, PE/arts 0.9 per 100; 4.5 and 7.5 m², 2000 元 and 2.3 classrooms per student
 * (per 100 for classrooms).
 */
export const primaryFigures: StageFigures = {
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
};

export function primarySchool(overrides: Partial<SchoolRecord> = {}): SchoolRecord {
  return {
    id: 'P-01',
    name: '城关小学',
    township: '城关镇',
    area: 'urban',
    type: 'primary',
    ownership: 'public',
    primary: primaryFigures,
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
