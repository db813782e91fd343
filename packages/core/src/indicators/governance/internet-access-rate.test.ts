import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { internetAccessRate } from './internet-access-rate';

const compute = (input: { schoolsMeeting: number; schools: number }) =>
  computeWithDefinition(internetAccessRate, input);

describe('internet_access_rate', () => {
  it('薛城区 2021: all 80 schools connected is 100.00%', () => {
    expect(compute({ schoolsMeeting: 80, schools: 80 }).toJSON()).toMatchObject({
      value: '100.00',
      numerator: '80',
      denominator: '80',
      warnings: [],
    });
  });

  it('teaching points count in the denominator too', () => {
    // 120 schools + 15 teaching points, 12 teaching points unconnected: 123 ÷ 135 = 0.911111… → 91.11
    expect(compute({ schoolsMeeting: 123, schools: 135 }).formattedValue).toBe('91.11');
  });

  describe('edge cases', () => {
    it('no schools: no value', () => {
      expect(compute({ schoolsMeeting: 0, schools: 0 }).reason).toBe('zero_denominator');
    });

    it('more connected than schools, or a fractional count, is an error', () => {
      expect(() => compute({ schoolsMeeting: 81, schools: 80 })).toThrow(/schoolsMeeting.*cannot exceed/);
      expect(() => compute({ schoolsMeeting: 79.5, schools: 80 })).toThrow(/whole number/);
    });
  });
});
