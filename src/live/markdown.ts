import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { RichBlock, RichInline } from '../model/intervention.js';

/** Only web links are kept as links; every other scheme (javascript:, data:, …) becomes text. */
export function isSafeHref(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The plain text inside any node, for parts shown as text only. */
function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

function inlines(nodes: readonly PhrasingContent[]): RichInline[] {
  return nodes.flatMap((node): RichInline[] => {
    switch (node.type) {
      case 'text':
      case 'html': // raw HTML is shown as the text it is, never injected
        return [{ type: 'text', value: node.value }];
      case 'strong':
        return [{ type: 'strong', children: inlines(node.children) }];
      case 'emphasis':
        return [{ type: 'emphasis', children: inlines(node.children) }];
      case 'inlineCode':
        return [{ type: 'code', value: node.value }];
      case 'break':
        return [{ type: 'break' }];
      case 'link':
        return isSafeHref(node.url)
          ? [{ type: 'link', href: node.url, children: inlines(node.children) }]
          : inlines(node.children);
      default:
        return [{ type: 'text', value: textOf(node) }];
    }
  });
}

function blocks(nodes: readonly RootContent[]): RichBlock[] {
  return nodes.flatMap((node): RichBlock[] => {
    switch (node.type) {
      case 'paragraph':
        return [{ type: 'paragraph', children: inlines(node.children) }];
      case 'heading':
        return [
          { type: 'paragraph', children: [{ type: 'strong', children: inlines(node.children) }] },
        ];
      case 'list':
        return [
          {
            type: 'list',
            ordered: node.ordered === true,
            items: node.children.map((item) => blocks(item.children)),
          },
        ];
      case 'blockquote':
        return blocks(node.children);
      case 'thematicBreak':
      case 'definition':
        return [];
      default: {
        // Code blocks, raw HTML blocks and anything newer: their text, as a paragraph.
        const value = textOf(node);
        return value.trim() ? [{ type: 'paragraph', children: [{ type: 'text', value }] }] : [];
      }
    }
  });
}

/**
 * Markdown from outside the host's control as safe structured content: paragraphs, ordered
 * and unordered lists, bold, italics, code and http(s) links. Raw HTML stays visible as text
 * and is never injected; anything that is not a string gives no content.
 */
export function markdownToRich(markdown: unknown): RichBlock[] {
  if (typeof markdown !== 'string' || markdown.trim() === '') return [];
  return blocks(fromMarkdown(markdown).children);
}
