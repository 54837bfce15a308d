import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { getEntry, InterventionChecklist, type RichBlock } from '../../src/index.js';
import { apiTextToMarkdown, markdownToRich, withLiveInterventions } from '../../src/live/index.js';
import {
  agnosticIntervention,
  audiServiceIntervention,
  specInterventionsResponse,
  teslaRelinkIntervention,
} from '../fixtures/interventions-spec.js';

const live = withLiveInterventions(catalogue, specInterventionsResponse).catalogue;
const contentOf = (id: string) => getEntry(live, id)?.content ?? [];

/** The text of rich content, with a line break as "⏎". */
function plain(blocks: readonly RichBlock[]): string[] {
  const inline = (nodes: import('../../src/index.js').RichInline[]): string =>
    nodes
      .map((node) =>
        node.type === 'text' || node.type === 'code'
          ? node.value
          : node.type === 'break'
            ? '⏎'
            : inline(node.children),
      )
      .join('');
  return blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [inline(block.children)]
      : block.items.map(
          (item, index) => `${block.ordered ? `${index + 1}.` : '•'} ${plain(item).join(' ')}`,
        ),
  );
}

describe("the API's text format", () => {
  it('reads every spelling of <br> as a line break', () => {
    for (const tag of ['<br>', '<br/>', '<br />', '<BR>', '</br>', '<br  >', '<Br class="x">']) {
      expect(plain(markdownToRich(apiTextToMarkdown(`one${tag}two`))), tag).toEqual(['one⏎two']);
    }
    expect(apiTextToMarkdown('<brand> and <b>bold</b>')).toBe('<brand> and <b>bold</b>');
  });

  it('turns numbered lines into an ordered list, between the paragraphs around them', () => {
    expect(plain(contentOf(audiServiceIntervention.id))).toEqual([
      'To let charging be controlled remotely, proceed:',
      '1. Open the myAudi app and sign in.',
      '2. Select your car.',
      '3. Turn on Remote charging under Services.',
      'It can take a few minutes before the car reports the change.',
    ]);
    const [, list] = contentOf(audiServiceIntervention.id);
    expect(list).toMatchObject({ type: 'list', ordered: true });
  });

  it('turns dashed lines into a bulleted list, and keeps a single break inside a paragraph', () => {
    expect(plain(contentOf(agnosticIntervention.id))).toEqual([
      'Before the device can be used again:',
      '• Open the app you connected it with.',
      '• Read and accept the updated terms.',
    ]);
    expect(plain(contentOf(teslaRelinkIntervention.id))).toEqual([
      'The connection to your Tesla account has expired.⏎Connect the car again and sign in with your Tesla account.',
    ]);
  });

  it('keeps every other piece of HTML as text', () => {
    const blocks = markdownToRich(apiTextToMarkdown('Tap <b>OK</b><br><script>alert(1)</script>'));
    // A line that starts with <script> is an HTML block to Markdown: its own paragraph, as text.
    expect(plain(blocks)).toEqual(['Tap <b>OK</b>', '<script>alert(1)</script>']);
  });

  it('renders as lists in the checklist, with no tag shown as text', () => {
    render(
      <InterventionChecklist
        capabilities={{
          chargeState: { isCapable: false, interventionIds: [audiServiceIntervention.id] },
        }}
        catalogue={live}
        defaultExpanded={[audiServiceIntervention.id]}
      />,
    );
    const panel = screen.getByRole('group', { name: audiServiceIntervention.resolution.title });
    const description = panel.querySelector('[data-part="description"]') as HTMLElement;
    const [steps] = within(description).getAllByRole('list');
    expect(steps?.tagName).toBe('OL');
    expect(within(steps as HTMLElement).getAllByRole('listitem')).toHaveLength(3);
    expect(within(description).getByText('myAudi app').tagName).toBe('STRONG');
    expect(description.textContent).not.toMatch(/<br/i);
  });
});
