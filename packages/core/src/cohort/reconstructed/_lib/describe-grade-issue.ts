import type { z } from 'zod';
import { describeIssue, type FieldNamer } from '../../../_lib/describe-issue';
import { describeValue } from '../../../_lib/describe-value';
import type { ErrorPathSegment } from '../../../errors/edukpi-error';
import type { InputIssue } from '../../../errors/invalid-input-error';

function pathText(index: number, field?: string): string {
  return `grades[${index}]${field === undefined ? '' : `.${field}`}`;
}

/**
 * Describes a zod issue on one grade of a table, with the path `['grades', index, field]` and a
 * message in Chinese and English that names the field and the value received. Missing fields,
 * bad grade labels and unknown fields get messages of their own.
 */
export function describeGradeIssue(
  issue: z.core.$ZodIssue,
  grade: unknown,
  index: number,
  nameField: FieldNamer,
  fieldList: readonly string[],
): InputIssue {
  const prefix: readonly ErrorPathSegment[] = ['grades', index];
  const [first] = issue.path;
  const field = typeof first === 'string' ? first : undefined;
  const value = field === undefined ? undefined : (grade as Record<string, unknown>)[field];
  if (field !== undefined && issue.path.length === 1 && value === undefined) {
    const label = nameField(field);
    return {
      path: [...prefix, field],
      messageZh: `${pathText(index)} 缺少必填字段 ${label.zh}(${field})`,
      messageEn: `${pathText(index)} is missing the required field ${field} (${label.en}).`,
    };
  }
  if (issue.code === 'custom' && field !== undefined) {
    const params = (issue.params ?? {}) as { edukpi?: string };
    if (params.edukpi === 'grade_label') {
      const received = describeValue(value);
      return {
        path: [...prefix, field],
        messageZh: `年级名称(${pathText(index, field)})应为整数或非空字符串,收到 ${received}`,
        messageEn: `${pathText(index, field)} (the grade's label) must be a whole number or a non-empty string (got ${received}).`,
      };
    }
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return {
      path: [...prefix, issue.keys[0] ?? ''],
      messageZh: `${pathText(index)} 有未知字段 ${keys};可用字段:${fieldList.join('、')}`,
      messageEn: `${pathText(index)} has unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}; the fields are ${fieldList.join(', ')}.`,
    };
  }
  return describeIssue(issue, grade, nameField, prefix);
}

/** The issue of a grade that is not an object. */
export function notAnObjectIssue(grade: unknown, index: number, shape: string): InputIssue {
  const received = describeValue(grade);
  return {
    path: ['grades', index],
    messageZh: `年级(${pathText(index)})应为对象 ${shape},收到 ${received}`,
    messageEn: `${pathText(index)} must be an object ${shape} (got ${received}).`,
  };
}
