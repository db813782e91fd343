import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from './estimate-text-width';

describe('estimateTextWidth', () => {
  it('counts a CJK character as one em, where vega counts 0.8', () => {
    expect(estimateTextWidth('每百名学生拥有高于规定学历教师数', 12)).toBe(16 * 12);
    expect(estimateTextWidth('學校', 10)).toBe(20);
    expect(estimateTextWidth('ＡＢ', 10)).toBe(20);
  });

  it('counts Latin letters and digits narrower, and bold a little wider', () => {
    expect(estimateTextWidth('2000', 10)).toBe(24);
    expect(estimateTextWidth('iii', 10)).toBe(11);
    expect(estimateTextWidth('学校', 10, true)).toBe(22);
    expect(estimateTextWidth('', 12)).toBe(0);
  });

  it('is never below vega’s own estimate for Chinese text, and adds up over concatenation', () => {
    const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code)) });
    fc.assert(
      fc.property(cjk, fc.string(), fc.integer({ min: 6, max: 30 }), (chinese, other, size) => {
        expect(estimateTextWidth(chinese, size)).toBeGreaterThanOrEqual(Math.floor(0.8 * chinese.length * size));
        const joined = estimateTextWidth(chinese + other, size);
        const parts = estimateTextWidth(chinese, size) + estimateTextWidth(other, size);
        expect(joined).toBeLessThanOrEqual(parts);
        expect(joined).toBeGreaterThanOrEqual(parts - 2);
      }),
    );
  });
});
