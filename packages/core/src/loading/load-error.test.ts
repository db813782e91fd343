import { describe, expect, it } from 'vitest';
import { EdukpiError } from '../errors/edukpi-error';
import { LoadError } from './load-error';
import { MissingColumnsError } from './missing-columns-error';

describe('the loading errors', () => {
  it('LoadError carries its code, source and cause, and is recognised across copies', () => {
    const cause = new Error('EACCES');
    const error = new LoadError({
      code: 'read_failed',
      messageZh: '读不了',
      messageEn: 'cannot read',
      source: 'a.csv',
      cause,
    });
    expect([error.name, error.code, error.source, error.cause, error.message]).toEqual([
      'LoadError',
      'read_failed',
      'a.csv',
      cause,
      '读不了\ncannot read',
    ]);
    expect(EdukpiError.isInstance(error)).toBe(true);
    expect(LoadError.isInstance(error)).toBe(true);
    expect(MissingColumnsError.isInstance(error)).toBe(false);
    const foreign = Object.assign(new Error('x'), {
      [Symbol.for('edukpi.error')]: true,
      [Symbol.for('edukpi.error.load')]: true,
    });
    expect(LoadError.isInstance(foreign)).toBe(true);
  });

  it('MissingColumnsError says which columns are missing, in both languages', () => {
    const error = new MissingColumnsError({
      sheet: '基层表',
      table: { zh: '学校', en: 'school' },
      headers: ['校名'],
      missing: [
        { field: 'name', label: { zh: '学校名称', en: 'school name' }, nearMisses: ['校名'] },
        { field: 'id', label: { zh: '学校标识码', en: 'school id' }, nearMisses: [] },
      ],
    });
    expect(error.code).toBe('missing_columns');
    expect(error.messageZh).toBe(
      '「基层表」缺少学校的必需列:学校名称(name),相近的列:「校名」;学校标识码(id)。可用 mapping 选项指定列名对应的字段。',
    );
    expect(error.messageEn).toBe(
      '"基层表" lacks required columns of the school table: school name (name), near misses: "校名"; school id (id). Map other headers with the mapping option.',
    );
    expect(MissingColumnsError.isInstance(error)).toBe(true);
  });
});
