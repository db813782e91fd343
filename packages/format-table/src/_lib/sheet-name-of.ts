/**
 * A valid, unique Excel sheet name: the characters Excel forbids (`[ ] : * ? / \`) replaced by `_`,
 * no apostrophe at either end, at most 31 characters, not `History` (reserved), and different
 * (ignoring case) from every name in `used`, which it joins.
 */
export function sheetNameOf(title: string, used: Set<string>): string {
  let base = [...title.replace(/[[\]:*?/\\]/g, '_').replace(/[\r\n\t]/g, ' ')]
    .join('')
    .replace(/^'+|'+$/g, '')
    .trim();
  if (base === '') base = 'Sheet';
  if (base.toLowerCase() === 'history') base = 'History_';
  const cut = (text: string, length: number) => {
    let result = '';
    for (const character of text) {
      if (result.length + character.length > length) break;
      result += character;
    }
    return result;
  };
  let name = cut(base, 31);
  for (let counter = 2; used.has(name.toLowerCase()); counter += 1) {
    const suffix = ` (${counter})`;
    name = `${cut(base, 31 - suffix.length)}${suffix}`;
  }
  used.add(name.toLowerCase());
  return name;
}
