/** Create an element with DOM properties (`textContent`, `className`, …) and children. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Record<string, string | number | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}
