import type { Decimal } from '@edukpi/core';
import type { SchoolRecord, SchoolStageName, SchoolType, StageFigures } from '../../school/school-record';
import { splitSchool } from '../split-school';
import { type SplitResource, type StageSchool, splitResources } from '../stage-school';
import { resourceNumbersOf } from './resource-numbers-of';

// The engine's split: the same stage schools as `splitSchool`, but the exact decimal resources
// and shares are only worked out (by `splitSchool` itself) the first time one is read — most
// schools of a national run are decided from `resourceNumbers` and never need them.

const floatWeights: Readonly<Record<SchoolStageName, number>> = { primary: 1, junior: 1.1, senior: 1.32 };
const floatCompleteSecondaryWeights: Readonly<Record<SchoolStageName, number>> = {
  primary: 0,
  junior: 1,
  senior: 1.2,
};

/**
 * @internal The weights of a student of each stage as doubles, for a school of `type` — the
 * floating-point twin of `splitSchool`'s exact weights, shared by the lazy split and the national
 * screen so their doubles agree bit for bit.
 */
export function floatStageWeights(type: SchoolType): Readonly<Record<SchoolStageName, number>> {
  return type === 'complete_secondary' ? floatCompleteSecondaryWeights : floatWeights;
}

class LazyStageSchool implements StageSchool {
  readonly id: string;
  readonly schoolId: string;
  readonly name: string;
  readonly stage: SchoolStageName;
  readonly type: SchoolType;
  readonly ownership: 'public' | 'private';
  readonly township: string | undefined;
  readonly area: 'urban' | 'town' | 'rural' | undefined;
  readonly students: number;
  readonly classes: number;
  readonly teachers: number;
  readonly qualifiedTeachers: number;
  readonly keyTeachers: number;
  readonly peTeachers: number;
  readonly musicTeachers: number;
  readonly artTeachers: number;
  readonly intermediateOrAboveTitleTeachers: number;
  readonly certifiedTeachers: number | undefined;
  readonly classSizes: readonly number[] | undefined;
  readonly resourceNumbers: { readonly [K in SplitResource]: number };
  readonly source: SchoolRecord;
  readonly #index: number;
  readonly #exact: () => StageSchool[];

  constructor(
    school: SchoolRecord,
    stage: SchoolStageName,
    figures: StageFigures,
    split: boolean,
    numbers: Record<SplitResource, number>,
    index: number,
    exact: () => StageSchool[],
  ) {
    this.id = split ? `${school.id}#${stage}` : school.id;
    this.schoolId = school.id;
    this.name = school.name;
    this.stage = stage;
    this.type = school.type;
    this.ownership = school.ownership;
    this.township = school.township;
    this.area = school.area;
    this.students = figures.students;
    this.classes = figures.classes;
    this.teachers = figures.teachers;
    this.qualifiedTeachers = figures.qualifiedTeachers;
    this.keyTeachers = figures.keyTeachers;
    this.peTeachers = figures.peTeachers;
    this.musicTeachers = figures.musicTeachers;
    this.artTeachers = figures.artTeachers;
    this.intermediateOrAboveTitleTeachers = figures.intermediateOrAboveTitleTeachers;
    this.certifiedTeachers = figures.certifiedTeachers;
    this.classSizes = figures.classSizes;
    this.resourceNumbers = numbers;
    this.source = school;
    this.#index = index;
    this.#exact = exact;
  }

  get resources(): { readonly [K in SplitResource]: Decimal } {
    return (this.#exact()[this.#index] as StageSchool).resources;
  }

  get share(): Decimal {
    return (this.#exact()[this.#index] as StageSchool).share;
  }
}

/** {@link splitSchool} with the exact resources and shares computed on first read. */
export function splitSchoolLazily(school: SchoolRecord): StageSchool[] {
  const stages = (['primary', 'junior', 'senior'] as const).filter((stage) => school[stage] !== undefined);
  let exact: StageSchool[] | undefined;
  const resolve = () => {
    exact ??= splitSchool(school);
    return exact;
  };
  const numbers = resourceNumbersOf(school);
  if (stages.length <= 1) {
    return stages.map(
      (stage) => new LazyStageSchool(school, stage, school[stage] as StageFigures, false, numbers, 0, resolve),
    );
  }
  const weights = floatStageWeights(school.type);
  const weighted = stages.map((stage) => weights[stage] * (school[stage] as StageFigures).students);
  const total = weighted.reduce((sum, value) => sum + value, 0);
  return stages.map((stage, index) => {
    const share = total === 0 ? (index === 0 ? 1 : 0) : (weighted[index] as number) / total;
    const stageNumbers = {} as Record<SplitResource, number>;
    for (const resource of splitResources) stageNumbers[resource] = numbers[resource] * share;
    return new LazyStageSchool(school, stage, school[stage] as StageFigures, true, stageNumbers, index, resolve);
  });
}
