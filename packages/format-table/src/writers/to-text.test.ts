import { describe, expect, it } from 'vitest';
import { smallTable } from '../_test/small-table';
import { toText } from './to-text';

describe('toText', () => {
  it('prints caption, header with units, a rule, aligned rows and notes', () => {
    expect(toText(smallTable())).toBe(
      [
        '课后服务参与情况',
        '学校              参与率(%)  在校生(人)  增减  是否达标',
        '-------------------------------------------------------',
        '城关小学              92.88        1860  -3.5   ✓ 达标',
        '西山乡后沟教学点          —          32   0.0  ✗ 未达标',
        '全县                  91.50        1892  -3.4',
        '教学点未开展课后服务。',
        '',
      ].join('\n'),
    );
  });

  it('underlines section titles and indents on request', () => {
    const text = toText({ id: 's', title: '学校', tables: [smallTable()] }, { indent: '  ' });
    expect(text.split('\n').slice(0, 3)).toEqual(['  学校', '  ====', '']);
  });
});
