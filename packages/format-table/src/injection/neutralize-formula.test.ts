import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from './neutralize-formula';

describe('neutralizeFormula', () => {
  it('prefixes every text that begins with = + - @ tab or CR', () => {
    expect(
      ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '＝1+1', '＋1', '－1', '＠x'].map(neutralizeFormula),
    ).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "'\r=1", "'＝1+1", "'＋1", "'－1", "'＠x"]);
  });

  it('leaves other text alone, including a formula character later in the text', () => {
    expect(['城关小学', 'a=b', ' =1', '', "'=1", '1-2', '—'].map(neutralizeFormula)).toEqual([
      '城关小学',
      'a=b',
      ' =1',
      '',
      "'=1",
      '1-2',
      '—',
    ]);
  });

  it('never leaves a dangerous first character, and only ever adds one apostrophe (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const neutral = neutralizeFormula(text);
        expect(/^[=+\-@\t\r]/.test(neutral)).toBe(false);
        expect(neutral === text || neutral === `'${text}`).toBe(true);
      }),
    );
  });
});
