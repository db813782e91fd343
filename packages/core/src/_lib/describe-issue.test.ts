import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue } from './describe-issue';

const nameField = (name: string) => ({ zh: name === 'grade' ? '年级' : name, en: name === 'grade' ? 'grade' : name });

function describeFirst(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a failure');
  const [issue] = parsed.error.issues;
  if (issue === undefined) throw new Error('expected an issue');
  return describeIssue(issue, input, nameField, ['classes', 2]);
}

describe('describeIssue', () => {
  it('states ranges with their bounds, in both languages', () => {
    const schema = z.object({ grade: z.number().int().min(1).max(9) });
    expect(describeFirst(schema, { grade: 0 })).toEqual({
      path: ['classes', 2, 'grade'],
      messageZh: '年级(classes[2].grade)应 ≥ 1,收到 0',
      messageEn: 'classes[2].grade must be ≥ 1 (got 0).',
    });
    expect(describeFirst(schema, { grade: 10 }).messageEn).toBe('classes[2].grade must be ≤ 9 (got 10).');
    expect(describeFirst(schema, { grade: -1 }).messageZh).toBe('年级(classes[2].grade)应 ≥ 1,收到 -1');
  });

  it('keeps the plain wording for negative counts and unsafe integers', () => {
    const schema = z.object({ grade: z.number().int().min(0) });
    expect(describeFirst(schema, { grade: -3 }).messageEn).toBe('classes[2].grade must not be negative (got -3).');
    expect(describeFirst(schema, { grade: 2 ** 60 }).messageEn).toContain('beyond the safe integer range');
  });

  it('lists the allowed values of an enum', () => {
    const schema = z.object({ stage: z.enum(['primary', 'junior']) });
    expect(describeFirst(schema, { stage: 'senior' })).toMatchObject({
      messageZh: 'stage(classes[2].stage)应为 "primary", "junior" 之一,收到 "senior"',
      messageEn: 'classes[2].stage must be one of "primary", "junior" (got "senior").',
    });
  });
});
