import { InvalidOptionError } from '@edukpi/core';
import { describe, expect, it } from 'vitest';
import { alignColumns } from './align-columns';

describe('alignColumns', () => {
  it('aligns columns by display width (the example county report’s layout)', () => {
    // Column 1 is 11 wide ('全县 County' = 2 × 2 + 1 + 6); 城关镇 (6 wide) gets 5 spaces of padding.
    expect(
      alignColumns(
        [
          ['城关镇', '86.77%'],
          ['全县 County', '5.54%'],
        ],
        { alignments: ['left', 'right'], indent: '   ' },
      ),
    ).toEqual(['   城关镇       86.77%', '   全县 County   5.54%']);
  });

  it('centres, accepts ragged rows and a separator, and trims trailing spaces', () => {
    expect(
      alignColumns([['a', 'bb', 'c'], ['dddd'], ['学', '校']], { alignments: ['center', 'left'], separator: ' | ' }),
    ).toEqual([' a   | bb | c', 'dddd', ' 学  | 校']);
  });

  it('rejects unknown options', () => {
    expect(() => alignColumns([], { indnet: ' ' } as never)).toThrow(InvalidOptionError);
  });
});
