// Builds elements from text with textContent, never from HTML strings: a pasted page is untrusted
// text, and none of it may become markup.

type Attributes = Record<string, string | boolean | undefined>;

/** An element with attributes (false and undefined left out) and children (strings become text). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...children);
  return node;
}

/** Text isolated from the direction around it: Hebrew runs inside English lines, and the reverse. */
export function isolated(text: string): HTMLElement {
  return element("bdi", {}, text);
}
