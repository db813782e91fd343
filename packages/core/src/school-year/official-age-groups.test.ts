import { describe, expect, it } from 'vitest';
import { officialAgeGroups } from './official-age-groups';

describe('officialAgeGroups', () => {
  it('holds the official age bands, in order', () => {
    expect(Object.values(officialAgeGroups).map((group) => [group.id, group.minAge, group.maxAge])).toEqual([
      ['preschool', 3, 5],
      ['primary', 6, 11],
      ['junior', 12, 14],
      ['upper_secondary', 15, 17],
      ['higher', 18, 22],
      ['disabled_compulsory', 6, 14],
    ]);
  });

  it('keys each group by its own id and labels it in three scripts', () => {
    for (const [key, group] of Object.entries(officialAgeGroups)) {
      expect(group.id).toBe(key);
      expect(Object.keys(group.label).sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
      for (const text of Object.values(group.label)) expect(text).toContain(`${group.minAge}`);
    }
    expect(officialAgeGroups.upper_secondary.label).toEqual({
      'zh-CN': '高中阶段(15—17 岁)',
      'zh-TW': '高中階段(15—17 歲)',
      en: 'Upper secondary (ages 15-17)',
    });
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(officialAgeGroups)).toBe(true);
    expect(Object.isFrozen(officialAgeGroups.primary)).toBe(true);
    expect(Object.isFrozen(officialAgeGroups.primary.label)).toBe(true);
  });
});
