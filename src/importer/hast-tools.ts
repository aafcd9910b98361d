// The few hast (HTML syntax tree) queries the HTML importer needs: walk elements, read attributes, collapse text.
import type { Element, Nodes, Parents, Root } from 'hast';
import { toText } from 'hast-util-to-text';

/** Every element under `tree`, in document order, with its ancestors (nearest last). */
export function* elements(tree: Root | Element, ancestors: Element[] = []): Generator<{ element: Element; ancestors: Element[] }> {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    yield { element: child, ancestors };
    yield* elements(child, [...ancestors, child]);
    // <template> content lives in `content`, which is never rendered: not walked.
  }
}

export function isElement(node: Nodes | undefined, ...names: string[]): node is Element {
  return node?.type === 'element' && (names.length === 0 || names.includes(node.tagName));
}

/** An attribute as a string (hast stores `class` as a list, booleans as true). */
export function attr(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  if (Array.isArray(value)) return value.join(' ');
  return value === true ? '' : String(value);
}

/** The words of an element's class names and id: "share-bar", "socialLinks" and "ad_slot" give share, bar, social, links, ad, slot. */
export function nameWords(element: Element): string[] {
  const names = `${attr(element, 'className') ?? ''} ${attr(element, 'id') ?? ''}`;
  return names
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The element's text as a browser would show it, whitespace collapsed to single spaces. */
export function flatText(node: Nodes): string {
  return toText(node).replace(/\s+/g, ' ').trim();
}

/** Removes `child` from `parent`'s children. */
export function detach(parent: Parents, child: Element): void {
  const i = parent.children.indexOf(child);
  if (i >= 0) parent.children.splice(i, 1);
}
