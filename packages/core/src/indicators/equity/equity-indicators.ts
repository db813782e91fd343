import { coefficientOfVariation } from './coefficient-of-variation';
import { compositeCoefficientOfVariation } from './composite-coefficient-of-variation';
import { genderParityIndex } from './gender-parity-index';
import { giniCoefficient } from './gini-coefficient';
import { mcLooneIndex } from './mcloone-index';
import { theilIndex } from './theil-index';

/** The equity measures, by id: the 差异系数 of both regimes, parity, and the school-finance indices. */
export const equityIndicators = {
  coefficient_of_variation: coefficientOfVariation,
  composite_coefficient_of_variation: compositeCoefficientOfVariation,
  gender_parity_index: genderParityIndex,
  gini_coefficient: giniCoefficient,
  theil_index: theilIndex,
  mcloone_index: mcLooneIndex,
} as const;
