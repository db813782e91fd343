import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../_lib/decimal';
import { parseLocalizedNumber } from './parse-localized-number';

describe('parseLocalizedNumber', () => {
  it.each([
    // The forms of the reports in fixtures/reports.
    ['6.91万人', { value: '69100', percent: false, scale: 10_000, unit: '人' }],
    ['1.1256万名', { value: '11256', percent: false, scale: 10_000, unit: '名' }],
    ['2241万元', { value: '22410000', percent: false, scale: 10_000, unit: '元' }],
    ['660.5万元', { value: '6605000', percent: false, scale: 10_000, unit: '元' }],
    ['1052.017万元', { value: '10520170', percent: false, scale: 10_000, unit: '元' }],
    ['9亿元', { value: '900000000', percent: false, scale: 100_000_000, unit: '元' }],
    ['102.72%', { value: '102.72', percent: true, scale: 1, unit: null }],
    ['92.88%', { value: '92.88', percent: true, scale: 1, unit: null }],
    ['33562人次', { value: '33562', percent: false, scale: 1, unit: '人次' }],
    ['1375人', { value: '1375', percent: false, scale: 1, unit: '人' }],
    ['17049平方米', { value: '17049', percent: false, scale: 1, unit: '平方米' }],
    ['8.5万余名', { value: '85000', percent: false, scale: 10_000, unit: '余名' }],
    ['1.2萬人', { value: '12000', percent: false, scale: 10_000, unit: '人' }],
    ['92.05%', { value: '92.05', percent: true, scale: 1, unit: null }],
    ['3.5万亿元', { value: '3500000000000', percent: false, scale: 1_000_000_000_000, unit: '元' }],
    ['2.1萬億', { value: '2100000000000', percent: false, scale: 1_000_000_000_000, unit: null }],
    // English forms.
    ['69,100', { value: '69100', percent: false, scale: 1, unit: null }],
    ['22,410,000 yuan', { value: '22410000', percent: false, scale: 1, unit: 'yuan' }],
    ['1,234.5', { value: '1234.5', percent: false, scale: 1, unit: null }],
    ['6.12 m²', { value: '6.12', percent: false, scale: 1, unit: 'm²' }],
    ['1,500 person-times', { value: '1500', percent: false, scale: 1, unit: 'person-times' }],
    ['25 square metres', { value: '25', percent: false, scale: 1, unit: 'square metres' }],
    // Full-width digits and punctuation, signs, whitespace.
    ['９２．８８％', { value: '92.88', percent: true, scale: 1, unit: null }],
    ['１，２３４', { value: '1234', percent: false, scale: 1, unit: null }],
    ['1，234，567', { value: '1234567', percent: false, scale: 1, unit: null }],
    ['－５', { value: '-5', percent: false, scale: 1, unit: null }],
    ['−1375人', { value: '-1375', percent: false, scale: 1, unit: '人' }],
    ['+10.75%', { value: '10.75', percent: true, scale: 1, unit: null }],
    ['-0', { value: '0', percent: false, scale: 1, unit: null }],
    ['  6.91 万 人 ', { value: '69100', percent: false, scale: 10_000, unit: '人' }],
    ['\u30002241万元\u3000', { value: '22410000', percent: false, scale: 10_000, unit: '元' }],
    ['0012.3400', { value: '12.34', percent: false, scale: 1, unit: null }],
    ['0.0001万', { value: '1', percent: false, scale: 10_000, unit: null }],
    ['0.00001万', { value: '0.1', percent: false, scale: 10_000, unit: null }],
  ] as const)('reads %j', (text, expected) => {
    expect(parseLocalizedNumber(text)).toEqual(expected);
  });

  it.each([
    '',
    '   ',
    '万',
    '%',
    '人',
    'abc',
    '1,2345',
    '12,34',
    '1234,567',
    '1,234,56',
    '.5',
    '5.',
    '5.x',
    '1e5',
    'NaN',
    'Infinity',
    '6.91万%',
    '92.88%的学生',
    '6.91万人,占92.88%',
    '16.19:1',
    '3.22个百分点x1',
    '1375人2',
    '- 5',
    '++5',
  ])('refuses %j', (text) => {
    expect(parseLocalizedNumber(text)).toBeNull();
  });

  it('refuses what is not a string', () => {
    for (const value of [12, null, undefined, {}, 12n]) expect(parseLocalizedNumber(value as never)).toBeNull();
  });

  it('honours allowScale and allowUnit', () => {
    expect(parseLocalizedNumber('6.91万人', { allowScale: false })).toBeNull();
    expect(parseLocalizedNumber('6.91万', { allowScale: false })).toBeNull();
    expect(parseLocalizedNumber('6.91', { allowScale: false })?.value).toBe('6.91');
    expect(parseLocalizedNumber('1375人', { allowUnit: false })).toBeNull();
    expect(parseLocalizedNumber('6.91万', { allowUnit: false })).toEqual({
      value: '69100',
      percent: false,
      scale: 10_000,
      unit: null,
    });
    expect(parseLocalizedNumber('92.88%', { allowUnit: false, allowScale: false })?.value).toBe('92.88');
  });

  it('is exact beyond the precision of a float and of 64 significant digits', () => {
    const long = `${'9'.repeat(70)}.${'1'.repeat(30)}`;
    expect(parseLocalizedNumber(long)?.value).toBe(long);
    expect(parseLocalizedNumber('0.1234567890123456789万')?.value).toBe('1234.567890123456789');
  });

  it('reads back any decimal written plainly, with groups, and scaled by 万 or 亿 (property)', () => {
    const decimalArbitrary = fc
      .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
      .map(([digits, places]) => new Decimal(digits.toString()).div(new Decimal(10).pow(places)));
    fc.assert(
      fc.property(decimalArbitrary, fc.constantFrom('', '万', '亿', '萬', '億'), (value, suffix) => {
        const multiplier = suffix === '' ? 1 : suffix === '万' || suffix === '萬' ? 10_000 : 100_000_000;
        const text = `${value.toString()}${suffix}`;
        const parsed = parseLocalizedNumber(text);
        expect(parsed?.scale).toBe(multiplier);
        expect(new Decimal(parsed?.value ?? 'NaN').equals(value.times(multiplier))).toBe(true);
        // With thousands separators on the integer part.
        const [integer = '', fraction] = value.abs().toString().split('.');
        const grouped = `${value.isNegative() ? '-' : ''}${integer.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
        expect(parseLocalizedNumber(`${grouped}${suffix}人`)?.value).toBe(parsed?.value);
      }),
    );
  });
});
