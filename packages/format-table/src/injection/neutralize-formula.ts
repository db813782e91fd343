// = + - @, tab and carriage return (OWASP's list), and the full-width ＝ ＋ － ＠ that Chinese input
// methods type and some spreadsheet programs accept as the start of a formula.
const formulaStart = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * Neutralises a text cell a spreadsheet could run as a formula (CSV or formula injection): text
 * that begins with `=`, `+`, `-`, `@`, a tab or a carriage return (or the full-width `＝＋－＠`)
 * gets a leading apostrophe, as OWASP recommends, so Excel, WPS and LibreOffice show it as text.
 * Other text is returned unchanged. Apply it to text only: a negative number is a number and is
 * written as one, never through this function.
 *
 * @param text - A cell's text.
 * @returns The text, prefixed with `'` when it could start a formula.
 *
 * @example
 * ```ts
 * neutralizeFormula('=HYPERLINK("http://example.com","点击")'); // '\'=HYPERLINK("http://example.com","点击")'
 * neutralizeFormula('-3 人');   // "'-3 人"
 * neutralizeFormula('城关小学'); // '城关小学'
 * ```
 */
export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}
