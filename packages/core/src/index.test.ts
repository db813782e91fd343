import { describe, expect, it } from 'vitest';
import * as core from './index';

describe('the package entry', () => {
  it('exports every public function and class', () => {
    const expected = [
      'computeIndicator',
      'computeWithDefinition',
      'aggregateIndicator',
      'aggregateWithDefinition',
      'suppressSmallCells',
      'checkThresholds',
      'listIndicators',
      'getIndicatorDefinition',
      'isIndicatorId',
      'indicatorIds',
      'indicatorDefinitions',
      'catalogueToMarkdown',
      'defineIndicator',
      'defineRatioIndicator',
      'convertMoney',
      'unitInfo',
      'regimeLabels',
      'Decimal',
      'IndicatorResult',
      'EdukpiError',
      'InvalidInputError',
      'InvalidOptionError',
      'UnknownIndicatorError',
      'UnknownMethodError',
      'coefficientOfVariation',
      'compositeCoefficientOfVariation',
      'giniCoefficient',
      'theilIndex',
      'mcLooneIndex',
      'genderParityIndex',
      'rankContributions',
      'computeCohortIndicators',
      'createStudentTable',
      'studentTableFromColumns',
      'studentStatuses',
      'SchoolYear',
      'parseSchoolYear',
      'schoolYearOf',
      'schoolYearRange',
      'lastSchoolYears',
      'ageAtCutoff',
      'officialAgeGroups',
      'countPopulationByAgeGroup',
    ];
    for (const name of expected) expect(core, name).toHaveProperty(name);
  });
});
