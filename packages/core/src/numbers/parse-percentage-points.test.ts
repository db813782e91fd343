import { describe, expect, it } from 'vitest';
import { parsePercentagePoints } from './parse-percentage-points';

describe('parsePercentagePoints', () => {
  it.each([
    ['3.22个百分点', '3.22'],
    ['3.22個百分點', '3.22'],
    ['0.5百分点', '0.5'],
    ['-1.2个百分点', '-1.2'],
    ['１．５个百分点', '1.5'],
    ['3.22 percentage points', '3.22'],
    ['1 percentage point', '1'],
    ['3.22 pp', '3.22'],
  ])('reads %j', (text, value) => {
    expect(parsePercentagePoints(text)).toEqual({ value });
  });

  it.each(['3.22%', '3.22', '个百分点', '3.22个百分点多', '3.22万个百分点', ''])('refuses %j', (text) => {
    expect(parsePercentagePoints(text)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(parsePercentagePoints(null as never)).toBeNull();
  });
});
