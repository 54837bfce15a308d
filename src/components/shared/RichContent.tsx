import type { ReactNode } from 'react';
import type { RichBlock, RichInline } from '../../model/intervention.js';

function renderInlines(nodes: readonly RichInline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'strong':
        return <strong key={index}>{renderInlines(node.children)}</strong>;
      case 'emphasis':
        return <em key={index}>{renderInlines(node.children)}</em>;
      case 'code':
        return <code key={index}>{node.value}</code>;
      case 'link':
        // Links leave the host's app: a new tab, with no access back to the opener.
        return (
          <a key={index} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderInlines(node.children)}
          </a>
        );
      case 'break':
        return <br key={index} />;
      default:
        return null;
    }
  });
}

/**
 * Structured content (from a live Markdown description) as React elements. Everything is
 * text or an element built here: nothing is ever set as HTML.
 */
export function RichContent({ blocks }: { blocks: readonly RichBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        if (block.type === 'paragraph') return <p key={index}>{renderInlines(block.children)}</p>;
        const List = block.ordered ? 'ol' : 'ul';
        return (
          <List key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <RichContent blocks={item} />
              </li>
            ))}
          </List>
        );
      })}
    </>
  );
}
