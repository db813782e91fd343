import type { BilingualText } from '@edukpi/core';
import type { SchoolCheckId } from '../regimes/regime';
import type { SchoolRecord } from '../school/school-record';
import type { ItemStatus } from './evaluation';

/** What a check on the schools found. */
export interface SchoolCheckOutcome {
  readonly status: ItemStatus;
  readonly failingSchools: { readonly schoolId: string; readonly name: string; readonly reason: BilingualText }[];
  readonly shortfall: { readonly of: string; readonly amount: string; readonly description: BilingualText } | null;
}

const compulsoryStages = ['primary', 'junior'] as const;

/** 2017 item 3: one music and one art room per 12 classes, music room ≥ 96 m², art room ≥ 90 m². */
export const ROOM_RULES = { classesPerRoom: 12, musicRoomArea: 96, artRoomArea: 90 } as const;
/** 2017 item 4: enrolment caps. */
export const SCHOOL_SIZE_CAPS = { singleStage: 2000, throughSchool: 2500 } as const;
/** 2017 item 5: class-size caps. */
export const CLASS_SIZE_CAPS = { primary: 45, junior: 50 } as const;

function compulsoryClasses(school: SchoolRecord): number {
  return compulsoryStages.reduce((total, stage) => total + (school[stage]?.classes ?? 0), 0);
}

function compulsoryStudents(school: SchoolRecord): number {
  return compulsoryStages.reduce((total, stage) => total + (school[stage]?.students ?? 0), 0);
}

/**
 * Runs one of the checks a regime makes on the school data itself. A school without the data a
 * check needs (no room counts, no class sizes) makes the item `not_supplied` unless another
 * school already fails it.
 */
export function checkSchools(check: SchoolCheckId, schools: readonly SchoolRecord[]): SchoolCheckOutcome {
  const failingSchools: SchoolCheckOutcome['failingSchools'] = [];
  let missingData = false;
  let roomsShort = 0;
  let oversizedClasses = 0;
  for (const school of schools) {
    const fails = (zh: string, en: string) =>
      failingSchools.push({ schoolId: school.id, name: school.name, reason: { zh, en } });
    if (check === 'music_art_rooms') {
      const classes = compulsoryClasses(school);
      if (classes === 0) continue;
      if (school.musicRooms === undefined || school.artRooms === undefined) {
        missingData = true;
        continue;
      }
      const required = Math.max(1, Math.ceil(classes / ROOM_RULES.classesPerRoom));
      const problems: string[][] = [];
      if (school.musicRooms < required)
        problems.push([
          `音乐教室 ${school.musicRooms} 间,应 ${required} 间`,
          `${school.musicRooms} music rooms, ${required} needed`,
        ]);
      if (school.artRooms < required)
        problems.push([
          `美术教室 ${school.artRooms} 间,应 ${required} 间`,
          `${school.artRooms} art rooms, ${required} needed`,
        ]);
      roomsShort += Math.max(0, required - school.musicRooms) + Math.max(0, required - school.artRooms);
      const musicArea = school.musicRoomArea === undefined ? null : Number(school.musicRoomArea);
      const artArea = school.artRoomArea === undefined ? null : Number(school.artRoomArea);
      if (musicArea !== null && musicArea < ROOM_RULES.musicRoomArea)
        problems.push([`音乐教室面积 ${musicArea} m² < 96 m²`, `music room ${musicArea} m² < 96 m²`]);
      if (artArea !== null && artArea < ROOM_RULES.artRoomArea)
        problems.push([`美术教室面积 ${artArea} m² < 90 m²`, `art room ${artArea} m² < 90 m²`]);
      if (musicArea === null || artArea === null) missingData = true;
      if (problems.length > 0)
        fails(problems.map((problem) => problem[0]).join(';'), problems.map((problem) => problem[1]).join('; '));
    } else if (check === 'school_size') {
      const students = compulsoryStudents(school);
      const through = school.type === 'nine_year' || school.type === 'twelve_year';
      const cap = through ? SCHOOL_SIZE_CAPS.throughSchool : SCHOOL_SIZE_CAPS.singleStage;
      if (students > cap)
        fails(
          `义务教育阶段在校生 ${students} 人,超过 ${cap} 人`,
          `${students} compulsory-education students, above ${cap}`,
        );
    } else {
      for (const stage of compulsoryStages) {
        const figures = school[stage];
        if (figures === undefined || figures.classes === 0) continue;
        if (figures.classSizes === undefined) {
          missingData = true;
          continue;
        }
        const cap = CLASS_SIZE_CAPS[stage];
        const over = figures.classSizes.filter((size) => size > cap);
        oversizedClasses += over.length;
        if (over.length > 0) {
          fails(
            `${stage === 'primary' ? '小学' : '初中'}有 ${over.length} 个班超过 ${cap} 人(最大 ${Math.max(...over)} 人)`,
            `${over.length} ${stage} ${over.length === 1 ? 'class' : 'classes'} above ${cap} (largest ${Math.max(...over)})`,
          );
        }
      }
    }
  }
  const status = failingSchools.length > 0 ? 'failed' : missingData ? 'not_supplied' : 'passed';
  const shortfall =
    check === 'music_art_rooms' && roomsShort > 0
      ? {
          of: 'rooms',
          amount: String(roomsShort),
          description: {
            zh: `还需音乐、美术专用教室 ${roomsShort} 间`,
            en: `${roomsShort} more music and art rooms needed`,
          },
        }
      : check === 'class_size' && oversizedClasses > 0
        ? {
            of: 'classes',
            amount: String(oversizedClasses),
            description: {
              zh: `${oversizedClasses} 个班超过班额上限`,
              en: `${oversizedClasses} classes above the cap`,
            },
          }
        : check === 'school_size' && failingSchools.length > 0
          ? {
              of: 'schools',
              amount: String(failingSchools.length),
              description: {
                zh: `${failingSchools.length} 所学校规模超标`,
                en: `${failingSchools.length} schools above the size cap`,
              },
            }
          : null;
  return { status, failingSchools, shortfall };
}
