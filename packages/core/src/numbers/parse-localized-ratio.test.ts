import { describe, expect, it } from 'vitest';
import { parseLocalizedRatio } from './parse-localized-ratio';

describe('parseLocalizedRatio', () => {
  it.each([
    ['16.19:1', { antecedent: '16.19', consequent: '1', value: '16.19', form: 'x:1' }],
    ['16.19：1', { antecedent: '16.19', consequent: '1', value: '16.19', form: 'x:1' }],
    ['16.19∶1', { antecedent: '16.19', consequent: '1', value: '16.19', form: 'x:1' }],
    [' １９ : １ ', { antecedent: '19', consequent: '1', value: '19', form: 'x:1' }],
    ['1:15', { antecedent: '1', consequent: '15', value: `0.0${'6'.repeat(63)}7`, form: '1:x' }],
    [
      '1:14.2',
      {
        antecedent: '1',
        consequent: '14.2',
        value: '0.07042253521126760563380281690140845070422535211267605633802816901',
        form: '1:x',
      },
    ],
    ['3:2', { antecedent: '3', consequent: '2', value: '1.5', form: 'x:y' }],
    ['5:0', { antecedent: '5', consequent: '0', value: null, form: 'x:y' }],
  ] as const)('reads %j', (text, expected) => {
    expect(parseLocalizedRatio(text)).toEqual(expected);
  });

  it.each(['16.19', '16.19:', ':1', '-16:1', '16:-1', '16:1:1', '16.19:1人', '1,2345:1', 'a:b', ''])(
    'refuses %j',
    (text) => {
      expect(parseLocalizedRatio(text)).toBeNull();
    },
  );

  it('refuses what is not a string', () => {
    expect(parseLocalizedRatio(16 as never)).toBeNull();
  });
});
