import { describe, expectTypeOf, it } from 'vitest';
import { optionNamesOf } from './option-names';

interface Options {
  readonly locale?: string;
  readonly decimals?: number;
}
interface MoreOptions extends Options {
  readonly unit?: string;
}

describe('optionNamesOf', () => {
  it('takes exactly the keys of the interface, as a literal tuple', () => {
    expectTypeOf(optionNamesOf<Options>()(['locale', 'decimals'])).toEqualTypeOf<readonly ['locale', 'decimals']>();
    expectTypeOf(optionNamesOf<MoreOptions>()(['locale', 'decimals', 'unit'])).toEqualTypeOf<
      readonly ['locale', 'decimals', 'unit']
    >();
  });

  it('refuses a list that leaves a key out, or names one the interface has not', () => {
    // @ts-expect-error decimals is missing
    optionNamesOf<Options>()(['locale']);
    // @ts-expect-error unit, inherited keys aside, is missing
    optionNamesOf<MoreOptions>()(['locale', 'decimals']);
    // @ts-expect-error decimls is not an option
    optionNamesOf<Options>()(['locale', 'decimals', 'decimls']);
  });
});
