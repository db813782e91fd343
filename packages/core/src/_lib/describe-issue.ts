import type { z } from 'zod';
import type { ErrorPathSegment } from '../errors/edukpi-error';
import type { InputIssue } from '../errors/invalid-input-error';
import { describeValue } from './describe-value';

/** How a field is named in a message: its Chinese label beside its input name. */
export type FieldNamer = (name: string) => { zh: string; en: string };

function pathText(path: readonly ErrorPathSegment[]): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text === '' ? segment : `${text}.${segment}`,
    '',
  );
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/**
 * Turns a zod issue into an {@link InputIssue} with a message in Chinese and English that
 * names the field and the value received.
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
  nameField: FieldNamer,
  prefix: readonly ErrorPathSegment[] = [],
): InputIssue {
  const issuePath = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const path = [...prefix, ...issuePath];
  const fieldName = issuePath.length > 0 ? String(issuePath[issuePath.length - 1]) : '';
  const field = issuePath.length > 0 ? nameField(fieldName) : { zh: '输入', en: 'the input' };
  const received = describeValue(valueAt(input, issue.path));
  const at = pathText(path);
  // The English subject names the path and, when it says more, the label: "before (schools before)".
  const subject = field.en === fieldName || issuePath.length === 0 ? at : `${at} (${field.en})`;
  const make = (zh: string, en: string): InputIssue => ({ path, messageZh: zh, messageEn: en });

  switch (issue.code) {
    case 'invalid_type': {
      if (issuePath.length === 0) {
        return make(`输入应为对象,收到 ${received}`, `the input must be an object (got ${received}).`);
      }
      if (received === 'undefined') {
        return make(`缺少必填字段 ${field.zh}(${at})`, `missing required field ${subject}.`);
      }
      if (issue.expected === 'int') {
        return make(
          `${field.zh}(${at})应为整数,人数、校数等计数不能有小数,收到 ${received}`,
          `${subject} must be a whole number: counts of people, schools or classes cannot be fractional (got ${received}).`,
        );
      }
      const expected: Record<string, { zh: string; en: string }> = {
        number: { zh: '有限数字', en: 'a finite number' },
        boolean: { zh: 'true 或 false', en: 'true or false' },
        string: { zh: '文本', en: 'text' },
        array: { zh: '数组', en: 'an array' },
        object: { zh: '对象', en: 'an object' },
      };
      const wanted = expected[String(issue.expected)] ?? { zh: String(issue.expected), en: String(issue.expected) };
      return make(
        `${field.zh}(${at})应为${wanted.zh},收到 ${received}`,
        `${subject} must be ${wanted.en} (got ${received}).`,
      );
    }
    case 'too_small': {
      const minimum = String(issue.minimum);
      if (minimum === '0' && issue.inclusive !== false) {
        return make(
          `${field.zh}(${at})不能为负数,收到 ${received}`,
          `${subject} must not be negative (got ${received}).`,
        );
      }
      const sign = issue.inclusive === false ? '>' : '≥';
      return make(
        `${field.zh}(${at})应 ${sign} ${minimum},收到 ${received}`,
        `${subject} must be ${sign} ${minimum} (got ${received}).`,
      );
    }
    case 'too_big': {
      const maximum = String(issue.maximum);
      if (maximum === String(Number.MAX_SAFE_INTEGER)) {
        return make(
          `${field.zh}(${at})超出可精确表示的整数范围,收到 ${received}`,
          `${subject} is beyond the safe integer range (got ${received}).`,
        );
      }
      const sign = issue.inclusive === false ? '<' : '≤';
      return make(
        `${field.zh}(${at})应 ${sign} ${maximum},收到 ${received}`,
        `${subject} must be ${sign} ${maximum} (got ${received}).`,
      );
    }
    case 'invalid_value': {
      // A missing choice is a missing field, not a wrong choice.
      if (received === 'undefined') {
        return make(`缺少必填字段 ${field.zh}(${at})`, `missing required field ${subject}.`);
      }
      const allowed = issue.values.map((value) => describeValue(value)).join(', ');
      return make(
        `${field.zh}(${at})应为 ${allowed} 之一,收到 ${received}`,
        `${subject} must be one of ${allowed} (got ${received}).`,
      );
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return {
        path: [...path, issue.keys[0] ?? ''],
        messageZh: `未知字段 ${keys};请检查拼写`,
        messageEn: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}; check the spelling.`,
      };
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { edukpi?: string; zh?: string; en?: string };
      if (params.edukpi === 'not_decimal') {
        return make(
          `${field.zh}(${at})应为数字、数字字符串或 Decimal,收到 ${received}`,
          `${subject} must be a number, a decimal string or a Decimal (got ${received}).`,
        );
      }
      if (params.edukpi === 'negative') {
        return make(
          `${field.zh}(${at})不能为负数,收到 ${received}`,
          `${subject} must not be negative (got ${received}).`,
        );
      }
      if (params.zh !== undefined && params.en !== undefined) return make(params.zh, params.en);
      return make(issue.message, issue.message);
    }
    default:
      return make(`${field.zh}(${at}):${issue.message}`, `${subject}: ${issue.message}`);
  }
}
