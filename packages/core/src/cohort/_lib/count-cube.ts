import { studentFlags, studentStatuses } from '../student-status';
import type { StudentTable } from '../student-table';

const STATUS_COUNT = studentStatuses.length;
const FLAG_COUNT = studentFlags.length;
if (FLAG_COUNT !== 5) throw new Error('countCube unrolls exactly five flags');
const GRADES = 12;

/**
 * Every count the cohort indicators need, from one pass over a table: records by group, school
 * year, grade and status, and flagged records by the same cells and flag. Integers only.
 */
export interface CountCube {
  readonly groupCount: number;
  readonly firstYear: number;
  readonly yearCount: number;
  /** The school years that have at least one record. */
  readonly years: ReadonlySet<number>;
  readonly statusCounts: Uint32Array;
  readonly flagCounts: Uint32Array;
}

/** Counts a table in one pass: no object, no decimal per record. */
export function countCube(table: StudentTable): CountCube {
  const groupCount = Math.max(table.groups.length, 1);
  const years = table.schoolYears;
  const firstYear = years[0] ?? 0;
  const yearCount = years.length === 0 ? 0 : (years[years.length - 1] as number) - firstYear + 1;
  const { schoolYear, grade, status, flags, group, length } = table;
  const cells = groupCount * yearCount * GRADES * STATUS_COUNT;
  // 32-bit counters: a cell is one group, year, grade and status, far below 2^32 records.
  const statusCounts = new Uint32Array(cells);
  const flagCounts = new Uint32Array(cells * FLAG_COUNT);
  const rowStride = GRADES * STATUS_COUNT;
  for (let index = 0; index < length; index++) {
    const cell =
      ((group[index] as number) * yearCount + (schoolYear[index] as number) - firstYear) * rowStride +
      ((grade[index] as number) - 1) * STATUS_COUNT +
      (status[index] as number);
    statusCounts[cell] = (statusCounts[cell] as number) + 1;
    const flagBits = flags[index] as number;
    if (flagBits !== 0) {
      // Unrolled over the five flags of studentFlags.
      const base = cell * FLAG_COUNT;
      if (flagBits & 1) flagCounts[base] = (flagCounts[base] as number) + 1;
      if (flagBits & 2) flagCounts[base + 1] = (flagCounts[base + 1] as number) + 1;
      if (flagBits & 4) flagCounts[base + 2] = (flagCounts[base + 2] as number) + 1;
      if (flagBits & 8) flagCounts[base + 3] = (flagCounts[base + 3] as number) + 1;
      if (flagBits & 16) flagCounts[base + 4] = (flagCounts[base + 4] as number) + 1;
    }
  }
  return { groupCount, firstYear, yearCount, years: new Set(years), statusCounts, flagCounts };
}

/** Reads a cube: records of a group (or every group, with `null`), year, grade and set of statuses. */
export function cubeReader(cube: CountCube) {
  const statusIndex = new Map(studentStatuses.map((name, code) => [name, code]));
  const flagIndex = new Map(studentFlags.map((name, bit) => [name, bit]));
  const groupsOf = (group: number | null) =>
    group === null ? Array.from({ length: cube.groupCount }, (_, index) => index) : [group];
  const cellOf = (group: number, year: number, grade: number) =>
    ((group * cube.yearCount + (year - cube.firstYear)) * GRADES + grade - 1) * STATUS_COUNT;
  const inData = (year: number, grade: number) =>
    cube.years.has(year) && Number.isInteger(grade) && grade >= 1 && grade <= GRADES;
  return {
    /** Records with one of `statuses`. */
    count(group: number | null, year: number, grade: number, statuses: readonly (typeof studentStatuses)[number][]) {
      if (!inData(year, grade)) return 0;
      let total = 0;
      for (const member of groupsOf(group)) {
        const cell = cellOf(member, year, grade);
        for (const name of statuses) total += cube.statusCounts[cell + (statusIndex.get(name) ?? 0)] as number;
      }
      return total;
    },
    /** Records with one of `statuses` that carry `flag`. */
    countFlag(
      group: number | null,
      year: number,
      grade: number,
      statuses: readonly (typeof studentStatuses)[number][],
      flag: (typeof studentFlags)[number],
    ) {
      if (!inData(year, grade)) return 0;
      const bit = flagIndex.get(flag) ?? 0;
      let total = 0;
      for (const member of groupsOf(group)) {
        const cell = cellOf(member, year, grade);
        for (const name of statuses) {
          total += cube.flagCounts[(cell + (statusIndex.get(name) ?? 0)) * FLAG_COUNT + bit] as number;
        }
      }
      return total;
    },
  };
}
