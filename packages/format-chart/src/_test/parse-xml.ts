/** An element of a parsed XML document. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** A node: an element or a text (entities decoded). */
export type XmlNode = XmlElement | string;

const namePattern = /^[A-Za-z_:][A-Za-z0-9_.:-]*/;
const predefined: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * A strict, small XML parser for tests: it accepts only well-formed XML 1.0 (one root element,
 * matching tags, quoted and unique attributes, only the five predefined entities and character
 * references, no raw `<` or `&` in text or attribute values) and throws with the offset of the
 * first problem otherwise. Comments, processing instructions and CDATA are accepted; a DOCTYPE
 * is not (an SVG needs none).
 */
export function parseXml(text: string): XmlElement {
  let position = 0;
  const fail = (message: string): never => {
    throw new Error(`not well-formed XML at offset ${position}: ${message}`);
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;]*);|&/g, (match, entity: string | undefined) => {
      if (entity === undefined) return fail('a bare & (write &amp;)');
      if (Object.hasOwn(predefined, entity)) return predefined[entity] as string;
      const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(entity);
      if (numeric === null) return fail(`unknown entity ${match}`);
      const code = Number.parseInt(numeric[1] ?? numeric[2] ?? '', numeric[1] === undefined ? 10 : 16);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return fail(`bad character ${match}`);
      return String.fromCodePoint(code);
    });
  const skipMisc = () => {
    for (;;) {
      const rest = text.slice(position);
      const space = /^\s+/.exec(rest);
      if (space !== null) position += space[0].length;
      else if (rest.startsWith('<!--')) {
        const end = text.indexOf('-->', position + 4);
        if (end < 0) fail('unclosed comment');
        position = end + 3;
      } else if (rest.startsWith('<?')) {
        const end = text.indexOf('?>', position + 2);
        if (end < 0) fail('unclosed processing instruction');
        position = end + 2;
      } else return;
    }
  };
  const readName = (): string => {
    const match = namePattern.exec(text.slice(position));
    if (match === null) return fail('expected a name');
    position += match[0].length;
    return match[0];
  };
  const readElement = (): XmlElement => {
    if (text[position] !== '<') fail('expected <');
    position += 1;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = /^\s*/.exec(text.slice(position))?.[0] ?? '';
      position += space.length;
      if (text.startsWith('/>', position)) {
        position += 2;
        return { name, attributes, children: [] };
      }
      if (text[position] === '>') {
        position += 1;
        break;
      }
      if (space.length === 0) fail('attributes must be separated by white space');
      const attribute = readName();
      if (Object.hasOwn(attributes, attribute)) fail(`duplicate attribute ${attribute}`);
      const equals = /^\s*=\s*/.exec(text.slice(position));
      if (equals === null) fail(`attribute ${attribute} has no value`);
      position += (equals as RegExpExecArray)[0].length;
      const quote = text[position];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attribute} is not quoted`);
      const end = text.indexOf(quote as string, position + 1);
      if (end < 0) fail(`attribute ${attribute} is not closed`);
      const raw = text.slice(position + 1, end);
      if (raw.includes('<')) fail(`< in attribute ${attribute}`);
      attributes[attribute] = decode(raw);
      position = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (position >= text.length) fail(`<${name}> is not closed`);
      if (text.startsWith('</', position)) {
        position += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        const end = /^\s*>/.exec(text.slice(position));
        if (end === null) fail('expected > after a closing tag');
        position += (end as RegExpExecArray)[0].length;
        return { name, attributes, children };
      }
      if (text.startsWith('<!--', position)) {
        const end = text.indexOf('-->', position + 4);
        if (end < 0) fail('unclosed comment');
        position = end + 3;
      } else if (text.startsWith('<![CDATA[', position)) {
        const end = text.indexOf(']]>', position + 9);
        if (end < 0) fail('unclosed CDATA section');
        children.push(text.slice(position + 9, end));
        position = end + 3;
      } else if (text.startsWith('<?', position)) {
        const end = text.indexOf('?>', position + 2);
        if (end < 0) fail('unclosed processing instruction');
        position = end + 2;
      } else if (text[position] === '<') {
        children.push(readElement());
      } else {
        const next = text.indexOf('<', position);
        const raw = text.slice(position, next < 0 ? text.length : next);
        if (raw.includes(']]>')) fail(']]> in text');
        children.push(decode(raw));
        position += raw.length;
      }
    }
  };
  if (text.charCodeAt(0) === 0xfeff) position = 1;
  skipMisc();
  if (text.startsWith('<!DOCTYPE', position)) fail('a DOCTYPE is not expected');
  const root = readElement();
  skipMisc();
  if (position < text.length) fail('content after the root element');
  return root;
}

/** Every element under `root` (itself included), depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap((child) => (typeof child === 'string' ? [] : allElements(child)))];
}

/** The text an element holds, its descendants' included. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}
