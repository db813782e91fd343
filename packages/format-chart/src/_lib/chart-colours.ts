/**
 * @internal Colours from the Okabe–Ito palette, told apart with every common colour-vision
 * deficiency; every status is also written out (legend, cell symbols), never shown by colour alone.
 * Black text on each fill has a contrast ratio of at least 5:1.
 */
export const chartColours = {
  passed: '#009E73',
  passedTint: '#A3DBC6',
  near: '#E69F00',
  failed: '#D55E00',
  none: '#BBBBBB',
  noneTint: '#E4E4E4',
  threshold: '#222222',
  mean: '#0072B2',
  band: '#8C8C8C',
  text: '#222222',
  muted: '#666666',
} as const;

/** @internal Series colours (Okabe–Ito without the yellow, too light on white). */
export const seriesColours: readonly string[] = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
];
