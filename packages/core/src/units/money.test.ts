import { describe, expect, it } from 'vitest';
import { convertMoney } from './money';

describe('convertMoney', () => {
  it('converts 万元 and 亿元 to 元 exactly', () => {
    expect(convertMoney('2241', 'wan_yuan').toString()).toBe('22410000');
    expect(convertMoney('660.5', 'wan_yuan').toString()).toBe('6605000');
    expect(convertMoney('1052.017', 'wan_yuan').toString()).toBe('10520170');
    expect(convertMoney(9, 'yi_yuan').toString()).toBe('900000000');
  });

  it('converts back without floating-point drift', () => {
    expect(convertMoney(22_410_000, 'yuan', 'wan_yuan').toString()).toBe('2241');
    expect(convertMoney('0.3', 'wan_yuan', 'yi_yuan').toString()).toBe('0.00003');
  });

  it('rejects a non-finite amount', () => {
    expect(() => convertMoney(Number.POSITIVE_INFINITY, 'yuan')).toThrow(RangeError);
  });
});
