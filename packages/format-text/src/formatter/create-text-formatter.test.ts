import { computeIndicator, InvalidOptionError, isResultFormatter } from '@edukpi/core';
import { evaluateRegime, qualityBalance2017 } from '@edukpi/standards';
import { describe, expect, it } from 'vitest';
import { golden2017 } from '../__golden__/golden-counties';
import { catchError } from '../_test/catch-error';
import { expectOptionsChecked } from '../_test/expect-options-checked';
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

  it('refuses a misspelt setting, naming it and listing the settings, instead of ignoring it', () => {
    // Before, `locle: 'en'` gave a zh-CN formatter.
    expect(() => createTextFormatter({ locle: 'en' } as never)).toThrow(/unknown option locle/);
    expectOptionsChecked((settings) => createTextFormatter(settings as never), 'locle', ['locale'], ['settings']);
  });

  it('refuses a misspelt per-call option in every method, and takes each option of either function', () => {
    const share = computeIndicator('after_school_participation_rate', { participants: 69100, enrolled: 74400 });
    const evaluation = evaluateRegime(qualityBalance2017, golden2017);
    const names = [
      'style',
      'subject',
      'label',
      'part',
      'unit',
      'decimals',
      'keepTrailingZeros',
      'thresholds',
      'template',
      'sections',
      'schools',
    ];
    expectOptionsChecked((options) => textFormatter.formatResult(share, options as never), 'stlye', names);
    expectOptionsChecked((options) => textFormatter.formatResults?.([share], options as never), 'subjet', names);
    // Even with no result to write, a typo is a typo.
    expectOptionsChecked((options) => textFormatter.formatResults?.([], options as never), 'subjet', names);
    expectOptionsChecked((options) => textFormatter.formatEvaluation?.(evaluation, options as never), 'section', names);
    // The options of the other function are taken and left aside, as the one options type promises.
    expect(textFormatter.formatResult(share, { style: 'share', sections: ['verdict'], schools: 'all' })).toBe(
      '参加课后服务学生6.91万人,占92.88%',
    );
    expect(textFormatter.formatEvaluation?.(evaluation, { sections: ['verdict'], style: 'share', unit: '人' })).toBe(
      formatEvaluation(evaluation, { sections: ['verdict'] }),
    );
  });

  it('refuses a per-call locale: the formatter’s is fixed when it is made', () => {
    const share = computeIndicator('after_school_participation_rate', { participants: 69100, enrolled: 74400 });
    const error = catchError(() => textFormatter.formatResult(share, { locale: 'en' } as never));
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionError).path).toEqual(['options', 'locale']);
  });
});
