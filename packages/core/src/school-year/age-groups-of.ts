import { describeValue } from '../_lib/describe-value';
import { InvalidInputError } from '../errors/invalid-input-error';
import { resolveAgeGroups } from './_lib/resolve-age-groups';
import type { AgeGroup, AgeGroupId } from './official-age-groups';

/** Options of {@link ageGroupsOf}. */
export interface AgeGroupsOfOptions<Id extends string = AgeGroupId> {
  /** The groups to test, in the order the result lists them. Default: the {@link officialAgeGroups}. */
  readonly ageGroups?: readonly AgeGroup<Id>[];
}

/**
 * The age groups an age falls in — several when groups overlap, none when it is in no group.
 *
 * @param age - Full years of age at the cutoff (see {@link ageAtCutoff}), a whole number ≥ 0.
 * @param options - Other groups than the official ones; see {@link AgeGroupsOfOptions}.
 * @returns The ids of the groups with `minAge ≤ age ≤ maxAge`, in the groups' order.
 * @throws {InvalidInputError} when `age` is not a whole number ≥ 0.
 * @throws {InvalidOptionError} when a custom group is malformed.
 *
 * @example
 * ```ts
 * ageGroupsOf(6);  // ['primary', 'disabled_compulsory']
 * ageGroupsOf(17); // ['upper_secondary']
 * ageGroupsOf(2);  // []
 * ```
 */
export function ageGroupsOf<Id extends string = AgeGroupId>(age: number, options?: AgeGroupsOfOptions<Id>): Id[] {
  if (typeof age !== 'number' || !Number.isInteger(age) || age < 0) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['age'],
          messageZh: `年龄应为 ≥ 0 的整数(周岁),收到 ${describeValue(age)}`,
          messageEn: `age must be a whole number of years ≥ 0 (got ${describeValue(age)}).`,
        },
      ],
    });
  }
  return resolveAgeGroups(options?.ageGroups)
    .filter((group) => group.minAge <= age && age <= group.maxAge)
    .map((group) => group.id);
}
