import sax, { type QualifiedTag } from 'sax';

// A strict XML parser (sax, which @astrojs/sitemap's sitemap package already brings): a feed that is
// not well-formed XML fails here as it would in a feed reader.

/** An element of a parsed XML document. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parse an XML document strictly, namespaces resolved (`name` is the local name, `attributes` the raw ones). */
export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.onopentag = (tag: QualifiedTag) => {
    const element: XmlElement = {
      name: tag.local,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([name, attribute]) => [name, attribute.value])),
      children: [],
      text: '',
    };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => void (stack.at(-1)!.text += text);
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
  return root.children[0]!;
}

/** Give the children of an element with a local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}
