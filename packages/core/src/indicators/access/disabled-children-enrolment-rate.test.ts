import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { disabledChildrenEnrolmentRate } from './disabled-children-enrolment-rate';

type Input = Parameters<
  typeof computeWithDefinition<
    'disabled_children_enrolment_rate',
    typeof disabledChildrenEnrolmentRate.fields,
    'standard'
  >
>[1];
const compute = (input: Input) => computeWithDefinition(disabledChildrenEnrolmentRate, input);

function issueOf(input: Input): InvalidInputError {
  try {
    compute(input);
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

describe('disabled_children_enrolment_rate', () => {
  it('济源示范区: 98.45%, passing ≥ 95% (2017)', () => {
    // 1969 ÷ 2000 = 0.9845 → 98.45
    const result = compute({ enrolled: 1969, population: 2000 });
    expect(result.formattedValue).toBe('98.45');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'quality_balance_2017', comparator: '>=', value: '95', passed: true }),
    ]);
  });

  it('武安市: 三类残障儿童入学率 93.82%, failing ≥ 95%', () => {
    // 4691 ÷ 5000 = 0.9382 → 93.82; margin 93.82 − 95 = −1.18
    const result = compute({ enrolled: 4691, population: 5000 });
    expect(result.formattedValue).toBe('93.82');
    expect(result.thresholds[0]).toMatchObject({ passed: false, margin: '-1.18' });
  });

  it('the 95% boundary is exact: 94.999% fails though it prints 95.00', () => {
    expect(compute({ enrolled: 95, population: 100 }).thresholds[0]?.passed).toBe(true);
    // 18999 ÷ 20000 = 94.995% → '95.00' (half up), below 95
    const result = compute({ enrolled: 18999, population: 20000 });
    expect(result.formattedValue).toBe('95.00');
    expect(result.thresholds[0]).toMatchObject({ passed: false, margin: '-0.005' });
  });

  describe('the breakdown 特教学校 + 随班就读 + 送教上门', () => {
    it('all three adding up to enrolled is accepted, checked, and kept among the inputs', () => {
      // 412 + 1391 + 166 = 1969
      const result = compute({
        enrolled: 1969,
        population: 2000,
        bySpecialSchool: 412,
        byMainstream: 1391,
        byHomeTeaching: 166,
      });
      expect(result.formattedValue).toBe('98.45');
      expect(result.warnings).toEqual([]);
      expect(Object.keys(result.inputs).sort()).toEqual([
        'byHomeTeaching',
        'byMainstream',
        'bySpecialSchool',
        'enrolled',
        'population',
      ]);
    });

    it('three parts that do not add up to enrolled are a bilingual error on enrolled', () => {
      // 412 + 1391 + 160 = 1963 ≠ 1969
      const error = issueOf({
        enrolled: 1969,
        population: 2000,
        bySpecialSchool: 412,
        byMainstream: 1391,
        byHomeTeaching: 160,
      });
      expect(error.code).toBe('invalid_input');
      expect(error.path).toEqual(['enrolled']);
      expect(error.messageZh).toContain('合计 1963,应等于入学的适龄残疾儿童少年数(enrolled = 1969)');
      expect(error.messageEn).toContain('add up to 1963, which must equal enrolled');
    });

    it('some parts may be given; together they must not exceed enrolled', () => {
      expect(compute({ enrolled: 1969, population: 2000, byMainstream: 1391 }).formattedValue).toBe('98.45');
      expect(compute({ enrolled: 100, population: 120, bySpecialSchool: 40, byMainstream: 60 }).formattedValue).toBe(
        '83.33',
      );
      // 40 + 61 = 101 > 100
      const error = issueOf({ enrolled: 100, population: 120, bySpecialSchool: 40, byMainstream: 61 });
      expect(error.path).toEqual(['bySpecialSchool']);
      expect(error.messageZh).toContain('不能大于');
      expect(error.messageEn).toContain('cannot exceed enrolled');
    });

    it('a part must itself be a whole count', () => {
      expect(() => compute({ enrolled: 10, population: 12, byHomeTeaching: 1.5 })).toThrow(/byHomeTeaching/);
    });
  });

  it('more enrolled than disabled children of that age is an input error', () => {
    const error = issueOf({ enrolled: 2001, population: 2000 });
    expect(error.path).toEqual(['enrolled']);
    expect(error.messageEn).toContain('cannot exceed population');
  });

  it('no disabled children of that age: no value', () => {
    expect(compute({ enrolled: 0, population: 0 }).reason).toBe('zero_denominator');
  });

  it('aggregation checks every row’s breakdown and reports it with its row index', () => {
    const rows = [
      { county: 'A', enrolled: 50, population: 52, bySpecialSchool: 10, byMainstream: 35, byHomeTeaching: 5 },
      { county: 'A', enrolled: 30, population: 30, bySpecialSchool: 10, byMainstream: 15, byHomeTeaching: 4 },
    ];
    try {
      aggregateWithDefinition(disabledChildrenEnrolmentRate, rows, { by: ['county'] });
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['rows', 1, 'enrolled']);
    }
    const fixed = rows.map((row, index) => (index === 1 ? { ...row, byHomeTeaching: 5 } : row));
    const [county] = aggregateWithDefinition(disabledChildrenEnrolmentRate, fixed, { by: ['county'] });
    // 80 ÷ 82 = 0.975609… → 97.56
    expect(county?.result.formattedValue).toBe('97.56');
  });
});
