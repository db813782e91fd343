import { describe, expect, it } from 'vitest';
import { coefficientOfVariation } from './coefficient-of-variation';
import { rankContributions } from './rank-contributions';

describe('rankContributions', () => {
  it('puts the schools that pull the CV up first (largest share of the variance)', () => {
    // Shares: A 0.256/0.44 = 0.5818, B 0.072/0.44 = 0.1636, C 0.112/0.44 = 0.2545
    const result = coefficientOfVariation([
      { id: 'A', students: 100, value: 4 },
      { id: 'B', students: 200, value: 5 },
      { id: 'C', students: 700, value: 6 },
    ]);
    const ranked = rankContributions(result.contributions);
    expect(ranked.map((school) => [school.id, school.varianceShare?.toFixed(4)])).toEqual([
      ['A', '0.5818'],
      ['C', '0.2545'],
      ['B', '0.1636'],
    ]);
    // The result itself keeps input order.
    expect(result.contributions.map((school) => school.id)).toEqual(['A', 'B', 'C']);
  });

  it('keeps input order on ties and when there is no variance (null shares)', () => {
    const tied = coefficientOfVariation([
      { id: 'low', students: 1, value: 1 },
      { id: 'high', students: 1, value: 3 },
    ]);
    expect(rankContributions(tied.contributions).map((school) => school.id)).toEqual(['low', 'high']);
    const flat = coefficientOfVariation([
      { id: 'x', students: 5, value: 2 },
      { id: 'y', students: 9, value: 2 },
    ]);
    expect(rankContributions(flat.contributions).map((school) => [school.id, school.varianceShare])).toEqual([
      ['x', null],
      ['y', null],
    ]);
  });
});
