// Reading structured content back as a person meets it: how deeply it nests, and its text.
// Loops, not recursion, so that content of any depth can be checked.
import type { RichBlock, RichInline } from '../../src/index.js';

type Node = RichBlock | RichInline | readonly RichBlock[];

/** The children of a node: an item's blocks, a list's items, a paragraph's or a span's inlines. */
function childrenOf(node: Node): readonly Node[] {
  if (Array.isArray(node)) return node;
  const fields = node as { children?: readonly Node[]; items?: readonly Node[] };
  return fields.children ?? fields.items ?? [];
}

/** How many lists, bold, italic and link spans sit inside one another at the deepest point. */
export function richDepth(content: readonly RichBlock[]): number {
  let deepest = 0;
  const stack: Array<[Node, number]> = content.map((block) => [block, 0]);
  while (stack.length > 0) {
    const [node, above] = stack.pop() as [Node, number];
    const nests = !Array.isArray(node) && 'type' in node && node.type !== 'paragraph';
    const depth =
      nests && node.type !== 'text' && node.type !== 'code' && node.type !== 'break'
        ? above + 1
        : above;
    deepest = Math.max(deepest, depth);
    for (const child of childrenOf(node)) stack.push([child, depth]);
  }
  return deepest;
}

/** The text of the content: paragraphs, list items and line breaks each start a new line. */
export function richText(content: readonly RichBlock[]): string {
  const parts: string[] = [];
  const stack: Node[] = [...content].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (Array.isArray(node) || (node as RichBlock).type === 'paragraph') parts.push('\n');
    else if ((node as RichInline).type === 'break') parts.push('\n');
    else if ('value' in node) parts.push(node.value);
    const children = childrenOf(node);
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node);
  }
  return parts.join('').replace(/\n+/g, '\n').trim();
}
