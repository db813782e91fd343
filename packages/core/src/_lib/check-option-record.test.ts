import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { checkOptionRecord } from './check-option-record';

const failure = (run: () => unknown): InvalidOptionError => {
  try {
    run();
  } catch (error) {
    if (InvalidOptionError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an InvalidOptionError');
};

describe('checkOptionRecord', () => {
  it('returns known options and refuses an unknown one at its path, listing the options', () => {
    expect(checkOptionRecord({ locale: 'en' }, ['locale', 'width'])).toEqual({ locale: 'en' });
    const error = failure(() => checkOptionRecord({ lcoale: 'en' }, ['locale', 'width']));
    expect(error.path).toEqual(['options', 'lcoale']);
    expect(error.messageEn).toBe('unknown option lcoale; the options are: locale, width.');
    expect(error.messageZh).toBe('未知选项 lcoale;可用选项:locale、width');
  });

  it('refuses options that are not an object', () => {
    for (const value of [null, 'en', 2, ['locale']]) {
      expect(failure(() => checkOptionRecord(value, ['locale'])).path).toEqual(['options']);
    }
  });

  it('reports at the path the caller names, such as a formatter’s settings', () => {
    const unknown = failure(() => checkOptionRecord({ lcoale: 'en' }, ['locale'], { path: ['settings'] }));
    expect(unknown.path).toEqual(['settings', 'lcoale']);
    const notObject = failure(() => checkOptionRecord('en', ['locale'], { path: ['settings'] }));
    expect(notObject.path).toEqual(['settings']);
    expect(notObject.messageEn).toBe('settings must be an object (got "en").');
  });
});
