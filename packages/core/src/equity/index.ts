export type {
  EquityScale,
  EquitySchool,
  EquitySchoolWithTotal,
  EquitySchoolWithValue,
  ExcludedSchool,
} from './_lib/equity-school';
export {
  type CoefficientOfVariationContribution,
  type CoefficientOfVariationContributionJson,
  type CoefficientOfVariationJson,
  type CoefficientOfVariationNoValueReason,
  type CoefficientOfVariationOptions,
  type CoefficientOfVariationResult,
  coefficientOfVariation,
} from './coefficient-of-variation';
export {
  type CompositeCoefficientInput,
  type CompositeCoefficientOfVariationJson,
  type CompositeCoefficientOfVariationNoValueReason,
  type CompositeCoefficientOfVariationResult,
  compositeCoefficientOfVariation,
} from './composite-coefficient-of-variation';
export {
  type GenderParityIndexInput,
  type GenderParityIndexJson,
  type GenderParityIndexNoValueReason,
  type GenderParityIndexOptions,
  type GenderParityIndexResult,
  genderParityIndex,
} from './gender-parity-index';
export {
  type GiniCoefficientJson,
  type GiniCoefficientNoValueReason,
  type GiniCoefficientOptions,
  type GiniCoefficientResult,
  giniCoefficient,
} from './gini-coefficient';
export {
  type McLooneIndexJson,
  type McLooneIndexNoValueReason,
  type McLooneIndexOptions,
  type McLooneIndexResult,
  mcLooneIndex,
} from './mc-loone-index';
export { rankContributions } from './rank-contributions';
export {
  type TheilDecomposition,
  type TheilGroup,
  type TheilGroupJson,
  type TheilIndexJson,
  type TheilIndexNoValueReason,
  type TheilIndexOptions,
  type TheilIndexResult,
  theilIndex,
} from './theil-index';
