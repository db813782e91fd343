import { describe, expect, it } from 'vitest';
import { allElements, parseXml, textOf } from './parse-xml';

describe('parseXml (the strict well-formedness check the chart tests rely on)', () => {
  it('reads elements, attributes, text and entities', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- c --><svg a="1" b=\'x &amp; y\'><text>学校 &lt;1&gt; &#x4E2D;&#25991;</text><g/></svg>\n',
    );
    expect(root.name).toBe('svg');
    expect(root.attributes).toEqual({ a: '1', b: 'x & y' });
    expect(textOf(root)).toBe('学校 <1> 中文');
    expect(allElements(root).map((element) => element.name)).toEqual(['svg', 'text', 'g']);
  });

  it.each([
    ['an unclosed element', '<svg><g></svg>'],
    ['a mismatched closing tag', '<svg><g></text></svg>'],
    ['a duplicate attribute', '<svg a="1" a="2"/>'],
    ['an unquoted attribute', '<svg a=1/>'],
    ['a bare ampersand', '<svg>a & b</svg>'],
    ['an unknown entity', '<svg>&nbsp;</svg>'],
    ['< inside an attribute', '<svg a="<"/>'],
    ['two root elements', '<svg/><svg/>'],
    ['text after the root', '<svg/>x'],
    ['no root at all', '   '],
    ['attributes without space between them', '<svg a="1"b="2"/>'],
    ['a character reference to NUL', '<svg>&#0;</svg>'],
  ])('rejects %s', (_, text) => {
    expect(() => parseXml(text)).toThrow(/not well-formed XML/);
  });
});
