import { SAXParser } from 'parse5-sax-parser';

/** An element of an SVG as read back: its tag, attributes, the classes of the `<g>` around it (innermost last), its text. */
export interface SvgElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly groups: readonly string[];
  /** The labels (`aria-label`) of the `<g>` around it, outermost first. */
  readonly groupLabels: readonly string[];
  /** The attributes of the innermost `<g>` around it (presentation attributes it inherits). */
  readonly groupAttrs: Readonly<Record<string, string>>;
  text: string;
}

/**
 * Read an SVG string back into its elements with a real tokenizer (parse5), so entities are
 * decoded as a browser decodes them. Used to check both our static SVG and Vega's rendering.
 */
export function readSvg(svg: string): SvgElement[] {
  const elements: SvgElement[] = [];
  const open: { tag: string; element: SvgElement }[] = [];
  const parser = new SAXParser();
  parser.on('startTag', ({ tagName, attrs, selfClosing }) => {
    const attributes = Object.fromEntries(attrs.map((attr) => [attr.name, attr.value]));
    const groups = open.filter((entry) => entry.tag === 'g').map((entry) => entry.element.attrs.class ?? '');
    const groupLabels = open.filter((entry) => entry.tag === 'g').map((entry) => entry.element.attrs['aria-label'] ?? '').filter((label) => label !== '');
    const groupAttrs = open.filter((entry) => entry.tag === 'g').at(-1)?.element.attrs ?? {};
    const element: SvgElement = { tag: tagName, attrs: attributes, groups, groupLabels, groupAttrs, text: '' };
    elements.push(element);
    if (!selfClosing) open.push({ tag: tagName, element });
  });
  parser.on('text', ({ text }) => {
    const current = open[open.length - 1];
    if (current !== undefined) current.element.text += text;
  });
  parser.on('endTag', ({ tagName }) => {
    const index = open.map((entry) => entry.tag).lastIndexOf(tagName);
    if (index >= 0) open.splice(index);
  });
  parser.end(svg);
  return elements;
}

/** The elements directly inside the `<g>` whose class list includes `className`. */
export function inGroup(elements: readonly SvgElement[], className: string): SvgElement[] {
  return elements.filter((element) => (element.groups[element.groups.length - 1] ?? '').split(' ').includes(className));
}
