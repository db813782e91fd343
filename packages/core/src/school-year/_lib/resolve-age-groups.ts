import { describeValue } from '../../_lib/describe-value';
import { InvalidOptionError } from '../../errors/invalid-option-error';
import { type AgeGroup, officialAgeGroups } from '../official-age-groups';

/**
 * @internal The groups to use: `ageGroups` when given, checked, else the official ones.
 * @throws {InvalidOptionError} when a group has no id, a repeated id, or ages that are not whole
 *   numbers with 0 ≤ minAge ≤ maxAge.
 */
export function resolveAgeGroups<Id extends string>(ageGroups: readonly AgeGroup<Id>[] | undefined): AgeGroup<Id>[] {
  if (ageGroups === undefined) return Object.values(officialAgeGroups) as unknown as AgeGroup<Id>[];
  if (!Array.isArray(ageGroups) || ageGroups.length === 0) {
    throw new InvalidOptionError({
      path: ['options', 'ageGroups'],
      messageZh: `年龄组(options.ageGroups)应为非空数组,收到 ${describeValue(ageGroups)}`,
      messageEn: `options.ageGroups must be a non-empty array (got ${describeValue(ageGroups)}).`,
    });
  }
  const seen = new Set<string>();
  ageGroups.forEach((group: unknown, index) => {
    const path = ['options', 'ageGroups', index];
    const at = `options.ageGroups[${index}]`;
    if (typeof group !== 'object' || group === null) {
      throw new InvalidOptionError({
        path,
        messageZh: `年龄组(${at})应为 { id, minAge, maxAge, label } 对象,收到 ${describeValue(group)}`,
        messageEn: `${at} must be an object { id, minAge, maxAge, label } (got ${describeValue(group)}).`,
      });
    }
    const { id, minAge, maxAge } = group as Record<string, unknown>;
    if (typeof id !== 'string' || id === '' || seen.has(id)) {
      throw new InvalidOptionError({
        path: [...path, 'id'],
        messageZh: `年龄组(${at}.id)应为不重复的非空字符串,收到 ${describeValue(id)}`,
        messageEn: `${at}.id must be a non-empty string used once (got ${describeValue(id)}).`,
      });
    }
    seen.add(id);
    for (const [name, age] of [
      ['minAge', minAge],
      ['maxAge', maxAge],
    ] as const) {
      if (typeof age !== 'number' || !Number.isInteger(age) || age < 0) {
        throw new InvalidOptionError({
          path: [...path, name],
          messageZh: `年龄组(${at}.${name})应为 ≥ 0 的整数,收到 ${describeValue(age)}`,
          messageEn: `${at}.${name} must be a whole number ≥ 0 (got ${describeValue(age)}).`,
        });
      }
    }
    if ((minAge as number) > (maxAge as number)) {
      throw new InvalidOptionError({
        path: [...path, 'maxAge'],
        messageZh: `年龄组 ${id} 的最大年龄 ${maxAge} 小于最小年龄 ${minAge}`,
        messageEn: `age group ${id} has maxAge ${maxAge} below minAge ${minAge}.`,
      });
    }
  });
  return [...ageGroups];
}
