import { displayWidth } from '../layout/display-width';
import type { ColumnAlignment } from '../table/table';

/**
 * Pads a text with spaces to a display width: on the right when left-aligned, on the left when
 * right-aligned, on both sides (the extra space on the right) when centred. Text already as wide
 * or wider is returned as it is.
 */
export function padToWidth(text: string, width: number, alignment: ColumnAlignment): string {
  const padding = Math.max(0, width - displayWidth(text));
  if (alignment === 'right') return ' '.repeat(padding) + text;
  if (alignment === 'center') {
    const left = Math.floor(padding / 2);
    return ' '.repeat(left) + text + ' '.repeat(padding - left);
  }
  return text + ' '.repeat(padding);
}
