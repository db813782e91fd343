import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidInputError } from '../errors/invalid-input-error';
import { checkWithSchema } from './check-with-schema';
import { inputSchemas } from './input-schemas';
import { validateWithSchema } from './validate-with-schema';

const schema = z.strictObject({ students: inputSchemas.count, area: inputSchemas.nonNegativeDecimal });
const fieldNames = { students: { zh: '在校生数', en: 'students' }, area: { zh: '面积', en: 'area' } };

describe('checkWithSchema and validateWithSchema', () => {
  it('describes every issue with the field name and path, in both languages', () => {
    const outcome = checkWithSchema(schema, { students: -3, area: 'x' }, { fieldNames, path: ['schools', 2] });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((issue) => issue.path)).toEqual([
      ['schools', 2, 'students'],
      ['schools', 2, 'area'],
    ]);
    expect(outcome.issues[0]?.messageZh).toBe('在校生数(schools[2].students)不能为负数,收到 -3');
    expect(outcome.issues[1]?.messageEn).toContain('must be a number, a decimal string or a Decimal');
  });

  it('returns the parsed value when it matches', () => {
    expect(checkWithSchema(schema, { students: 3, area: '12.5' })).toEqual({
      ok: true,
      value: { students: 3, area: '12.5' },
    });
  });

  it('validateWithSchema throws an InvalidInputError naming the subject', () => {
    try {
      validateWithSchema(schema, { students: 1.5, area: 1 }, { subject: 'evaluate_regime', fieldNames });
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).messageEn).toContain('Invalid input for evaluate_regime');
      expect((error as InvalidInputError).messageZh).toContain('应为整数');
    }
  });
});
