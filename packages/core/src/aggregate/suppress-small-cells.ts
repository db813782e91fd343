import { describeValue } from '../_lib/describe-value';
import { InvalidOptionError } from '../errors/invalid-option-error';
import type { BilingualText } from '../i18n/localized-text';
import type { GroupValue, IndicatorGroup } from './aggregate-indicator';

/** Why a group is withheld: its own count is small, or it would let a small one be recovered. */
export type WithholdingReason = 'small_cell' | 'complementary';

/** A group whose figures are withheld: only its key and the reason are published. */
export interface WithheldGroup<Key> {
  readonly key: Key;
  readonly withheld: true;
  readonly reason: WithholdingReason;
  readonly message: BilingualText;
}

/** A group that may be published, marked so it can be told apart from a withheld one. */
export type PublishedGroup<Id extends string, Key> = IndicatorGroup<Id, Key> & { readonly withheld: false };

/** Options of {@link suppressSmallCells}. */
export interface SuppressSmallCellsOptions {
  /** Groups whose count is at least 1 and below this are withheld. A whole number ≥ 1. */
  readonly minimumCount: number;
  /**
   * What is counted: `'denominator'` (default: the students, schools or classes the rate is
   * over), `'numerator'`, `'rows'`, or the name of an input field (e.g. `'enrolled'`).
   */
  readonly countOf?: 'denominator' | 'numerator' | 'rows' | (string & {});
  /**
   * Withhold further groups so that no withheld group can be recovered by subtracting the
   * published ones from a total (default `true`). Assumes the total of every slice of the
   * table — each combination of all dimensions but one — may be published.
   */
  readonly complementary?: boolean;
}

function countOf<Id extends string, Key>(group: IndicatorGroup<Id, Key>, countOfOption: string): number {
  if (countOfOption === 'rows') return group.rowCount;
  const { result } = group;
  const amount =
    countOfOption === 'denominator'
      ? result.denominator
      : countOfOption === 'numerator'
        ? result.numerator
        : result.inputs[countOfOption];
  if (amount === undefined) {
    throw new InvalidOptionError({
      path: ['options', 'countOf'],
      messageZh: `countOf 指定的字段 ${countOfOption} 不是指标 ${result.id} 的输入`,
      messageEn: `countOf names ${countOfOption}, which is not an input of ${result.id}.`,
    });
  }
  return amount.toNumber();
}

const messages: { readonly [K in WithholdingReason]: (minimum: number) => BilingualText } = {
  small_cell: (minimum) => ({
    zh: `该组人数(计数)少于 ${minimum},为保护个人信息不予公布`,
    en: `withheld: the group counts fewer than ${minimum}, too few to publish without identifying people.`,
  }),
  complementary: () => ({
    zh: '为防止由合计数反推出被隐藏的小组数据,该组一并不予公布',
    en: 'withheld so that a withheld small group cannot be recovered by subtracting the published groups from a total.',
  }),
};

/**
 * Small-cell suppression for aggregated results: groups whose count is below a minimum are
 * withheld with a reason — never shown as zero — and, by default, complementary suppression
 * withholds the smallest other group of every slice that would otherwise give a withheld group
 * away (its total minus the published groups).
 *
 * Groups with a count of 0 are left as they are: they already carry no value, and publishing
 * that a group is empty reveals nobody.
 *
 * @param groups - The output of {@link aggregateIndicator}.
 * @param options - The minimum count, what is counted, and whether to suppress complementarily.
 * @returns The groups in the same order, each published (`withheld: false`, with its result) or
 *   withheld (`withheld: true`, with `reason` and a bilingual `message`, and no figures).
 * @throws {InvalidOptionError} when `minimumCount` is not a whole number ≥ 1 or `countOf` names
 *   no input.
 *
 * @example
 * ```ts
 * const groups = aggregateIndicator('student_aid_coverage_rate', rows, { by: ['township'] });
 * suppressSmallCells(groups, { minimumCount: 10 }).map((group) =>
 *   group.withheld ? `${group.key.township}: —` : `${group.key.township}: ${group.result.formattedValue}%`,
 * );
 * // ['城关镇: 98.51%', '东河乡: —', '西山镇: —']   (东河乡 has 4 eligible students; 西山镇 is the complement)
 * ```
 */
export function suppressSmallCells<Id extends string, Key extends { readonly [dimension: string]: GroupValue }>(
  groups: readonly IndicatorGroup<Id, Key>[],
  options: SuppressSmallCellsOptions,
): (PublishedGroup<Id, Key> | WithheldGroup<Key>)[] {
  const { minimumCount, complementary = true } = options;
  if (!Number.isInteger(minimumCount) || minimumCount < 1) {
    throw new InvalidOptionError({
      path: ['options', 'minimumCount'],
      messageZh: `minimumCount(最小公布数)应为不小于 1 的整数,收到 ${describeValue(minimumCount)}`,
      messageEn: `minimumCount must be a whole number of at least 1 (got ${describeValue(minimumCount)}).`,
    });
  }
  const counts = groups.map((group) => countOf(group, options.countOf ?? 'denominator'));
  const reasons: (WithholdingReason | null)[] = counts.map((count) =>
    count >= 1 && count < minimumCount ? 'small_cell' : null,
  );

  if (complementary && groups.length > 1) {
    const dimensions = Object.keys(groups[0]?.key ?? {});
    // With no dimension, or one, the whole table is the one slice; with several, every slice
    // fixes all dimensions but one.
    const sliceKeys =
      dimensions.length <= 1
        ? [(): string => '']
        : dimensions.map(
            (free) => (index: number) =>
              JSON.stringify(
                dimensions
                  .filter((dimension) => dimension !== free)
                  .map((dimension) => groups[index]?.key[dimension] ?? null),
              ),
          );
    let changed = true;
    while (changed) {
      changed = false;
      for (const sliceOf of sliceKeys) {
        const slices = new Map<string, number[]>();
        groups.forEach((_, index) => {
          const slice = sliceOf(index);
          const members = slices.get(slice);
          if (members === undefined) slices.set(slice, [index]);
          else members.push(index);
        });
        for (const members of slices.values()) {
          const withheld = members.filter((index) => reasons[index] !== null);
          if (withheld.length !== 1 || members.length < 2) continue;
          const candidates = members
            .filter((index) => reasons[index] === null && (counts[index] ?? 0) > 0)
            .sort((left, right) => (counts[left] ?? 0) - (counts[right] ?? 0));
          const [partner] = candidates;
          if (partner === undefined) continue;
          reasons[partner] = 'complementary';
          changed = true;
        }
      }
    }
  }

  return groups.map((group, index) => {
    const reason = reasons[index] ?? null;
    if (reason === null) return { ...group, withheld: false as const };
    return { key: group.key, withheld: true as const, reason, message: messages[reason](minimumCount) };
  });
}
