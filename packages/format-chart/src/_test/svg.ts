import { allElements, parseXml, textOf, type XmlElement } from './parse-xml';

/** A rendered chart read back: its root, every text as drawn, and the items of each mark kind. */
export interface ReadSvg {
  readonly root: XmlElement;
  /** The content of every `<text>` element (multi-line texts joined without separator). */
  readonly texts: readonly string[];
  /** Every line drawn: a multi-line `<text>` gives one entry per `<tspan>`. */
  readonly lines: readonly string[];
  /** The items vega drew for the marks of `kind` (`symbol`, `rect`, `text`, `rule`, `line`…), legends and axes left out. */
  marks(kind: string): XmlElement[];
}

/** Parses an SVG strictly (it must be well-formed XML) and indexes what tests look at. */
export function readSvg(svg: string): ReadSvg {
  const root = parseXml(svg);
  const elements = allElements(root);
  return {
    root,
    texts: elements.filter((element) => element.name === 'text').map(textOf),
    lines: elements
      .filter((element) => element.name === 'text')
      .flatMap((element) => {
        const spans = element.children.filter(
          (child): child is XmlElement => typeof child !== 'string' && child.name === 'tspan',
        );
        return spans.length > 0 ? spans.map(textOf) : [textOf(element)];
      }),
    marks: (kind) =>
      elements
        .filter((element) => {
          const classes = (element.attributes.class ?? '').split(' ');
          return element.name === 'g' && classes.includes(`mark-${kind}`) && classes.includes('role-mark');
        })
        .flatMap((group) => group.children.filter((child): child is XmlElement => typeof child !== 'string')),
  };
}
