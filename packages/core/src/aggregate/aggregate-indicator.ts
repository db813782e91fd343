import { buildResult, checkMethodRequirements } from '../_lib/build-result';
import type { Decimal } from '../_lib/decimal';
import { describeValue } from '../_lib/describe-value';
import { ExactSum } from '../_lib/exact-sum';
import { parseInput } from '../_lib/parse-input';
import { resolveOptions } from '../_lib/resolve-options';
import { getIndicatorDefinition } from '../catalogue/get-indicator-definition';
import type { IndicatorId, IndicatorInput, IndicatorMethod } from '../catalogue/indicator-definitions';
import type { ComputeIndicatorOptions } from '../compute/compute-indicator-options';
import type { CanonicalInput, IndicatorDefinition } from '../definition/define-indicator';
import type { FieldSpecs, InputOfFields } from '../definition/field-spec';
import { type InputIssue, InvalidInputError } from '../errors/invalid-input-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import type { IndicatorResult } from '../result/indicator-result';

/** A value rows can be grouped by: a code, a name, a year, a flag, or blank. */
export type GroupValue = string | number | boolean | null | undefined;

/** Options of {@link aggregateIndicator}. */
export interface AggregateIndicatorOptions<M extends string = string, Dimension extends string = string>
  extends ComputeIndicatorOptions<M> {
  /**
   * The dimensions to group by, e.g. `['county', 'township']`. Defaults to `[]`: one group
   * holding every row (the total).
   */
  readonly by?: readonly Dimension[];
  /**
   * How many input issues to collect before giving up, so a large file with a systematic
   * problem fails fast. Defaults to 100. Every issue found is reported; none is skipped.
   */
  readonly maxIssues?: number;
}

/** One group of an aggregation: its dimension values, how many rows it holds, and its result. */
export interface IndicatorGroup<Id extends string, Key> {
  readonly key: Key;
  readonly rowCount: number;
  readonly result: IndicatorResult<Id>;
}

interface GroupState {
  readonly key: Record<string, GroupValue>;
  rowCount: number;
  readonly sums: Map<string, ExactSum>;
  readonly lists: Map<string, unknown[]>;
  readonly present: Map<string, number>;
}

function groupKeyOf(row: Record<string, unknown>, by: readonly string[], index: number, issues: InputIssue[]) {
  const key: Record<string, GroupValue> = {};
  for (const dimension of by) {
    const value = row[dimension];
    if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) {
      key[dimension] = value as GroupValue;
    } else {
      issues.push({
        path: ['rows', index, dimension],
        messageZh: `分组字段 ${dimension} 应为文本、数字、布尔值或空,收到 ${describeValue(value)}`,
        messageEn: `grouping field ${dimension} must be text, a number, a boolean or blank (got ${describeValue(value)}).`,
      });
    }
  }
  return key;
}

/**
 * Groups rows by dimension values and computes the indicator once per group as a **ratio of
 * sums**: every input is summed over the group's rows (exact integers for counts, decimals for
 * money), then the indicator is computed from the sums. Never an average of rates.
 *
 * Every row is validated; any invalid row makes the call throw one {@link InvalidInputError}
 * listing each problem with its row index (`['rows', 3, 'graduates']`). Nothing is dropped.
 * Groups come back in the order their first row appears.
 *
 * @param id - The indicator id.
 * @param rows - Rows holding the indicator's inputs plus the dimension columns in `by`.
 * @param options - `by` (the dimensions; default none, i.e. one total group), and every option
 *   of {@link computeIndicator}.
 * @returns One {@link IndicatorGroup} per distinct combination of dimension values.
 * @throws {InvalidInputError} when a row is invalid or a grouping value is not a scalar.
 * @throws {InvalidOptionError} when `by` names an input field or is not an array of names.
 *
 * @example
 * ```ts
 * const groups = aggregateIndicator(
 *   'after_school_participation_rate',
 *   [
 *     { township: '西城镇', participants: 450, enrolled: 500 },
 *     { township: '西城镇', participants: 90, enrolled: 100 },
 *     { township: '东湖乡', participants: 30, enrolled: 60 },
 *   ],
 *   { by: ['township'] },
 * );
 * groups.map((group) => [group.key.township, group.result.formattedValue]);
 * // [['西城镇', '90.00'], ['东湖乡', '50.00']]   (540 ÷ 600, not the mean of 90% and 90%)
 * ```
 */
export function aggregateIndicator<
  Id extends IndicatorId,
  Row extends IndicatorInput<Id> & { readonly [key: string]: unknown },
  Dimension extends Extract<keyof Row, string> = never,
>(
  id: Id,
  rows: Iterable<Row>,
  options: AggregateIndicatorOptions<IndicatorMethod<Id>, Dimension> = {},
): IndicatorGroup<Id, { readonly [K in Dimension]: Row[K] }>[] {
  const definition = getIndicatorDefinition(id) as unknown as IndicatorDefinition<Id, FieldSpecs, string>;
  return aggregateWithDefinition(definition, rows as Iterable<never>, options as AggregateIndicatorOptions) as never;
}

/**
 * {@link aggregateIndicator} for a definition object: one you made with
 * {@link defineIndicator}, or one from the catalogue.
 *
 * @example
 * ```ts
 * aggregateWithDefinition(getIndicatorDefinition('change'), [
 *   { county: 'A', previous: 100, current: 110 },
 *   { county: 'A', previous: 50, current: 40 },
 * ], { by: ['county'] })[0]?.result.formattedValue; // '0.00' (150 → 150)
 * ```
 */
export function aggregateWithDefinition<
  Id extends string,
  F extends FieldSpecs,
  M extends string,
  Row extends InputOfFields<F> & { readonly [key: string]: unknown },
  Dimension extends Extract<keyof Row, string> = never,
>(
  definition: IndicatorDefinition<Id, F, M>,
  rows: Iterable<Row>,
  options: AggregateIndicatorOptions<NoInfer<M>, Dimension> = {},
): IndicatorGroup<Id, { readonly [K in Dimension]: Row[K] }>[] {
  const general = definition as unknown as IndicatorDefinition<Id, FieldSpecs, string>;
  const id = definition.id;
  const resolved = resolveOptions(general, options);
  const by: readonly string[] = options.by ?? [];
  if (!Array.isArray(by) || by.some((dimension) => typeof dimension !== 'string')) {
    throw new InvalidOptionError({
      path: ['options', 'by'],
      messageZh: 'by 应为分组字段名的数组',
      messageEn: 'by must be an array of field names.',
    });
  }
  const clash = by.find((dimension) => general.inputNames.includes(dimension));
  if (clash !== undefined) {
    throw new InvalidOptionError({
      path: ['options', 'by'],
      messageZh: `不能按输入字段 ${clash} 分组:它会被加总`,
      messageEn: `cannot group by ${clash}: it is an input of ${id} and is summed.`,
    });
  }
  const maxIssues = options.maxIssues ?? 100;
  const issues: InputIssue[] = [];
  const groups = new Map<string, GroupState>();
  let index = -1;
  for (const row of rows) {
    index += 1;
    if (issues.length >= maxIssues) {
      issues.push({
        path: ['rows', index],
        messageZh: `已发现 ${issues.length} 处问题,从第 ${index} 行起未再检查(可调大 maxIssues)`,
        messageEn: `stopped after ${issues.length} issues; rows from ${index} on were not checked (raise maxIssues to see more).`,
      });
      break;
    }
    if (typeof row !== 'object' || row === null) {
      issues.push({
        path: ['rows', index],
        messageZh: `第 ${index} 行应为对象,收到 ${describeValue(row)}`,
        messageEn: `row ${index} must be an object (got ${describeValue(row)}).`,
      });
      continue;
    }
    const input: Record<string, unknown> = {};
    for (const name of general.inputNames) if (row[name] !== undefined) input[name] = row[name];
    const outcome = parseInput(general, input, ['rows', index]);
    const key = groupKeyOf(row, by, index, issues);
    if (!outcome.ok) {
      issues.push(...outcome.issues);
      continue;
    }
    const missing = checkMethodRequirements(general, resolved.method, outcome.canonical, ['rows', index]);
    if (missing.length > 0) {
      issues.push(...missing);
      continue;
    }
    const groupId = JSON.stringify(by.map((dimension) => key[dimension] ?? null));
    let group = groups.get(groupId);
    if (group === undefined) {
      group = { key, rowCount: 0, sums: new Map(), lists: new Map(), present: new Map() };
      groups.set(groupId, group);
    }
    group.rowCount += 1;
    for (const [name, amount] of Object.entries(outcome.canonical)) {
      if (amount === undefined) continue;
      group.present.set(name, (group.present.get(name) ?? 0) + 1);
      if (Array.isArray(amount)) {
        // Lists kept whole (the schools of a coefficient of variation) are concatenated.
        const list = group.lists.get(name);
        if (list === undefined) group.lists.set(name, [...amount]);
        else list.push(...amount);
        continue;
      }
      let sum = group.sums.get(name);
      if (sum === undefined) {
        sum = new ExactSum();
        group.sums.set(name, sum);
      }
      sum.add(amount as number | Decimal);
    }
  }
  const [firstIssue, ...otherIssues] = issues;
  if (firstIssue !== undefined) {
    throw new InvalidInputError({ issues: [firstIssue, ...otherIssues], indicatorId: id });
  }
  return [...groups.values()].map((group) => {
    const canonical: Record<string, CanonicalInput[string]> = {};
    // An optional field given on only some rows would be a partial total: leave it out.
    // Methods that need it were checked on every row, so only unused fields can be partial.
    for (const [name, sum] of group.sums) {
      if (group.present.get(name) === group.rowCount) canonical[name] = sum.value;
    }
    for (const [name, list] of group.lists) {
      if (group.present.get(name) === group.rowCount) canonical[name] = list;
    }
    return {
      key: group.key as { readonly [K in Dimension]: Row[K] },
      rowCount: group.rowCount,
      result: buildResult(general, canonical, resolved),
    };
  });
}
