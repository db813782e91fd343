import { estimateTextWidth } from '../render/_lib/estimate-text-width';

// Characters a line may not start with (closing punctuation), as Chinese typesetting has it.
const noLineStart = new Set([...',.;:?!)%\u3001\u3002\u300B\u300D\u300F\u3011\uFF01\uFF09\uFF0C\uFF1A\uFF1B\uFF1F']);

/**
 * @internal Breaks a label into lines no wider than `maxWidth` pixels at `fontSize`: Chinese text
 * between any two characters (never before closing punctuation), other text at spaces and after
 * the hyphens of a compound. A single word wider than `maxWidth` stays whole.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  const units: string[] = [];
  for (const part of text.split(/(\s+)/)) {
    if (part.length === 0) continue;
    if (/^\s+$/.test(part)) units.push(' ');
    // Chinese text breaks between any two characters; a Latin run, on its own or inside Chinese
    // text, breaks after the hyphens of a compound: County-level-or-higher → County- level- or- higher.
    else
      for (const piece of part.split(/(?=[^\x20-\x7E])|(?<=[^\x20-\x7E])/u)) {
        units.push(...piece.split(/(?<=-)(?=[A-Za-z0-9])/));
      }
  }
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const candidate = line + unit;
    if (line.trim().length > 0 && estimateTextWidth(candidate.trim(), fontSize) > maxWidth && !noLineStart.has(unit)) {
      lines.push(line.trim());
      line = unit === ' ' ? '' : unit;
    } else {
      line = candidate;
    }
  }
  if (line.trim().length > 0) lines.push(line.trim());
  return lines.length > 0 ? lines : [text];
}
