import { computeIndicator, isResultFormatter } from '@edukpi/core';
import { evaluateRegime, qualityBalance2017 } from '@edukpi/standards';
import { describe, expect, it } from 'vitest';
import { golden2017 } from '../__golden__/golden-counties';
import { formatEvaluation } from '../evaluation/format-evaluation';
import { createTextFormatter, textFormatter } from './create-text-formatter';

describe('createTextFormatter', () => {
  it('implements the v1 formatter contract of core', () => {
    expect(isResultFormatter(textFormatter)).toBe(true);
    expect(textFormatter.specificationVersion).toBe('v1');
    expect(textFormatter.name).toBe('@edukpi/format-text');
    expect(textFormatter.locale).toBe('zh-CN');
  });

  it('writes results and paragraphs in its locale', () => {
    const share = computeIndicator('after_school_participation_rate', { participants: 69100, enrolled: 74400 });
    const reduction = computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 });
    const tw = createTextFormatter({ locale: 'zh-TW' });
    expect(tw.formatResult(share, { style: 'share' })).toBe('參加課後服務學生6.91萬人,佔92.88%');
    expect(textFormatter.formatResults?.([share, reduction])).toBe(
      '课后服务学生参与率达92.88%。校外培训机构压减率达90%。',
    );
    expect(createTextFormatter({ locale: 'en' }).formatResults?.([share, reduction])).toBe(
      'The after-school service student participation rate was 92.88%. The off-campus tutoring institution reduction rate was 90%.',
    );
  });

  it('writes evaluations', () => {
    const evaluation = evaluateRegime(qualityBalance2017, golden2017);
    expect(textFormatter.formatEvaluation?.(evaluation)).toBe(formatEvaluation(evaluation));
  });
});
