import { Decimal, InvalidInputError, InvalidOptionError, parseLocalizedNumber } from '@edukpi/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchError } from '../_test/catch-error';
import { expectOptionsChecked } from '../_test/expect-options-checked';
import { formatLocales } from '../locale/format-locale';
import { formatNumber } from './format-number';

describe('formatNumber — the forms of the reports', () => {
  it.each([
    // 万 when the scaled number needs at most 2 decimals (4 for money), else the full number.
    ['69100', { unit: '人' }, '6.91万人'],
    ['86500', { unit: '名' }, '8.65万名'],
    ['37000', { unit: '人' }, '3.7万人'],
    ['16800', { unit: '个' }, '1.68万个'],
    ['12000', { unit: '人' }, '1.2万人'],
    ['12786', { unit: '人' }, '12786人'],
    ['14161', { unit: '人' }, '14161人'],
    ['33562', { unit: '人次' }, '33562人次'],
    ['1375', { unit: '人' }, '1375人'],
    ['9999', {}, '9999'],
    ['10000', {}, '1万'],
    // An explicit scale always scales: 薛城 writes 1.1256万名.
    ['11256', { scale: '万', unit: '名' }, '1.1256万名'],
    ['11256', { scale: '万', decimals: 2, unit: '名' }, '1.13万名'],
    ['51206000', { scale: '万', decimals: 2, keepTrailingZeros: true }, '5120.60万'],
    // Money: 万元 and 亿元 up to 4 decimals, the 元 exact.
    ['22410000', { unit: '元' }, '2241万元'],
    ['6605000', { unit: '元' }, '660.5万元'],
    ['10520170', { unit: '元' }, '1052.017万元'],
    ['1380400', { unit: '元' }, '138.04万元'],
    ['900000000', { unit: '元' }, '9亿元'],
    ['2200000000', { unit: '元' }, '22亿元'],
    ['66000000', { unit: '元' }, '6600万元'],
    ['123456789', { unit: '元' }, '12345.6789万元'],
    ['1916.67', { unit: '元' }, '1916.67元'],
    ['12345.67', { unit: '元' }, '12345.67元'],
    // Never scaled.
    ['69100', { scale: 'none', unit: '人' }, '69100人'],
    // Decimals: rounded half up, trailing zeros dropped unless asked for.
    ['92.876', { decimals: 2 }, '92.88'],
    ['92.875', { decimals: 2 }, '92.88'],
    ['90.00', {}, '90'],
    ['90', { decimals: 2 }, '90'],
    ['90', { decimals: 2, keepTrailingZeros: true }, '90.00'],
    ['86.20', { decimals: 2 }, '86.2'],
    ['0.1', { decimals: 0 }, '0'],
    ['-0.001', { decimals: 2 }, '0'],
    ['-0.001', { decimals: 2, keepTrailingZeros: true }, '0.00'],
    ['-1375', { unit: '人' }, '-1375人'],
    ['-69100', { unit: '人' }, '-6.91万人'],
    ['0.0001', {}, '0.0001'],
    ['1e-7', {}, '0.0000001'],
    ['1e21', { scale: 'none' }, '1000000000000000000000'],
    ['12.001', { decimals: 2, rounding: 'up' }, '12.01'],
    ['12.001', { decimals: 2 }, '12'],
    // Grouping on request.
    ['12786', { grouping: true }, '12,786'],
  ] as const)('zh-CN %s %o → %s', (value, options, expected) => {
    expect(formatNumber(value, options)).toBe(expected);
  });

  it('writes zh-TW with 萬 and 億', () => {
    expect(formatNumber('69100', { locale: 'zh-TW', unit: '人' })).toBe('6.91萬人');
    expect(formatNumber('900000000', { locale: 'zh-TW', unit: '元' })).toBe('9億元');
    expect(formatNumber('12000', { locale: 'zh-TW', unit: '人' })).toBe('1.2萬人');
  });

  it('writes English with thousands separators and never 万', () => {
    expect(formatNumber('69100', { locale: 'en' })).toBe('69,100');
    expect(formatNumber('22410000', { locale: 'en', unit: 'yuan' })).toBe('22,410,000 yuan');
    expect(formatNumber('69100', { locale: 'en', scale: '万' })).toBe('69,100');
    expect(formatNumber('-1234567.891', { locale: 'en', decimals: 2 })).toBe('-1,234,567.89');
    expect(formatNumber('1375', { locale: 'en', unit: 'person-times' })).toBe('1,375 person-times');
    expect(formatNumber('102.72', { locale: 'en', unit: '%' })).toBe('102.72%');
    expect(formatNumber('999', { locale: 'en' })).toBe('999');
    expect(formatNumber('1000', { locale: 'en', grouping: false })).toBe('1000');
  });

  it('accepts numbers, strings and decimal.js values, exactly', () => {
    expect(formatNumber(0.1 + 0.2, { decimals: 2 })).toBe('0.3');
    expect(formatNumber(new Decimal('1052.017').times(10_000), { unit: '元' })).toBe('1052.017万元');
    expect(formatNumber('123456789012345678901234567890')).toBe('123456789012345678901234567890');
  });

  it('refuses what is not a finite number, with a bilingual error', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, 'abc', '', null, undefined, {}]) {
      const error = catchError(() => formatNumber(value as never));
      expect(InvalidInputError.isInstance(error), String(value)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['value']);
      expect((error as InvalidInputError).messageZh).toMatch(/应为有限的数字/);
    }
  });

  it('refuses malformed options', () => {
    for (const [options, path] of [
      [{ decimals: -1 }, ['options', 'decimals']],
      [{ decimals: 1.5 }, ['options', 'decimals']],
      [{ decimals: 21 }, ['options', 'decimals']],
      [{ scale: '千' }, ['options', 'scale']],
      [{ rounding: 'down' }, ['options', 'rounding']],
      [{ locale: 'fr' }, ['options', 'locale']],
      [{ maxScaledDecimals: -2 }, ['options', 'maxScaledDecimals']],
    ] as const) {
      const error = catchError(() => formatNumber(1, options as never));
      expect(InvalidOptionError.isInstance(error), JSON.stringify(options)).toBe(true);
      expect((error as InvalidOptionError).path).toEqual(path);
    }
  });

  it('refuses a misspelt option, naming it and listing the options, instead of ignoring it', () => {
    expect(() => formatNumber('92.876', { decimls: 2 } as never)).toThrow(/unknown option decimls/);
    expectOptionsChecked((options) => formatNumber(1, options as never), 'decimls', [
      'locale',
      'decimals',
      'keepTrailingZeros',
      'scale',
      'unit',
      'grouping',
      'maxScaledDecimals',
      'rounding',
    ]);
  });
});

describe('formatNumber then parseLocalizedNumber (property)', () => {
  const decimalArbitrary = fc
    .tuple(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.integer({ min: 0, max: 6 }))
    .map(([digits, places]) => new Decimal(digits.toString()).div(new Decimal(10).pow(places)));

  it('gives the number back in every locale, scaled or not, with or without a unit', () => {
    fc.assert(
      fc.property(
        decimalArbitrary,
        fc.constantFrom(...formatLocales),
        fc.constantFrom('auto', 'none', '万', '亿'),
        fc.constantFrom(undefined, '人', '元', '人次', 'yuan'),
        (value, locale, scale, unit) => {
          const text = formatNumber(value, { locale, scale, ...(unit === undefined ? {} : { unit }) });
          const parsed = parseLocalizedNumber(text);
          expect(parsed, text).not.toBeNull();
          expect(new Decimal(parsed?.value ?? 'NaN').equals(value), `${value.toString()} → ${text}`).toBe(true);
          expect(parsed?.unit ?? undefined).toBe(unit);
        },
      ),
    );
  });

  it('gives the number back rounded to the decimals kept', () => {
    fc.assert(
      fc.property(
        decimalArbitrary,
        fc.constantFrom(...formatLocales),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (value, locale, decimals, keepTrailingZeros) => {
          const text = formatNumber(value, { locale, decimals, keepTrailingZeros });
          const parsed = parseLocalizedNumber(text);
          // Auto-scaling never rounds more than `decimals` asks: the text is the value rounded to `decimals`.
          const expected = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
          expect(new Decimal(parsed?.value ?? 'NaN').equals(expected), `${value.toString()} → ${text}`).toBe(true);
        },
      ),
    );
  });

  it('a percent comes back as a percent', () => {
    fc.assert(
      fc.property(decimalArbitrary, fc.constantFrom(...formatLocales), (value, locale) => {
        const text = formatNumber(value, { locale, decimals: 2, scale: 'none', unit: '%' });
        const parsed = parseLocalizedNumber(text);
        expect(parsed?.percent).toBe(true);
        expect(new Decimal(parsed?.value ?? 'NaN').equals(value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))).toBe(true);
      }),
    );
  });
});
