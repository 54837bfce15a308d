import type { ReactNode } from 'react';
import type { RichBlock, RichInline } from '../../model/intervention.js';
import { isSafeHref, listOf, maxContentDepth, richLines } from '../../model/rich.js';

/** A text field as React can show it: content a host built may hold anything there. */
const textOf = (value: unknown) => (typeof value === 'string' ? value : null);

/** The text of content nested too deeply to show as it is: its lines, a line break apart. */
function renderText(nodes: readonly unknown[]): ReactNode[] {
  return richLines(nodes).flatMap((line, index) => (index ? [<br key={index} />, line] : line));
}

/** Inline content at `depth` levels of nesting; formatting that would go deeper is its text. */
function renderInlines(nodes: readonly RichInline[], depth: number): ReactNode[] {
  return nodes.map((node, index) => {
    const type = node?.type;
    if (type === 'text') return textOf(node.value);
    if (type === 'code') return <code key={index}>{textOf(node.value)}</code>;
    if (type === 'break') return <br key={index} />;
    if (type !== 'strong' && type !== 'emphasis' && type !== 'link') return null;
    if (depth >= maxContentDepth) return renderText([node]);
    const children = renderInlines(listOf(node.children), depth + 1);
    if (type === 'strong') return <strong key={index}>{children}</strong>;
    if (type === 'emphasis') return <em key={index}>{children}</em>;
    // Only web links are links (content a host built may hold any target). They leave the
    // host's app: a new tab, with no access back to the opener.
    return isSafeHref(node.href) ? (
      <a key={index} href={node.href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    ) : (
      children
    );
  });
}

/** Block content inside `depth` levels of lists; a list that would go deeper is its text. */
function renderBlocks(blocks: readonly RichBlock[], depth: number): ReactNode[] {
  return blocks.map((block, index) => {
    if (block?.type === 'paragraph') {
      return <p key={index}>{renderInlines(listOf(block.children), depth)}</p>;
    }
    if (block?.type !== 'list') return null;
    if (depth >= maxContentDepth) return <p key={index}>{renderText([block])}</p>;
    const List = block.ordered ? 'ol' : 'ul';
    return (
      <List key={index}>
        {listOf<RichBlock[]>(block.items).map((item, itemIndex) => (
          <li key={itemIndex}>{renderBlocks(listOf(item), depth + 1)}</li>
        ))}
      </List>
    );
  });
}

/**
 * Structured content (from a live Markdown description, or a host's own catalogue entries) as
 * React elements. Everything is text or an element built here: nothing is ever set as HTML.
 * Content nested deeper than `maxContentDepth` levels is shown as plain text, so any depth
 * renders, and parts of the wrong shape are skipped.
 */
export function RichContent({ blocks }: { blocks: readonly RichBlock[] }) {
  return <>{renderBlocks(listOf(blocks), 0)}</>;
}
