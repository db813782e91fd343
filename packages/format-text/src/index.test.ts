import { describe, expect, it } from 'vitest';
import * as formatText from './index';

describe('the package entry', () => {
  it('exports every public function and locale', () => {
    const expected = [
      'formatNumber',
      'formatResultValue',
      'formatUnitValue',
      'formatIndicatorLabel',
      'formatResult',
      'formatChange',
      'formatEvaluationItem',
      'formatEvaluation',
      'createTextFormatter',
      'textFormatter',
      'createTextLocale',
      'createTraditionalTextLocale',
      'getTextLocale',
      'zhCNTextLocale',
      'zhTWTextLocale',
      'enTextLocale',
      'zhCNTemplates',
      'enTemplates',
      'textTemplatePlaceholders',
      'wuanVocabulary',
      'formatLocales',
    ];
    for (const name of expected) expect(formatText, name).toHaveProperty(name);
    expect(Object.keys(formatText).sort()).toEqual([...expected].sort());
  });
});
