import { describe, expect, it } from 'vitest';
import { EdukpiError } from './edukpi-error';
import { InvalidInputError } from './invalid-input-error';
import { InvalidOptionError } from './invalid-option-error';
import { UnknownIndicatorError } from './unknown-indicator-error';
import { UnknownMethodError } from './unknown-method-error';

describe('EdukpiError', () => {
  it('carries a code, a path, both messages and the cause', () => {
    const cause = new Error('parser failed');
    const error = new EdukpiError({
      code: 'invalid_input',
      messageZh: '中文',
      messageEn: 'English',
      path: ['a', 1],
      cause,
    });
    expect(error.code).toBe('invalid_input');
    expect(error.path).toEqual(['a', 1]);
    expect(error.message).toBe('中文\nEnglish');
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(Error);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'EdukpiError',
      code: 'invalid_input',
      path: ['a', 1],
      messageZh: '中文',
      messageEn: 'English',
    });
  });

  it('isInstance recognises errors from a second copy of core (same Symbol.for marker)', () => {
    // A second copy of the package defines its own class but uses the same global symbols.
    const foreign = Object.assign(new Error('x'), {
      [Symbol.for('edukpi.error')]: true,
      [Symbol.for('edukpi.error.invalid-input')]: true,
    });
    expect(foreign instanceof EdukpiError).toBe(false);
    expect(EdukpiError.isInstance(foreign)).toBe(true);
    expect(InvalidInputError.isInstance(foreign)).toBe(true);
    expect(UnknownMethodError.isInstance(foreign)).toBe(false);
  });

  it('isInstance rejects non-errors and plain errors', () => {
    for (const candidate of [null, undefined, 'error', 42, {}, new Error('plain')]) {
      expect(EdukpiError.isInstance(candidate)).toBe(false);
    }
  });

  it('each subclass is an EdukpiError with its own stable code', () => {
    const errors = [
      new InvalidInputError({ issues: [{ path: ['x'], messageZh: '错', messageEn: 'wrong' }] }),
      new InvalidOptionError({ path: ['options'], messageZh: '错', messageEn: 'wrong' }),
      new UnknownIndicatorError({ indicatorId: 'x', suggestions: [] }),
      new UnknownMethodError({ indicatorId: 'x', method: 'y', methods: ['z'] }),
    ];
    expect(errors.map((error) => [error.name, error.code, EdukpiError.isInstance(error)])).toEqual([
      ['InvalidInputError', 'invalid_input', true],
      ['InvalidOptionError', 'invalid_option', true],
      ['UnknownIndicatorError', 'unknown_indicator', true],
      ['UnknownMethodError', 'unknown_method', true],
    ]);
    expect(InvalidInputError.isInstance(errors[1])).toBe(false);
  });

  it('InvalidInputError summarises several issues in both languages', () => {
    const error = new InvalidInputError({
      indicatorId: 'change',
      issues: [
        { path: ['previous'], messageZh: '上期数不能为负数', messageEn: 'previous must not be negative.' },
        { path: ['current'], messageZh: '缺少本期数', messageEn: 'missing current.' },
      ],
    });
    expect(error.path).toEqual(['previous']);
    expect(error.messageZh).toBe('指标 change 的输入无效:上期数不能为负数(另有 1 处问题,见 issues)');
    expect(error.messageEn).toBe('Invalid input for change: previous must not be negative. (1 more issue in `issues`)');
  });

  it('InvalidInputError names what was checked when it is not an indicator', () => {
    const error = new InvalidInputError({
      subject: { zh: '县域评估', en: 'the county evaluation' },
      issues: [{ path: ['schools', 0, 'id'], messageZh: '缺少学校标识码', messageEn: 'missing school id.' }],
    });
    expect(error.subject).toEqual({ zh: '县域评估', en: 'the county evaluation' });
    expect(error.indicatorId).toBeUndefined();
    expect(error.messageZh).toBe('县域评估的输入无效:缺少学校标识码');
    expect(error.messageEn).toBe('Invalid input for the county evaluation: missing school id.');
  });
});
