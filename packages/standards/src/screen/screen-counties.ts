import { checkOptionRecord, Decimal, InvalidOptionError, type LocalizedText } from '@edukpi/core';
import { compareClearly, roundClearly } from '../engine/_lib/compare-clearly';
import { type PreparedRule, prepareRule } from '../engine/_lib/prepare-rule';
import { ResourceCoefficientCheck } from '../engine/coefficient-check';
import { reaches } from '../engine/evaluate-resources';
import type { Regime, ResourceIndicatorId } from '../regimes/regime';
import type { ExclusionReason } from '../scope/apply-scope';
import { defaultScopeOptions, type ResolvedScopeOptions, type ScopeOptions } from '../scope/scope-options';
import { splitSchoolLazily } from '../split/_lib/split-school-lazily';
import type { SplitResource, StageSchool } from '../split/stage-school';
import { checkSchoolColumns } from './_lib/check-school-columns';
import { isGiven, type SchoolColumns, type StageColumns } from './school-columns';
import { schoolRecordAt } from './school-records-from-columns';

/** Options of {@link screenCounties}. */
export interface ScreenCountiesOptions {
  /** Scope rules over the regime's own, as in `evaluateRegime`. */
  readonly scope?: ScopeOptions;
}

/** One indicator's CV in one stage of one county, as {@link screenCounties} decides it. */
export interface ScreenedCoefficient {
  readonly stage: 'primary' | 'junior';
  readonly indicator: ResourceIndicatorId;
  readonly schoolCount: number;
  /** The CV rounded half up to 3 decimals, decided exactly; `null` when the county mean is 0. */
  readonly displayCoefficient: string | null;
  readonly threshold: string | null;
  /** CV ≤ threshold, decided exactly; `null` without a threshold (2012) or without a value. */
  readonly passed: boolean | null;
  /** The CV as a double, for sorting and plotting. */
  readonly approximateCoefficient: number | null;
}

/** The 2012 composite of one stage of one county. */
export interface ScreenedComposite {
  readonly stage: 'primary' | 'junior';
  readonly displayCoefficient: string | null;
  readonly threshold: string;
  readonly passed: boolean | null;
  /** The mean of the stage's CVs as a double. */
  readonly approximateCoefficient: number | null;
}

/** The resource part of one county, as {@link screenCounties} finds it. */
export interface CountyScreen {
  readonly county: string;
  /** Rows of the table in this county. */
  readonly schoolsGiven: number;
  /** Schools left out by the scope rules (listed in the screen's `excluded`). */
  readonly schoolsExcluded: number;
  /** Stage schools compared (a split school counts once per stage). */
  readonly stageSchools: number;
  /** Stage schools that fail the school rule (2017: 6 of 7 at standard, the rest ≥ 85%). */
  readonly stageSchoolsFailing: number;
  readonly coefficients: readonly ScreenedCoefficient[];
  readonly composites: readonly ScreenedComposite[];
  /**
   * Whether the resource part passes: no school failing its rule, no CV or composite above its
   * threshold — as `evaluateRegime(…).resources.passed`; `null` with nothing to compare.
   */
  readonly resourcesPassed: boolean | null;
}

/** Every stage school compared, in columns (index `j` is one stage school). */
export interface ScreenedStageSchools {
  readonly length: number;
  /** The school's row in the table. */
  readonly row: Uint32Array;
  /** The school's county, as an index into the screen's `counties`. */
  readonly county: Uint32Array;
  readonly stage: readonly ('primary' | 'junior')[];
  readonly students: Float64Array;
  /** How many indicators reach their standard. */
  readonly atStandard: Uint8Array;
  /** Bit `k` set when indicator `k` (of the screen's `indicators`) reaches its standard. */
  readonly indicatorsAtStandard: Uint32Array;
  /** Bit `k` set when indicator `k` is below the floor (2017: 85% of its standard). */
  readonly indicatorsBelowFloor: Uint32Array;
  /** The school rule: `true`, `false`, or `null` where the regime has none. */
  readonly passed: readonly (boolean | null)[];
  /**
   * Each indicator's value as a double, `K` per school (`approximateValues[j * K + k]`, `K` the
   * number of indicators), for sorting and plotting; never used to decide.
   */
  readonly approximateValues: Float64Array;
}

/** What {@link screenCounties} returns. Plain data; the typed arrays are the per-school columns. */
export interface CountiesScreen {
  readonly regime: { readonly id: string; readonly version: string; readonly labels: LocalizedText };
  /** The resource indicators in the order of the bit masks and of `approximateValues`. */
  readonly indicators: readonly ResourceIndicatorId[];
  readonly scope: ResolvedScopeOptions;
  /** Every county, in the order it first appears in the table. */
  readonly counties: readonly CountyScreen[];
  readonly stageSchools: ScreenedStageSchools;
  /** Every school the scope rules leave out, with the reason. */
  readonly excluded: readonly {
    readonly row: number;
    readonly schoolId: string;
    readonly county: string;
    readonly reason: ExclusionReason;
  }[];
  /** Every stage of a school in scope that is not compared: a senior stage, or one with no students. */
  readonly stagesNotEvaluated: readonly {
    readonly row: number;
    readonly schoolId: string;
    readonly county: string;
    readonly stage: 'primary' | 'junior' | 'senior';
    readonly reason: 'no_students' | 'senior_stage';
  }[];
}

const stageNames = ['primary', 'junior', 'senior'] as const;
const floatWeights = { primary: 1, junior: 1.1, senior: 1.32 } as const;
const floatCompleteSecondaryWeights = { primary: 0, junior: 1, senior: 1.2 } as const;

/** A reusable stage school of plain numbers, read by the numerators' `number` functions. */
interface ScratchSchool {
  stage: 'primary' | 'junior';
  students: number;
  teachers: number;
  qualifiedTeachers: number;
  keyTeachers: number;
  peTeachers: number;
  musicTeachers: number;
  artTeachers: number;
  intermediateOrAboveTitleTeachers: number;
  resourceNumbers: Record<SplitResource, number>;
}

/**
 * Screens every county of a province or of the nation against the resource part of a regime, from
 * one school table in columns: each stage school's indicators against their standards and the
 * school rule (2017: 6 of 7 at standard, the last at least 85%), and each county's
 * enrolment-weighted CVs per stage against their thresholds (or the 2012 composite). It applies the
 * same validation, scope rules, split and decisions as `evaluateRegime` — every decision exact, in
 * doubles only where clear by a relative 1e-9, in decimals otherwise — and agrees with it on every
 * school and every CV, but builds no object per school: the result is typed arrays and one summary
 * per county. A nation of 210,000 schools screens in a fraction of a second.
 *
 * The screen covers part 1 (resource allocation). Items of parts 2–4 (county inputs, evidence, room
 * and class-size checks) and the exact figures — shortfalls, the schools pulling each CV up — come
 * from `evaluateRegime` on the counties that need them: {@link schoolRecordsFromColumns} gives a
 * county's school records.
 *
 * @param regime - A regime with a resource part (`qualityBalance2017`, `basicBalance2012` or a variant).
 * @param columns - The school table in columns, every county in one table.
 * @param options - Scope overrides.
 * @returns Per county: stage schools compared and failing, each CV, whether the part passes; per stage school: the counts, masks and verdicts in typed arrays; every exclusion.
 * @throws {InvalidInputError} when a column or a cell is malformed (every problem listed).
 * @throws {InvalidOptionError} when the regime has no resource part or an option is unknown.
 *
 * @example
 * ```ts
 * const screen = screenCounties(qualityBalance2017, columns);
 * const failing = screen.counties.filter((county) => county.resourcesPassed === false);
 * failing[0].coefficients.filter((check) => check.passed === false); // CVs above 0.50 / 0.45
 * screen.stageSchools.passed.filter((passed) => passed === false).length; // schools below the rule
 * ```
 */
export function screenCounties(
  regime: Regime,
  columns: SchoolColumns,
  options: ScreenCountiesOptions = {},
): CountiesScreen {
  const { scope } = checkOptionRecord(options, ['scope']) as ScreenCountiesOptions;
  const part = regime?.resources;
  if (part === undefined) {
    throw new InvalidOptionError({
      path: ['regime'],
      messageZh: `评估标准 ${regime?.id ?? String(regime)} 没有资源配置部分,无法按校筛查`,
      messageEn: `the regime ${regime?.id ?? String(regime)} has no resource part to screen schools against.`,
    });
  }
  const resolved: ResolvedScopeOptions = { ...defaultScopeOptions, ...regime.scope, ...scope };
  const length = checkSchoolColumns(columns);
  const prepared = part.indicators.map(prepareRule);
  const K = prepared.length;
  const floor =
    part.schoolRule === undefined
      ? null
      : { exact: new Decimal(part.schoolRule.floorShare), number: Number(part.schoolRule.floorShare) };
  const minimumAtStandard = part.schoolRule?.minimumAtStandard ?? 0;

  const countyIndex = new Map<string, number>();
  const countyIds: string[] = [];
  const given: number[] = [];
  const excludedCount: number[] = [];
  const excluded: CountiesScreen['excluded'][number][] = [];
  const stagesNotEvaluated: CountiesScreen['stagesNotEvaluated'][number][] = [];

  // Stage schools: at most two per school, its primary and junior stages (a senior stage is never
  // compared), so the columns are allocated once.
  const capacity = length * 2;
  const rows = new Uint32Array(capacity);
  const countyOf = new Uint32Array(capacity);
  const studentsOf = new Float64Array(capacity);
  const stageCode = new Uint8Array(capacity);
  const splitOf = new Uint8Array(capacity);
  const amounts = new Float64Array(capacity * K);
  let count = 0;

  const scratch: ScratchSchool = {
    stage: 'primary',
    students: 0,
    teachers: 0,
    qualifiedTeachers: 0,
    keyTeachers: 0,
    peTeachers: 0,
    musicTeachers: 0,
    artTeachers: 0,
    intermediateOrAboveTitleTeachers: 0,
    resourceNumbers: {
      teachingArea: 0,
      sportsArea: 0,
      equipmentValue: 0,
      computers: 0,
      books: 0,
      multimediaClassrooms: 0,
    },
  };
  const numbers = scratch.resourceNumbers;
  const totals: Record<SplitResource, number> = { ...numbers };
  const { equipmentValue, equipmentValueWan } = columns;
  const stageSources = [columns.primary, columns.junior, columns.senior] as const;
  /** Loads a school's resource totals (equipment in 元, as a double) into `totals`. */
  const loadTotals = (row: number) => {
    totals.teachingArea = columns.teachingArea[row] as number;
    totals.sportsArea = columns.sportsArea[row] as number;
    const inYuan = equipmentValue?.[row];
    totals.equipmentValue = isGiven(inYuan) ? inYuan : (equipmentValueWan?.[row] as number) * 10_000;
    totals.computers = columns.computers[row] as number;
    totals.books = columns.books[row] as number;
    totals.multimediaClassrooms = columns.multimediaClassrooms[row] as number;
  };
  /** Loads one stage of a school into `scratch`: its figures and its share of the totals (`share` 1: whole). */
  const loadStage = (row: number, code: number, share: number, split: boolean) => {
    const figures = stageSources[code] as StageColumns;
    scratch.stage = code === 0 ? 'primary' : 'junior';
    scratch.students = figures.students[row] as number;
    scratch.teachers = figures.teachers[row] as number;
    scratch.qualifiedTeachers = figures.qualifiedTeachers[row] as number;
    scratch.keyTeachers = figures.keyTeachers[row] as number;
    scratch.peTeachers = figures.peTeachers[row] as number;
    scratch.musicTeachers = figures.musicTeachers[row] as number;
    scratch.artTeachers = figures.artTeachers[row] as number;
    scratch.intermediateOrAboveTitleTeachers = figures.intermediateOrAboveTitleTeachers[row] as number;
    // The same floating-point steps as the engine's lazy split: the figure as given for a whole
    // school, the figure times its double share for a split one.
    numbers.teachingArea = split ? totals.teachingArea * share : totals.teachingArea;
    numbers.sportsArea = split ? totals.sportsArea * share : totals.sportsArea;
    numbers.equipmentValue = split ? totals.equipmentValue * share : totals.equipmentValue;
    numbers.computers = split ? totals.computers * share : totals.computers;
    numbers.books = split ? totals.books * share : totals.books;
    numbers.multimediaClassrooms = split ? totals.multimediaClassrooms * share : totals.multimediaClassrooms;
  };
  const presentCode = new Uint8Array(3);
  const presentStudents = new Float64Array(3);

  let lastCountyId: string | undefined;
  let lastCounty = 0;
  for (let row = 0; row < length; row++) {
    const countyId = columns.county[row] as string;
    // Tables sorted by county look each county up once.
    let county = countyId === lastCountyId ? lastCounty : countyIndex.get(countyId);
    if (county === undefined) {
      county = countyIds.length;
      countyIndex.set(countyId, county);
      countyIds.push(countyId);
      given.push(0);
      excludedCount.push(0);
    }
    lastCountyId = countyId;
    lastCounty = county;
    given[county] = (given[county] as number) + 1;
    const type = columns.type[row];
    let present = 0;
    let allStudents = 0;
    for (let code = 0; code < 3; code++) {
      const students = stageSources[code]?.students[row];
      if (!isGiven(students)) continue;
      presentCode[present] = code;
      presentStudents[present] = students;
      present += 1;
      allStudents += students;
    }
    const reason: ExclusionReason | null =
      type === 'special_education' && resolved.excludeSpecialEducation
        ? 'special_education'
        : type === 'vocational' && resolved.excludeVocational
          ? 'vocational'
          : type === 'teaching_point' && allStudents < resolved.teachingPointMinimumStudents
            ? 'small_teaching_point'
            : columns.ownership[row] === 'private' && !resolved.includePrivate
              ? 'private'
              : null;
    if (reason !== null) {
      excluded.push({ row, schoolId: columns.id[row] as string, county: countyId, reason });
      excludedCount[county] = (excludedCount[county] as number) + 1;
      continue;
    }
    loadTotals(row);
    const split = present > 1;
    const weights = type === 'complete_secondary' ? floatCompleteSecondaryWeights : floatWeights;
    let total = 0;
    if (split) {
      for (let index = 0; index < present; index++) {
        total +=
          (weights[stageNames[presentCode[index] as number] as 'primary'] as number) *
          (presentStudents[index] as number);
      }
    }
    for (let index = 0; index < present; index++) {
      const code = presentCode[index] as number;
      const students = presentStudents[index] as number;
      if (code === 2 || students === 0) {
        stagesNotEvaluated.push({
          row,
          schoolId: columns.id[row] as string,
          county: countyId,
          stage: stageNames[code] as 'primary' | 'junior' | 'senior',
          reason: code === 2 ? 'senior_stage' : 'no_students',
        });
        continue;
      }
      const share = !split
        ? 1
        : total === 0
          ? index === 0
            ? 1
            : 0
          : ((weights[stageNames[code] as 'primary'] as number) * students) / total;
      loadStage(row, code, share, split);
      rows[count] = row;
      countyOf[count] = county;
      studentsOf[count] = students;
      stageCode[count] = code;
      splitOf[count] = split ? 1 : 0;
      const base = count * K;
      for (let k = 0; k < K; k++) {
        const entry = prepared[k] as PreparedRule;
        amounts[base + k] = entry.numerator.number(scratch as unknown as StageSchool) * entry.scale;
      }
      count += 1;
    }
  }

  // Each stage school's indicators and school rule. A comparison too close to call in doubles is
  // decided by the engine's own exact comparison on the school's record, split exactly.
  const atStandard = new Uint8Array(count);
  const atStandardMask = new Uint32Array(count);
  const belowFloorMask = new Uint32Array(count);
  const passed: (boolean | null)[] = new Array(count);
  const failing = new Array<number>(countyIds.length).fill(0);
  const exactStageSchool = (j: number): StageSchool => {
    const stage = stageCode[j] === 0 ? 'primary' : 'junior';
    const split = splitSchoolLazily(schoolRecordAt(columns, rows[j] as number));
    return split.find((school) => school.stage === stage) as StageSchool;
  };
  // A whole school's figures are its numerators exactly (a double read as its shortest decimal, as
  // the record form reads it), so a close call is decided from the columns; a split school's share,
  // or an equipment value given in 万元, goes through the engine's exact split of the record.
  const canDecideFromColumns = (j: number, entry: PreparedRule) =>
    splitOf[j] === 0 && (entry.numerator.input !== 'equipmentValue' || isGiven(equipmentValue?.[rows[j] as number]));
  const reachesFromColumns = (
    j: number,
    entry: PreparedRule,
    standard: { readonly exact: Decimal },
    factor: { readonly exact: Decimal } | null,
  ): boolean => {
    const row = rows[j] as number;
    loadTotals(row);
    loadStage(row, stageCode[j] as number, 1, false);
    const numerator = new Decimal(entry.numerator.number(scratch as unknown as StageSchool));
    const required = standard.exact.times(studentsOf[j] as number).times(factor === null ? 1 : factor.exact);
    return numerator.times(entry.scaleDecimal).gte(required);
  };
  // Each indicator's standard for each stage, looked up once (index: code × K + k).
  const standardsByCode = [0, 1].flatMap((code) =>
    prepared.map((entry) => entry.standards[code === 0 ? 'primary' : 'junior']),
  );
  for (let j = 0; j < count; j++) {
    const code = stageCode[j] as number;
    const students = studentsOf[j] as number;
    let reached = 0;
    let withStandard = 0;
    let mask = 0;
    let exact: StageSchool | undefined;
    for (let k = 0; k < K; k++) {
      const standard = standardsByCode[code * K + k];
      if (standard === undefined) continue;
      const entry = prepared[k] as PreparedRule;
      withStandard += 1;
      const amount = amounts[j * K + k] as number;
      let decided = compareClearly(amount, 1 * standard.number * students);
      if (decided === undefined) {
        if (canDecideFromColumns(j, entry)) decided = reachesFromColumns(j, entry, standard, null);
        else {
          exact ??= exactStageSchool(j);
          decided = reaches(exact, entry, amount, standard, null);
        }
      }
      if (decided) {
        reached += 1;
        mask |= 1 << k;
      }
    }
    atStandard[j] = reached;
    atStandardMask[j] = mask;
    if (floor === null || withStandard === 0) {
      passed[j] = null;
      continue;
    }
    let below = 0;
    for (let k = 0; k < K; k++) {
      const standard = standardsByCode[code * K + k];
      if ((mask & (1 << k)) !== 0 || standard === undefined || standard.exact.isZero()) continue;
      const entry = prepared[k] as PreparedRule;
      const amount = amounts[j * K + k] as number;
      let decided = compareClearly(amount, floor.number * standard.number * students);
      if (decided === undefined) {
        if (canDecideFromColumns(j, entry)) decided = reachesFromColumns(j, entry, standard, floor);
        else {
          exact ??= exactStageSchool(j);
          decided = reaches(exact, entry, amount, standard, floor);
        }
      }
      if (!decided) below |= 1 << k;
    }
    belowFloorMask[j] = below;
    passed[j] = reached >= minimumAtStandard && below === 0;
    if (passed[j] === false) {
      const county = countyOf[j] as number;
      failing[county] = (failing[county] as number) + 1;
    }
  }

  // Each county's CVs: the stage schools grouped by county and stage (a counting sort keeps table
  // order within a group, the order evaluateRegime sums in).
  const groups = countyIds.length * 2;
  const starts = new Uint32Array(groups + 1);
  for (let j = 0; j < count; j++) {
    const slot = (countyOf[j] as number) * 2 + (stageCode[j] as number) + 1;
    starts[slot] = (starts[slot] as number) + 1;
  }
  for (let group = 0; group < groups; group++)
    starts[group + 1] = (starts[group + 1] as number) + (starts[group] as number);
  const order = new Uint32Array(count);
  const next = starts.slice(0, groups);
  for (let j = 0; j < count; j++) {
    const group = (countyOf[j] as number) * 2 + (stageCode[j] as number);
    const position = next[group] as number;
    order[position] = j;
    next[group] = position + 1;
  }

  const counties: CountyScreen[] = countyIds.map((county, index) => {
    const coefficients: ScreenedCoefficient[] = [];
    const composites: ScreenedComposite[] = [];
    let stageSchools = 0;
    for (const [code, stage] of [
      [0, 'primary'],
      [1, 'junior'],
    ] as const) {
      const start = starts[index * 2 + code] as number;
      const end = starts[index * 2 + code + 1] as number;
      if (end === start) continue;
      stageSchools += end - start;
      let members: StageSchool[] | undefined;
      const exactMembers = () => {
        members ??= Array.from(order.subarray(start, end), (j) => exactStageSchool(j));
        return members;
      };
      const thresholdText = part.coefficients.thresholds[stage];
      const each = part.coefficients.kind === 'each';
      const threshold = each
        ? { text: thresholdText, exact: new Decimal(thresholdText), number: Number(thresholdText) }
        : null;
      const stageChecks: ScreenedCoefficient[] = [];
      const exactChecks: (ResourceCoefficientCheck | undefined)[] = [];
      for (let k = 0; k < K; k++) {
        const entry = prepared[k] as PreparedRule;
        let students = 0;
        let amount = 0;
        for (let position = start; position < end; position++) {
          const j = order[position] as number;
          students += studentsOf[j] as number;
          amount += amounts[j * K + k] as number;
        }
        let approximate: number | null = null;
        if (students !== 0 && amount !== 0) {
          const mean = amount / students;
          let sum = 0;
          for (let position = start; position < end; position++) {
            const j = order[position] as number;
            const schoolStudents = studentsOf[j] as number;
            const deviation = (amounts[j * K + k] as number) / schoolStudents - mean;
            sum += schoolStudents * deviation * deviation;
          }
          approximate = Math.sqrt(sum / students) / mean;
        }
        let display = approximate === null ? undefined : roundClearly(approximate, 3);
        let verdict: boolean | null | undefined =
          threshold === null ? null : approximate === null ? undefined : compareClearly(threshold.number, approximate);
        if (display === undefined || verdict === undefined) {
          const check = new ResourceCoefficientCheck(stage, entry, exactMembers(), threshold);
          exactChecks[k] = check;
          display = check.displayCoefficient ?? undefined;
          verdict = check.passed;
        }
        stageChecks.push({
          stage,
          indicator: entry.rule.indicator,
          schoolCount: end - start,
          displayCoefficient: display ?? null,
          threshold: threshold?.text ?? null,
          passed: verdict,
          approximateCoefficient: approximate,
        });
      }
      coefficients.push(...stageChecks);
      if (part.coefficients.kind === 'composite') {
        composites.push(compositeOf(stage, thresholdText, stageChecks, exactChecks, prepared, exactMembers));
      }
    }
    const resourcesPassed =
      stageSchools === 0 && coefficients.length === 0
        ? null
        : failing[index] === 0 &&
          !coefficients.some((check) => check.passed === false) &&
          !composites.some((check) => check.passed === false);
    return {
      county,
      schoolsGiven: given[index] as number,
      schoolsExcluded: excludedCount[index] as number,
      stageSchools,
      stageSchoolsFailing: failing[index] as number,
      coefficients,
      composites,
      resourcesPassed,
    };
  });

  const values = new Float64Array(count * K);
  const stages: ('primary' | 'junior')[] = new Array(count);
  for (let j = 0; j < count; j++) {
    stages[j] = stageCode[j] === 0 ? 'primary' : 'junior';
    for (let k = 0; k < K; k++) values[j * K + k] = (amounts[j * K + k] as number) / (studentsOf[j] as number);
  }
  return {
    regime: { id: regime.id, version: regime.version, labels: regime.labels },
    indicators: prepared.map((entry) => entry.rule.indicator),
    scope: resolved,
    counties,
    stageSchools: {
      length: count,
      row: rows.slice(0, count),
      county: countyOf.slice(0, count),
      stage: stages,
      students: studentsOf.slice(0, count),
      atStandard,
      indicatorsAtStandard: atStandardMask,
      indicatorsBelowFloor: belowFloorMask,
      passed,
      approximateValues: values,
    },
    excluded,
    stagesNotEvaluated,
  };
}

/**
 * The 2012 composite of one stage: the mean of its unrounded CVs, decided in doubles when clear and
 * from the exact CVs otherwise (as `evaluateRegime` computes it).
 */
function compositeOf(
  stage: 'primary' | 'junior',
  thresholdText: string,
  checks: readonly ScreenedCoefficient[],
  exactChecks: (ResourceCoefficientCheck | undefined)[],
  prepared: readonly PreparedRule[],
  exactMembers: () => StageSchool[],
): ScreenedComposite {
  const complete = checks.every((check) => check.approximateCoefficient !== null);
  const approximate = complete
    ? checks.reduce((sum, check) => sum + (check.approximateCoefficient as number), 0) / checks.length
    : null;
  let display = approximate === null ? undefined : roundClearly(approximate, 3);
  let verdict: boolean | null | undefined =
    approximate === null ? undefined : compareClearly(Number(thresholdText), approximate);
  if (display === undefined || verdict === undefined) {
    const exact = prepared.map((entry, k) => {
      exactChecks[k] ??= new ResourceCoefficientCheck(stage, entry, exactMembers(), null);
      const coefficient = exactChecks[k].coefficient;
      return coefficient === null ? null : new Decimal(coefficient);
    });
    const mean = exact.every((value) => value !== null)
      ? (exact as Decimal[]).reduce((sum, value) => sum.plus(value), new Decimal(0)).div(exact.length)
      : null;
    display = mean?.toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toFixed(3);
    verdict = mean === null ? null : mean.lte(thresholdText);
  }
  return {
    stage,
    displayCoefficient: display ?? null,
    threshold: thresholdText,
    passed: verdict ?? null,
    approximateCoefficient: approximate,
  };
}
