import { describe, expect, it } from 'vitest';
import { displayWidth } from './display-width';
import { formatTable } from './format-table';

describe('displayWidth', () => {
  it('counts CJK characters and full-width punctuation as two columns', () => {
    // 城关镇 = 3 × 2, space = 1, '92.04%' = 6 → 13
    expect(displayWidth('城关镇 92.04%')).toBe(13);
    // U+FF08 and U+FF09 are the full-width parentheses of Chinese text: 2 × 2 + 2 letters → 6
    expect(displayWidth('\uff08ab\uff09')).toBe(6);
    // Their ASCII twins take one column each → 4
    expect(displayWidth('(ab)')).toBe(4);
  });
});

describe('formatTable', () => {
  it('aligns columns by display width', () => {
    // Column 1 is 11 wide ('全县 County' = 2 × 2 + 1 + 6); 城关镇 (6 wide) gets 5 spaces of padding.
    expect(
      formatTable(
        [
          ['城关镇', '86.77%'],
          ['全县 County', '5.54%'],
        ],
        ['left', 'right'],
      ),
    ).toEqual(['   城关镇       86.77%', '   全县 County   5.54%']);
  });
});
