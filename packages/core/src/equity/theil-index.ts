import { Decimal } from '../_lib/decimal';
import { decimalJson } from './_lib/decimal-json';
import type { EquityScale, EquitySchool, ExcludedSchool } from './_lib/equity-school';
import { type EquitySchoolPart, parseEquitySchools } from './_lib/parse-equity-schools';
import { resolveEquityOptions } from './_lib/resolve-equity-options';

/** Options of {@link theilIndex}. */
export interface TheilIndexOptions {
  /**
   * The unit a school's `total` is turned into: `1` per student, `100` per 100 students.
   * Default `1`. The index does not depend on it; means are reported in it.
   */
  readonly scale?: EquityScale;
  /**
   * Decompose by each school's `group` (e.g. `'urban'` / `'rural'`) into between- and
   * within-group parts. Default `false`. When `true`, every school must carry a `group`.
   */
  readonly groupBy?: boolean;
}

/**
 * Why a Theil index has no value:
 *
 * - `no_schools`: no school has students.
 * - `zero_mean`: the weighted mean is 0 (every school's figure is 0).
 */
export type TheilIndexNoValueReason = 'no_schools' | 'zero_mean';

/** One group of a {@link TheilDecomposition}. */
export interface TheilGroup {
  /** The group's name, as the schools gave it. */
  readonly group: string;
  /** The number of its schools with students. */
  readonly schoolCount: number;
  /** P_g = ΣPᵢ over the group's schools. */
  readonly students: number;
  /** X̄_g = ΣPᵢXᵢ ÷ P_g over the group: weighted by enrolment, not the average of school figures. */
  readonly mean: Decimal;
  /** T_g, the group's own Theil index; `null` when X̄_g = 0 (then its weight `share` is 0 too). */
  readonly theil: Decimal | null;
  /** P_g X̄_g ÷ (P X̄): the group's share of the county's total resource, its weight in `within`. */
  readonly share: Decimal;
}

/** The split of a Theil index into a between-group and a within-group part. */
export interface TheilDecomposition {
  /** T over all schools (the same as the result's `value`). */
  readonly total: Decimal;
  /** Σ_g (P_g/P)(X̄_g/X̄) ln(X̄_g/X̄): the inequality between the group means. */
  readonly between: Decimal;
  /** Σ_g (P_g X̄_g / (P X̄)) T_g: the inequality inside the groups. `between + within` equals `total`. */
  readonly within: Decimal;
  /** The groups, in the order they first appear among the included schools. */
  readonly groups: readonly TheilGroup[];
}

/** The JSON form of a {@link TheilGroup}. */
export interface TheilGroupJson {
  readonly group: string;
  readonly schoolCount: number;
  readonly students: number;
  readonly mean: string;
  readonly theil: string | null;
  readonly share: string;
}

/** The JSON form of a {@link TheilIndexResult}. */
export interface TheilIndexJson {
  readonly value: string | null;
  readonly mean: string | null;
  readonly reason: TheilIndexNoValueReason | null;
  readonly scale: EquityScale;
  readonly schoolCount: number;
  readonly totalStudents: number;
  readonly excluded: readonly ExcludedSchool[];
  readonly decomposition: {
    readonly total: string;
    readonly between: string;
    readonly within: string;
    readonly groups: readonly TheilGroupJson[];
  } | null;
}

/** An enrolment-weighted Theil T index, with its decomposition when asked for. */
export interface TheilIndexResult {
  /** T ≥ 0, unrounded (64 significant digits); `null` with a `reason` when there is no value. */
  readonly value: Decimal | null;
  /** X̄ = ΣPᵢXᵢ ÷ ΣPᵢ, in the unit of `scale`; `null` when no school has students. */
  readonly mean: Decimal | null;
  /** Why `value` is `null`; `null` when it has a value. */
  readonly reason: TheilIndexNoValueReason | null;
  readonly scale: EquityScale;
  /** The number of schools with students, which take part. */
  readonly schoolCount: number;
  /** ΣPᵢ over the schools that take part. */
  readonly totalStudents: number;
  /** Schools left out before the ratio (no students), with why. */
  readonly excluded: readonly ExcludedSchool[];
  /** The between/within split with `groupBy: true` and a value; otherwise `null`. */
  readonly decomposition: TheilDecomposition | null;
  /** Plain JSON with decimals as full-precision strings. */
  toJSON(): TheilIndexJson;
}

/**
 * Σ (mᵢ/M) ln(mᵢP / (PᵢM)) over `schools`, with M = Σmᵢ > 0 and P = ΣPᵢ: the Theil T of a set
 * of schools, each term with mᵢ = 0 taken as 0 (its limit).
 */
function theilOf(schools: readonly EquitySchoolPart[], students: Decimal, mass: Decimal): Decimal {
  let sum = new Decimal(0);
  for (const school of schools) {
    if (school.mass.isZero()) continue;
    // (Pᵢ/P)(Xᵢ/X̄) = mᵢ/M and Xᵢ/X̄ = mᵢP / (PᵢM): exact products, one division.
    const ratio = school.mass.times(students).div(school.students.times(mass));
    sum = sum.plus(school.mass.div(mass).times(ratio.ln()));
  }
  return sum;
}

function decompose(
  schools: readonly EquitySchoolPart[],
  students: Decimal,
  mass: Decimal,
  total: Decimal,
): TheilDecomposition {
  const byGroup = new Map<string, EquitySchoolPart[]>();
  for (const school of schools) {
    const name = school.group ?? '';
    const members = byGroup.get(name);
    if (members === undefined) byGroup.set(name, [school]);
    else members.push(school);
  }
  let between = new Decimal(0);
  let within = new Decimal(0);
  const groups: TheilGroup[] = [];
  for (const [group, members] of byGroup) {
    const groupStudents = members.reduce((sum, school) => sum.plus(school.students), new Decimal(0));
    const groupMass = members.reduce((sum, school) => sum.plus(school.mass), new Decimal(0));
    const share = groupMass.div(mass);
    const theil = groupMass.isZero() ? null : theilOf(members, groupStudents, groupMass);
    if (!groupMass.isZero()) {
      // (P_g/P)(X̄_g/X̄) = M_g/M and X̄_g/X̄ = M_g P / (P_g M).
      between = between.plus(share.times(groupMass.times(students).div(groupStudents.times(mass)).ln()));
      within = within.plus(share.times(theil ?? 0));
    }
    groups.push({
      group,
      schoolCount: members.length,
      students: groupStudents.toNumber(),
      mean: groupMass.div(groupStudents),
      theil,
      share,
    });
  }
  return { total, between, within, groups };
}

/**
 * 泰尔指数 — the enrolment-weighted Theil T index of a per-student resource between schools,
 * decomposable into between-group and within-group inequality (e.g. urban vs rural schools).
 *
 * ```text
 * X̄ = ΣPᵢXᵢ / ΣPᵢ
 * T  = Σᵢ (Pᵢ/ΣP)(Xᵢ/X̄) ln(Xᵢ/X̄)                     (a school with Xᵢ = 0 adds 0, the limit)
 * with groups g (P_g students, mean X̄_g, own index T_g):
 * between = Σ_g (P_g/P)(X̄_g/X̄) ln(X̄_g/X̄)
 * within  = Σ_g (P_g X̄_g / (P X̄)) T_g
 * T = between + within
 * ```
 *
 * Source: Theil, *Economics and Information Theory* (1967); its use for school resources in
 * Berne & Stiefel (1984). No Chinese regime sets it. Every ratio Xᵢ/X̄ is formed from exact
 * products (PᵢXᵢ·ΣP over Pᵢ·ΣPX) and divided once; ln is taken at 64 significant digits, so
 * `between + within` matches `total` to about 60 digits. T ≥ 0, reaching ln(ΣP / Pₖ) when one
 * school k holds the whole resource. Schools with 0
 * students are left out first and listed in `excluded`.
 *
 * @param schools - The schools: `{ students, value }` or `{ students, total }`, optional `id`,
 *   and with `groupBy` a `group` each.
 * @param options - `scale`: 1 (default) or 100 for totals; `groupBy`: decompose by `group` (default false).
 * @returns T, unrounded, and with `groupBy` its decomposition. `value` is `null` with reason
 *   `'no_schools'` when no school has students and `'zero_mean'` when X̄ = 0; `decomposition`
 *   is then `null` too.
 * @throws {InvalidInputError} on malformed schools, or a school without `group` under
 *   `groupBy` (paths `['schools', i, field]`).
 * @throws {InvalidOptionError} when `scale` is not 1 or 100, `groupBy` not a boolean, or an option unknown.
 *
 * @example
 * ```ts
 * const result = theilIndex(
 *   [
 *     { students: 1, value: 1, group: 'rural' },
 *     { students: 1, value: 3, group: 'urban' },
 *   ],
 *   { groupBy: true },
 * );
 * result.value?.toFixed(6);                    // '0.130812'  (¼ ln ½ + ¾ ln 1.5)
 * result.decomposition?.between.toFixed(6);    // '0.130812'  (all of it is between the groups)
 * result.decomposition?.within.toString();     // '0'
 * ```
 */
export function theilIndex(schools: readonly EquitySchool[], options?: TheilIndexOptions): TheilIndexResult {
  const { scale, groupBy } = resolveEquityOptions(options, ['scale', 'groupBy']);
  const population = parseEquitySchools(schools, { indicatorId: 'theil_index', scale, requireGroup: groupBy });
  const { totalStudents, totalMass } = population;
  const noSchools = population.schools.length === 0;
  const hasValue = !noSchools && !totalMass.isZero();
  const value = hasValue ? theilOf(population.schools, totalStudents, totalMass) : null;
  const result = {
    value,
    mean: noSchools ? null : totalMass.div(totalStudents),
    reason: noSchools ? ('no_schools' as const) : hasValue ? null : ('zero_mean' as const),
    scale,
    schoolCount: population.schools.length,
    totalStudents: totalStudents.toNumber(),
    excluded: population.excluded,
    decomposition: value !== null && groupBy ? decompose(population.schools, totalStudents, totalMass, value) : null,
  };
  return {
    ...result,
    toJSON: (): TheilIndexJson => ({
      ...result,
      value: decimalJson(result.value),
      mean: decimalJson(result.mean),
      decomposition:
        result.decomposition === null
          ? null
          : {
              total: result.decomposition.total.toString(),
              between: result.decomposition.between.toString(),
              within: result.decomposition.within.toString(),
              groups: result.decomposition.groups.map((group) => ({
                ...group,
                mean: group.mean.toString(),
                theil: decimalJson(group.theil),
                share: group.share.toString(),
              })),
            },
    }),
  };
}
