import { InvalidOptionError } from '@edukpi/core';
import { describe, expect, it } from 'vitest';
import { catchError } from '../_test/catch-error';
import { expectOptionsChecked } from '../_test/expect-options-checked';
import { renderTemplate } from './_lib/render-template';
import { createTextLocale } from './create-text-locale';
import { createTraditionalTextLocale } from './create-traditional-text-locale';
import { enTextLocale } from './en-text-locale';
import { getTextLocale } from './get-text-locale';
import { textTemplatePlaceholders } from './text-templates';
import { zhCNTextLocale } from './zh-cn-text-locale';
import { zhTWTextLocale } from './zh-tw-text-locale';

describe('renderTemplate', () => {
  it('fills placeholders and drops an optional segment with an empty placeholder', () => {
    expect(renderTemplate('[{subject}]{label}达{value}', { subject: '全县', label: '巩固率', value: '95%' })).toBe(
      '全县巩固率达95%',
    );
    expect(renderTemplate('[{subject}]{label}达{value}', { subject: '', label: '巩固率', value: '95%' })).toBe(
      '巩固率达95%',
    );
    expect(renderTemplate('较{period}增加{difference}[,增长{rate}]', { period: '上年', difference: '2名' })).toBe(
      '较上年增加2名',
    );
  });
});

describe('the built-in text locales', () => {
  it('have every template, and only the placeholders each may use', () => {
    for (const locale of [zhCNTextLocale, zhTWTextLocale, enTextLocale]) {
      expect(Object.keys(locale.templates).sort()).toEqual(Object.keys(textTemplatePlaceholders).sort());
      // createTextLocale checks each template: a built-in one must pass its own check.
      expect(() => createTextLocale({ base: locale, templates: locale.templates })).not.toThrow();
    }
  });

  it('zh-TW is zh-CN through OpenCC standard Traditional and the Wu’an vocabulary', () => {
    expect(zhTWTextLocale.templates.statementPercent).toBe('[{subject}]{label}達{value}');
    expect(zhTWTextLocale.templates.changePointsIncrease).toBe('[{subject}]較{period}提高{difference}個百分點');
    expect(zhTWTextLocale.templates.stagePrimary).toBe('國小');
    expect(zhTWTextLocale.templates.stageJunior).toBe('國中');
    expect(zhTWTextLocale.units.squareMetres).toBe('平方公尺');
    expect(zhTWTextLocale.numbers.scaleWords).toEqual({ wan: '萬', yi: '億' });
    // The forms of the Wu'an report: 調整爲 (not 為), 羣衆; 中小學 stays.
    expect(zhTWTextLocale.convertText('调整为现在的348所,人民群众,中小学,管陶中心小学')).toBe(
      '調整爲現在的348所,人民羣衆,中小學,管陶中心國小',
    );
    expect(zhTWTextLocale.adaptLabel('初中三年鞏固率')).toBe('國中三年鞏固率');
  });

  it('Taiwan standard forms on request', () => {
    const tw = createTraditionalTextLocale({ variant: 'tw', vocabulary: [] });
    expect(tw.convertText('调整为现在的348所,人民群众,小学')).toBe('調整為現在的348所,人民群眾,小學');
    expect(tw.templates.statement).toBe('[{subject}]{label}為{value}');
    expect(
      InvalidOptionError.isInstance(catchError(() => createTraditionalTextLocale({ variant: 'jp' as never }))),
    ).toBe(true);
    expect(
      InvalidOptionError.isInstance(catchError(() => createTraditionalTextLocale({ vocabulary: [['小學']] as never }))),
    ).toBe(true);
  });
});

describe('createTextLocale', () => {
  it('replaces what a bureau supplies and keeps the rest', () => {
    const jiyuan = createTextLocale({
      id: 'zh-CN-x-jiyuan',
      templates: { changeIncrease: '[{subject}]比{period}多{difference}' },
      labels: { nine_year_consolidation_rate: '义务教育巩固率' },
      units: { person: '名' },
    });
    expect(jiyuan.id).toBe('zh-CN-x-jiyuan');
    expect(jiyuan.templates.changeIncrease).toBe('[{subject}]比{period}多{difference}');
    expect(jiyuan.templates.changeDecrease).toBe(zhCNTextLocale.templates.changeDecrease);
    expect(jiyuan.units.person).toBe('名');
    expect(jiyuan.units.yuan).toBe('元');
    expect(getTextLocale(jiyuan)).toBe(jiyuan);
  });

  it('builds on zh-TW and en too', () => {
    expect(createTextLocale({ base: 'zh-TW' }).templates.stagePrimary).toBe('國小');
    expect(createTextLocale({ base: 'en' }).numbers.grouping).toBe(true);
  });

  it('refuses an unknown template, a placeholder a template may not use, unbalanced brackets', () => {
    for (const [templates, path] of [
      [{ nonsense: 'x' }, ['options', 'templates', 'nonsense']],
      [{ statement: '{label}{count}' }, ['options', 'templates', 'statement']],
      [{ statement: '[{subject}{label}' }, ['options', 'templates', 'statement']],
      [{ statement: '[[{subject}]]{label}' }, ['options', 'templates', 'statement']],
      [{ statement: 42 }, ['options', 'templates', 'statement']],
    ] as const) {
      const error = catchError(() => createTextLocale({ templates: templates as never }));
      expect(InvalidOptionError.isInstance(error), JSON.stringify(templates)).toBe(true);
      expect((error as InvalidOptionError).path).toEqual(path);
      expect((error as InvalidOptionError).messageZh).toMatch(/模板/);
    }
    expect(InvalidOptionError.isInstance(catchError(() => createTextLocale({ labels: { x: 1 } as never })))).toBe(true);
    expect(InvalidOptionError.isInstance(catchError(() => createTextLocale({ base: 'fr' as never })))).toBe(true);
  });

  it('refuses a misspelt option, naming it and listing the options, instead of ignoring it', () => {
    // Before, a bureau's templates under `template` were dropped and the built-in phrasing used.
    expect(() => createTextLocale({ template: { statement: '{label}为{value}' } } as never)).toThrow(
      /unknown option template/,
    );
    expectOptionsChecked((options) => createTextLocale(options as never), 'indicatorUnit', [
      'base',
      'id',
      'templates',
      'labels',
      'units',
      'indicatorUnits',
      'fixedPrecision',
      'numbers',
    ]);
  });
});

describe('createTraditionalTextLocale', () => {
  it('refuses a misspelt option, naming it and listing the options, instead of ignoring it', () => {
    expect(() => createTraditionalTextLocale({ varient: 'tw' } as never)).toThrow(/unknown option varient/);
    expectOptionsChecked((options) => createTraditionalTextLocale(options as never), 'vocabluary', [
      'base',
      'variant',
      'vocabulary',
      'id',
    ]);
  });
});
