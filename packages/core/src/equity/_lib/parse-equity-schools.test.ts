import { describe, expect, it } from 'vitest';
import { EdukpiError } from '../../errors/edukpi-error';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { coefficientOfVariation } from '../coefficient-of-variation';
import { giniCoefficient } from '../gini-coefficient';
import { mcLooneIndex } from '../mc-loone-index';
import { theilIndex } from '../theil-index';
import { catchError } from './test-support';

function inputError(run: () => unknown): InvalidInputError {
  const error = catchError(run);
  expect(InvalidInputError.isInstance(error)).toBe(true);
  return error as InvalidInputError;
}

describe('school input validation (shared by every equity measure)', () => {
  it('a negative head count', () => {
    const error = inputError(() => coefficientOfVariation([{ students: -1, value: 3 }]));
    expect(error.code).toBe('invalid_input');
    expect(error.indicatorId).toBe('coefficient_of_variation');
    expect(error.issues).toEqual([
      {
        path: ['schools', 0, 'students'],
        messageZh: '在校学生数(schools[0].students)不能为负数,收到 -1',
        messageEn: 'schools[0].students (enrolled students) must not be negative (got -1).',
      },
    ]);
  });

  it('a fractional head count', () => {
    const error = inputError(() =>
      coefficientOfVariation([
        { students: 10, value: 1 },
        { students: 12.5, total: 40 },
      ]),
    );
    expect(error.path).toEqual(['schools', 1, 'students']);
    expect(error.issues[0]?.messageZh).toBe(
      '在校学生数(schools[1].students)应为整数,人数、校数等计数不能有小数,收到 12.5',
    );
    expect(error.issues[0]?.messageEn).toContain('must be a whole number');
  });

  it('both value and total, or neither', () => {
    const error = inputError(() =>
      coefficientOfVariation([{ students: 10, value: 1, total: 10 } as never, { students: 10 } as never]),
    );
    expect(error.issues).toEqual([
      {
        path: ['schools', 0, 'total'],
        messageZh: 'schools[0] 只能给出 value(生均值)或 total(资源总量)之一,不能同时给出',
        messageEn: 'schools[0]: give either value (the per-student figure) or total (the resource total), not both.',
      },
      {
        path: ['schools', 1, 'value'],
        messageZh: 'schools[1] 缺少 value(生均值)或 total(资源总量):请给出其中之一',
        messageEn:
          'schools[1] is missing its figure: give value (the per-student figure) or total (the resource total).',
      },
    ]);
    // The summary message is bilingual and counts the other issues.
    expect(error.messageZh).toBe(
      '指标 coefficient_of_variation 的输入无效:schools[0] 只能给出 value(生均值)或 total(资源总量)之一,不能同时给出(另有 1 处问题,见 issues)',
    );
    expect(error.message).toContain('\nInvalid input for coefficient_of_variation: schools[0]: give either');
  });

  it('a value that is undefined counts as absent', () => {
    expect(coefficientOfVariation([{ students: 10, value: undefined, total: 20 } as never]).mean?.toString()).toBe('2');
  });

  it('schools that is not an array', () => {
    for (const schools of [undefined, null, { students: 1, value: 1 }, 'schools']) {
      const error = inputError(() => coefficientOfVariation(schools as never));
      expect(error.path).toEqual(['schools']);
      expect(error.messageZh).toContain('应为数组');
      expect(error.messageEn).toContain('must be an array');
    }
  });

  it('an entry that is not an object, a bad figure, a bad id and an unknown field', () => {
    const error = inputError(() =>
      coefficientOfVariation([
        5 as never,
        { students: 3, value: '1,200' },
        { students: 3, total: '-4' },
        { id: 7, students: 3, value: 1 } as never,
        { students: 3, vaule: 1, value: 1 } as never,
      ]),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['schools', 0],
      ['schools', 1, 'value'],
      ['schools', 2, 'total'],
      ['schools', 3, 'id'],
      ['schools', 4, 'vaule'],
    ]);
    expect(error.issues.map((issue) => issue.messageZh)).toEqual([
      '学校(schools[0])应为对象 { students, value } 或 { students, total },收到 5',
      '生均值(schools[1].value)应为数字、数字字符串或 Decimal,收到 "1,200"',
      '资源总量(schools[2].total)不能为负数,收到 "-4"',
      '学校标识(schools[3].id)应为字符串,收到 7',
      'schools[4] 有未知字段 vaule;可用字段:id、students、value、total、group',
    ]);
    expect(error.issues.map((issue) => issue.messageEn)).toEqual([
      'schools[0] must be an object { students, value } or { students, total } (got 5).',
      'schools[1].value (per-student value) must be a number, a decimal string or a Decimal (got "1,200").',
      'schools[2].total (resource total) must not be negative (got "-4").',
      'schools[3].id (school id) must be a string (got 7).',
      'schools[4] has unknown field vaule; the fields are id, students, value, total and group.',
    ]);
  });

  it('every school-based measure validates the same way, under its own indicator id', () => {
    const bad = [{ students: 1.5, value: 1 }];
    const measures = [
      ['gini_coefficient', () => giniCoefficient(bad)],
      ['theil_index', () => theilIndex(bad)],
      ['mcloone_index', () => mcLooneIndex(bad)],
    ] as const;
    for (const [indicatorId, run] of measures) {
      const error = inputError(run);
      expect(EdukpiError.isInstance(error)).toBe(true);
      expect(error.indicatorId).toBe(indicatorId);
      expect(error.path).toEqual(['schools', 0, 'students']);
    }
  });
});
