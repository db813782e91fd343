import { convertMoney, Decimal } from '@edukpi/core';
import type { SchoolRecord, SchoolStageName, StageFigures } from '../school/school-record';
import { resourceNumbersOf } from './_lib/resource-numbers-of';
import { type SplitResource, type StageSchool, splitResources } from './stage-school';

/**
 * The weights of a student of each stage when a mixed school's resources are split, per
 * spec/balance.md: 九年一贯制 小学 : 初中 = 1 : 1.1; 完全中学 初中 : 高中 = 1 : 1.2;
 * 十二年一贯制 1 : 1.1 : 1.32.
 */
export const stageWeights: Readonly<Record<SchoolStageName, Decimal>> = {
  primary: new Decimal(1),
  junior: new Decimal('1.1'),
  senior: new Decimal('1.32'),
};

const completeSecondaryWeights: Readonly<Record<SchoolStageName, Decimal>> = {
  primary: new Decimal(0),
  junior: new Decimal(1),
  senior: new Decimal('1.2'),
};

/**
 * Each part but the last is its proportional share to 30 decimal places, and the last part is the
 * remainder; with totals below 10^30 every sum then stays within 64 significant digits, so the
 * parts add up to the total exactly.
 */
const PART_DECIMALS = 30;

/** A figure as a decimal: a number directly (its shortest form, as `String` gives), anything else through its text. */
const exact = (value: number | string | { toString(): string }): Decimal =>
  typeof value === 'number' ? new Decimal(value) : new Decimal(String(value));

function resourcesOf(school: SchoolRecord): Record<SplitResource, Decimal> {
  const equipment =
    school.equipmentValue === undefined
      ? convertMoney(school.equipmentValueWan ?? 0, 'wan_yuan')
      : exact(school.equipmentValue);
  return {
    teachingArea: exact(school.teachingArea),
    sportsArea: exact(school.sportsArea),
    equipmentValue: equipment,
    computers: exact(school.computers),
    books: exact(school.books),
    multimediaClassrooms: exact(school.multimediaClassrooms),
  };
}

function scaleNumbers(numbers: Record<SplitResource, number>, share: number): Record<SplitResource, number> {
  const scaled = {} as Record<SplitResource, number>;
  for (const resource of splitResources) scaled[resource] = numbers[resource] * share;
  return scaled;
}

function stageSchool(
  school: SchoolRecord,
  stage: SchoolStageName,
  figures: StageFigures,
  share: Decimal,
  stageResources: Record<SplitResource, Decimal>,
  stageNumbers: Record<SplitResource, number>,
  split: boolean,
): StageSchool {
  return {
    id: split ? `${school.id}#${stage}` : school.id,
    schoolId: school.id,
    name: school.name,
    stage,
    type: school.type,
    ownership: school.ownership,
    township: school.township,
    area: school.area,
    students: figures.students,
    classes: figures.classes,
    teachers: figures.teachers,
    qualifiedTeachers: figures.qualifiedTeachers,
    keyTeachers: figures.keyTeachers,
    peTeachers: figures.peTeachers,
    musicTeachers: figures.musicTeachers,
    artTeachers: figures.artTeachers,
    intermediateOrAboveTitleTeachers: figures.intermediateOrAboveTitleTeachers,
    certifiedTeachers: figures.certifiedTeachers,
    classSizes: figures.classSizes,
    resources: stageResources,
    resourceNumbers: stageNumbers,
    share,
    source: school,
  };
}

/**
 * Splits a school into the stage schools the balance evaluation compares. A 小学, 初中 or 教学点
 * stays whole; a 九年一贯制, 十二年一贯制 or 完全中学 becomes one school per stage, its resource
 * totals (floor areas, equipment value, computers, books, multimedia classrooms) divided in
 * proportion to weighted students — 1 : 1.1 : 1.32 for 小学 : 初中 : 高中, 1 : 1.2 for a
 * 完全中学's 初中 : 高中 — with no rounding that matters (each share to 30 decimal places, the last
 * stage taking the remainder), so the parts add up to the whole exactly. Teacher counts are
 * reported per stage and are not split.
 *
 * Published worked examples round the per-student value first and differ by about one unit; that
 * is expected.
 *
 * @param school - A validated school record.
 * @returns One stage school per stage with students (a stage with no students gets a share of 0).
 *
 * @example
 * ```ts
 * // 九年一贯制: 600 primary and 400 junior students, 10 000 m² of teaching space
 * const [primary, junior] = splitSchool(nineYearSchool);
 * primary.share.toString();                      // '0.576923076923…' = 600 ÷ (600 + 1.1 × 400)
 * primary.resources.teachingArea.plus(junior.resources.teachingArea).toString(); // '10000'
 * ```
 */
export function splitSchool(school: SchoolRecord): StageSchool[] {
  const resources = resourcesOf(school);
  const numbers = resourceNumbersOf(school);
  const stages = (['primary', 'junior', 'senior'] as const).filter((stage) => school[stage] !== undefined);
  if (stages.length <= 1) {
    return stages.map((stage) =>
      stageSchool(school, stage, school[stage] as StageFigures, new Decimal(1), resources, numbers, false),
    );
  }
  const weights = school.type === 'complete_secondary' ? completeSecondaryWeights : stageWeights;
  const weighted = stages.map((stage) => weights[stage].times((school[stage] as StageFigures).students));
  const total = weighted.reduce((sum, value) => sum.plus(value), new Decimal(0));
  // The last stage takes what remains of each total, so the parts add up to the whole exactly
  // even where a share does not terminate.
  let allottedShare = new Decimal(0);
  const allotted = Object.fromEntries(splitResources.map((resource) => [resource, new Decimal(0)])) as Record<
    SplitResource,
    Decimal
  >;
  return stages.map((stage, index) => {
    const last = index === stages.length - 1;
    const share = total.isZero()
      ? new Decimal(index === 0 ? 1 : 0)
      : last
        ? new Decimal(1).minus(allottedShare)
        : (weighted[index] as Decimal).div(total);
    allottedShare = allottedShare.plus(share);
    const stageResources = {} as Record<SplitResource, Decimal>;
    for (const resource of splitResources) {
      stageResources[resource] = last
        ? resources[resource].minus(allotted[resource])
        : resources[resource].times(share).toDecimalPlaces(PART_DECIMALS, Decimal.ROUND_HALF_UP);
      allotted[resource] = allotted[resource].plus(stageResources[resource]);
    }
    const stageNumbers = scaleNumbers(numbers, share.toNumber());
    return stageSchool(school, stage, school[stage] as StageFigures, share, stageResources, stageNumbers, true);
  });
}
