import { describe, expect, it } from 'vitest';
import { checkOptionRecord } from '../_lib/check-option-record';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { sheetOf, testSpec } from './_lib/test-spec';
import { buildTable } from './build-table';
import { buildTableOptionNames } from './build-table-option-names';

describe('buildTableOptionNames', () => {
  it('is frozen, so no plugin can change what buildTable accepts', () => {
    expect(Object.isFrozen(buildTableOptionNames)).toBe(true);
    expect(() => (buildTableOptionNames as unknown as string[]).push('encoding')).toThrow(TypeError);
  });

  it('names exactly the options buildTable accepts', async () => {
    const sheet = () => sheetOf([['学校标识码', '学校名称', '学校类型']]);
    const accepted = await buildTable({
      sheets: sheet(),
      spec: testSpec,
      options: {
        mapping: {},
        headerRows: 1,
        headerSearchRows: 5,
        onRow: () => undefined,
        keepRows: false,
        reportLimit: 5,
        onProgress: () => undefined,
        progressInterval: 5,
        signal: { aborted: false },
      },
    });
    expect(accepted.counts.read).toBe(1);
    const error = await buildTable({ sheets: sheet(), spec: testSpec, options: { encoding: 'gbk' } as never }).catch(
      (caught: unknown) => caught,
    );
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionError).messageEn).toBe(
      `unknown option encoding; the options are: ${buildTableOptionNames.join(', ')}.`,
    );
  });

  it("lets a loader check its own options and buildTable's at once", () => {
    const names = ['encoding', 'delimiter', ...buildTableOptionNames];
    expect(checkOptionRecord({ encoding: 'gbk', reportLimit: 10 }, names)).toEqual({
      encoding: 'gbk',
      reportLimit: 10,
    });
    expect(() => checkOptionRecord({ encodng: 'gbk' }, names)).toThrow(
      'unknown option encodng; the options are: encoding, delimiter, mapping, headerRows, headerSearchRows, onRow, keepRows, reportLimit, onProgress, progressInterval, signal.',
    );
  });
});
