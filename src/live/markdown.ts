import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { RichBlock, RichInline } from '../model/intervention.js';
import { appendAll, isSafeHref, linesAsInlines, maxContentDepth } from '../model/rich.js';

/**
 * The most characters of one description read as Markdown: 2,000, about five times a typical
 * intervention description. With {@link maxMarkdownLines}, it sets where the Markdown part of
 * a description ends: at whichever limit comes first, moved back to the last blank line in the
 * second half of the allowance (else the last line break, else the last space, never inside a
 * character), so formatting stops at a paragraph boundary where there is one. The text after
 * it is kept, nothing lost, as one paragraph of plain text exactly as written, Markdown signs
 * and all.
 *
 * Why limits: the parser costs tens of microseconds per line, and on some input (headings or
 * emphasis marks in a row, lines that open many lists) its time grows with the square of the
 * length, so a long hostile description took seconds. Plain text costs next to nothing per
 * character, so any description now takes time in proportion to its length, and at most about
 * what 2,000 characters or 200 lines of Markdown take.
 */
export const maxMarkdownLength = 2_000;

/** The most lines of one description read as Markdown: 200 (see {@link maxMarkdownLength}). */
export const maxMarkdownLines = 200;

/**
 * The most list items and block quotes one line may continue or open, as the parser reads it:
 * twice {@link maxContentDepth}, so anything within that limit reaches the parser untouched
 * (indentation counts as one level per two columns, which over-counts real nesting). The
 * parser's work on a line grows with the containers open on it, and with the square of those
 * a line opens, so this keeps both small. Block quote markers (`>`) and list markers beyond it
 * are read as text; indentation beyond it is dropped.
 */
const maxContainersPerLine = maxContentDepth * 2;

// ---------------------------------------------------------------------------------------------
// Before parsing: the length and the nesting the parser sees.

const isSpace = (char: string | undefined) => char === ' ' || char === '\t';

/** The length of a list marker (`-`, `*`, `+`, `1.`, `1)`) at `at`, or 0 if there is none. */
function listMarkerLength(line: string, at: number): number {
  const char = line[at];
  let end = at;
  if (char === '-' || char === '*' || char === '+') end = at + 1;
  else {
    while (end - at < 9 && line.charCodeAt(end) >= 48 && line.charCodeAt(end) <= 57) end++;
    if (end === at || (line[end] !== '.' && line[end] !== ')')) return 0;
    end++;
  }
  // A marker is followed by a space, a tab or the end of the line (`-a` is text).
  return end === line.length || isSpace(line[end]) ? end - at : 0;
}

/**
 * A line with at most {@link maxContainersPerLine} levels of containers at its start. Counts
 * block quote markers, list markers and every two columns of indentation (a list item is
 * continued by at least two), so the count is never below what the parser will find; past the
 * limit, indentation is cut to what fits and the next marker is escaped, so it reads as text.
 */
function boundContainers(line: string): string {
  let levels = 0;
  let at = 0;
  let column = 0;
  for (;;) {
    const spaceStart = at;
    const spaceColumn = column;
    while (isSpace(line[at])) {
      column = line[at] === '\t' ? column + 4 - (column % 4) : column + 1;
      at++;
    }
    const indent = Math.floor((column - spaceColumn) / 2);
    if (levels + indent > maxContainersPerLine) {
      const kept = ' '.repeat((maxContainersPerLine - levels) * 2);
      return line.slice(0, spaceStart) + kept + escapeMarker(line, at);
    }
    levels += indent;
    const marker = line[at] === '>' ? 1 : listMarkerLength(line, at);
    if (marker === 0) return line;
    if (levels === maxContainersPerLine) return line.slice(0, at) + escapeMarker(line, at);
    levels++;
    at += marker;
    column += marker;
  }
}

/** The rest of a line from `at`, with a block quote or list marker there escaped. */
function escapeMarker(line: string, at: number): string {
  const rest = line.slice(at);
  if (rest[0] === '>') return `\\${rest}`;
  const length = listMarkerLength(line, at);
  // `\-`, `\*`, `\+` and `1\.`: the character after the backslash is text.
  return length === 0 ? rest : `${rest.slice(0, length - 1)}\\${rest.slice(length - 1)}`;
}

const lineBreak = /\r\n|\r|\n/;

function boundNesting(markdown: string): string {
  const lines = markdown.split(lineBreak);
  let changed = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const bounded = boundContainers(line);
    if (bounded !== line) {
      lines[index] = bounded;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : markdown;
}

/**
 * Where the Markdown part of a text ends (see {@link maxMarkdownLength}): at its end when it is
 * within both limits; else after the last blank line, else line break, else space in the second
 * half of the allowance; else at the limit, moved back one if that would split a surrogate pair.
 */
function markdownEnd(text: string): number {
  let limit = Math.min(text.length, maxMarkdownLength);
  let lines = 0;
  for (const match of text.slice(0, limit).matchAll(/\r\n?|\n/g)) {
    lines += 1;
    if (lines === maxMarkdownLines) {
      limit = match.index + match[0].length;
      break;
    }
  }
  if (limit === text.length) return limit;
  const head = text.slice(0, limit + 1);
  for (const boundary of [/\n[ \t]*\r?\n/g, /[\r\n]/g, /\s/g]) {
    let end = -1;
    for (const match of head.matchAll(boundary)) end = match.index + match[0].length;
    if (end > limit / 2) return Math.min(end, limit);
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * Text shown as written, in one paragraph: one node however many lines or blank lines it has,
 * so the content is never bigger than the text and costs nothing to build.
 */
function plainParagraph(text: string): RichBlock[] {
  const value = text.trim();
  return value === '' ? [] : [{ type: 'paragraph', children: [{ type: 'text', value }] }];
}

// ---------------------------------------------------------------------------------------------
// After parsing: the tree as rich content, nested at most `maxContentDepth` levels.

/** Pushed before each block of a container while collecting text: what follows starts a line. */
const blockStart = Symbol('block start');

/**
 * The plain text inside any node: blocks and list items on lines of their own. A loop, not
 * recursion, because this is what deep content becomes.
 */
function plainText(node: Nodes): RichInline[] {
  const lines: string[] = [];
  let line = '';
  const newLine = () => {
    if (line !== '') lines.push(line);
    line = '';
  };
  const stack: Array<Nodes | typeof blockStart> = [node];
  while (stack.length > 0) {
    const next = stack.pop() as Nodes | typeof blockStart;
    if (next === blockStart || next.type === 'break') newLine();
    else if ('value' in next && typeof next.value === 'string') line += next.value;
    else if (next.type === 'image') line += next.alt ?? '';
    else if ('children' in next) {
      const isContainer =
        next.type === 'root' ||
        next.type === 'blockquote' ||
        next.type === 'list' ||
        next.type === 'listItem';
      const children = next.children as Nodes[];
      for (let index = children.length - 1; index >= 0; index--) {
        stack.push(children[index] as Nodes);
        if (isContainer) stack.push(blockStart);
      }
    }
  }
  newLine();
  return linesAsInlines(lines);
}

/** A paragraph of plain text, or nothing when there is no text. */
function textParagraph(node: Nodes): RichBlock[] {
  const children = plainText(node);
  return children.length > 0 ? [{ type: 'paragraph', children }] : [];
}

/** Inline content at `depth` levels of nesting: formatting that would go deeper is its text. */
function inlines(nodes: readonly PhrasingContent[], depth: number): RichInline[] {
  const out: RichInline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'html': // raw HTML is shown as the text it is, never injected
        out.push({ type: 'text', value: node.value });
        break;
      case 'inlineCode':
        out.push({ type: 'code', value: node.value });
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      case 'strong':
      case 'emphasis':
        if (depth >= maxContentDepth) appendAll(out, plainText(node));
        else out.push({ type: node.type, children: inlines(node.children, depth + 1) });
        break;
      case 'link':
        if (!isSafeHref(node.url)) appendAll(out, inlines(node.children, depth));
        else if (depth >= maxContentDepth) appendAll(out, plainText(node));
        else
          out.push({ type: 'link', href: node.url, children: inlines(node.children, depth + 1) });
        break;
      default:
        appendAll(out, plainText(node));
    }
  }
  return out;
}

/** Block content inside `depth` levels of lists: lists that would go deeper are text. */
function blocks(nodes: readonly RootContent[], depth: number): RichBlock[] {
  const out: RichBlock[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        out.push({ type: 'paragraph', children: inlines(node.children, depth) });
        break;
      case 'heading':
        if (depth >= maxContentDepth) appendAll(out, textParagraph(node));
        else {
          const children = inlines(node.children, depth + 1);
          out.push({ type: 'paragraph', children: [{ type: 'strong', children }] });
        }
        break;
      case 'list':
        if (depth >= maxContentDepth) appendAll(out, textParagraph(node));
        else {
          const items = node.children.map((item) => blocks(item.children, depth + 1));
          out.push({ type: 'list', ordered: node.ordered === true, items });
        }
        break;
      case 'blockquote':
        // Shown as its content. The parser nests quotes at most `maxContainersPerLine` deep.
        appendAll(out, blocks(node.children, depth));
        break;
      case 'thematicBreak':
      case 'definition':
        break;
      default: {
        // Code blocks, raw HTML blocks and anything newer: their text, as a paragraph.
        const value = plainText(node);
        if (value.some((part) => part.type === 'text' && part.value.trim() !== '')) {
          out.push({ type: 'paragraph', children: value });
        }
      }
    }
  }
  return out;
}

/**
 * Markdown from outside the host's control as safe structured content: paragraphs, ordered
 * and unordered lists, bold, italics, code and http(s) links. Raw HTML stays visible as text
 * and is never injected; anything that is not a string gives no content.
 *
 * Any input takes time in proportion to its length and never throws: at most the first
 * {@link maxMarkdownLength} characters or {@link maxMarkdownLines} lines are read as Markdown
 * and the rest is kept as plain text, and content nested deeper than `maxContentDepth` levels
 * is shown as plain text.
 */
export function markdownToRich(markdown: unknown): RichBlock[] {
  if (typeof markdown !== 'string' || markdown.trim() === '') return [];
  const end = markdownEnd(markdown);
  const content = blocks(fromMarkdown(boundNesting(markdown.slice(0, end))).children, 0);
  if (end < markdown.length) appendAll(content, plainParagraph(markdown.slice(end)));
  return content;
}
