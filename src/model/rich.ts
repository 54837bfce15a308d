import type { RichInline } from './intervention.js';

/**
 * How deeply rich content nests: lists inside lists, and bold, italics and links inside one
 * another and inside lists, each count as one level. A paragraph of plain text is level 0, a
 * bold word in a list item is level 2.
 *
 * Content nested deeper is shown as plain text, never dropped: a list beyond the limit becomes
 * one paragraph with a line per item, formatting beyond it becomes its text. `markdownToRich`
 * (from `intervention-ui/live`) applies it when reading Markdown, and the components apply it
 * again when showing content a host built itself. Real guidance uses two or three levels; the
 * limit keeps rendering and the work on hostile input (4,000 levels) bounded.
 */
export const maxContentDepth = 8;

/** Only web links are kept as links; every other scheme (javascript:, data:, …) becomes text. */
export function isSafeHref(href: unknown): boolean {
  if (typeof href !== 'string') return false;
  try {
    const { protocol } = new URL(href);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Adds every item of `items` to `list` (one by one: spreading a long array overflows the stack). */
export function appendAll<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

/** An array field of a node that may not be what its type says (content from a host's JSON). */
export function listOf<T>(value: unknown): readonly T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** Lines of text as inline content: the lines with a line break between each two. */
export function linesAsInlines(lines: readonly string[]): RichInline[] {
  const out: RichInline[] = [];
  for (const value of lines) {
    if (out.length > 0) out.push({ type: 'break' });
    out.push({ type: 'text', value });
  }
  return out;
}

/**
 * The text of rich content, a line per paragraph, list item and line break (empty ones left
 * out), without formatting or link targets. Walks the content with a loop, not recursion, so
 * any depth is fine, and visits each node once, so content that contains itself ends.
 */
export function richLines(nodes: readonly unknown[]): string[] {
  const lines: string[] = [];
  let line = '';
  const seen = new WeakSet<object>();
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    // A list item (an array of blocks), a paragraph or a line break starts a new line.
    const { type, value, children, items } = node as Record<string, unknown>;
    if (Array.isArray(node) || type === 'paragraph' || type === 'break') {
      if (line !== '') lines.push(line);
      line = '';
    }
    if (typeof value === 'string') line += value;
    const next = Array.isArray(node) ? node : listOf(children ?? items);
    for (let index = next.length - 1; index >= 0; index--) stack.push(next[index]);
  }
  if (line !== '') lines.push(line);
  return lines;
}
