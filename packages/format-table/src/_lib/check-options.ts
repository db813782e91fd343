import { describeValue, type ErrorPathSegment, InvalidInputError, InvalidOptionError } from '@edukpi/core';

/** The type a field must have: a `typeof` name, `array`, or the list of values allowed. */
export type FieldType = 'any' | 'string' | 'number' | 'boolean' | 'object' | 'function' | 'array' | readonly string[];

/** How {@link checkOptions} reports a problem. */
export interface CheckOptionsSettings {
  /** Where the object sits. Default `['options']`. */
  readonly path?: readonly ErrorPathSegment[];
  /** Fields that must be given. Default none. */
  readonly required?: readonly string[];
  /** `option` throws InvalidOptionError (default), `input` InvalidInputError. */
  readonly error?: 'option' | 'input';
}

function matches(value: unknown, type: FieldType): boolean {
  if (typeof type !== 'string') return typeof value === 'string' && type.includes(value);
  if (type === 'any') return true;
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === type;
}

const typeNames: Readonly<Record<string, { zh: string; en: string }>> = {
  string: { zh: '字符串', en: 'a string' },
  number: { zh: '有限数值', en: 'a finite number' },
  boolean: { zh: '布尔值', en: 'a boolean' },
  object: { zh: '对象', en: 'an object' },
  function: { zh: '函数', en: 'a function' },
  array: { zh: '数组', en: 'an array' },
};

function describeType(type: FieldType): { zh: string; en: string } {
  if (typeof type !== 'string') {
    const list = type.map((entry) => `'${entry}'`);
    return { zh: `${list.join('、')} 之一`, en: `one of ${list.join(', ')}` };
  }
  return typeNames[type] ?? { zh: type, en: type };
}

/** Throws the error the settings ask for. */
export function failCheck(
  settings: Pick<CheckOptionsSettings, 'error'>,
  path: readonly ErrorPathSegment[],
  messageZh: string,
  messageEn: string,
): never {
  if (settings.error === 'input') throw new InvalidInputError({ issues: [{ path, messageZh, messageEn }] });
  throw new InvalidOptionError({ path, messageZh, messageEn });
}

/**
 * Checks an options object (or an input record): it must be an object, name only known fields and
 * give each the type it needs (`undefined` and `null` mean "use the default"), so a typo never
 * passes silently.
 *
 * @throws {InvalidOptionError} (or {@link InvalidInputError} when `settings.error` is `input`) on the
 *   first problem, with its path and a message in both languages.
 */
export function checkOptions(
  options: unknown,
  spec: Readonly<Record<string, FieldType>>,
  settings: CheckOptionsSettings = {},
): void {
  const { path = ['options'], required = [] } = settings;
  const name = path.length === 0 ? 'options' : String(path[path.length - 1]);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    failCheck(
      settings,
      path,
      `${name} 应为对象,收到 ${describeValue(options)}`,
      `${name} must be an object (got ${describeValue(options)}).`,
    );
  }
  const record = options as Readonly<Record<string, unknown>>;
  for (const [field, value] of Object.entries(record)) {
    const type = spec[field];
    if (type === undefined) {
      const known = Object.keys(spec);
      failCheck(
        settings,
        [...path, field],
        `未知的字段「${field}」;可用字段:${known.join('、')}`,
        `Unknown field "${field}"; known fields: ${known.join(', ')}.`,
      );
    }
    if (value !== undefined && value !== null && !matches(value, type)) {
      const expected = describeType(type);
      failCheck(
        settings,
        [...path, field],
        `${field} 应为${expected.zh},收到 ${describeValue(value)}`,
        `${field} must be ${expected.en} (got ${describeValue(value)}).`,
      );
    }
  }
  for (const field of required) {
    if (record[field] === undefined || record[field] === null) {
      failCheck(settings, [...path, field], `缺少 ${field}`, `${field} is missing.`);
    }
  }
}
