import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Parser, StaticConfigLoader, type DOMNode, type HtmlElement } from 'html-validate';

// html-validate (a devDependency) has a real HTML tokenizer and DOM; `entities` (the WHATWG named
// character reference table, installed with Astro) decodes character references, which html-validate
// leaves as written.

/** Parse a whole HTML document. */
export function parseHtml(html: string) {
  // The static loader reads no config file from disk, and resolves synchronously.
  const config = new StaticConfigLoader().getConfigFor('page.html');
  if (config instanceof Promise) throw new Error('html-validate resolved its config asynchronously');
  return new Parser(config).parseHtml(html);
}

const ELEMENT = 1;

/** The text a browser's `textContent` gives for a node, skipping the elements `skip` picks. */
export function textOf(node: DOMNode, skip: (element: HtmlElement) => boolean = () => false): string {
  if (node.nodeType !== ELEMENT) return decodeHTML(node.textContent);
  const element = node as HtmlElement;
  if (skip(element)) return '';
  return element.childNodes.map((child) => textOf(child, skip)).join('');
}

/** Every element under a node, in document order. */
export function allElements(node: { childElements: HtmlElement[] }): HtmlElement[] {
  return node.childElements.flatMap((element) => [element, ...allElements(element)]);
}

/** An attribute's value with its character references decoded, as a browser's `getAttribute` gives it, or null. */
export function attributeOf(element: HtmlElement, name: string): string | null {
  const value = element.getAttributeValue(name);
  return value === null ? null : decodeHTMLAttribute(value);
}
