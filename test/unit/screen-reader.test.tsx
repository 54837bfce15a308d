// What a screen reader user hears, read with a virtual screen reader the way such a user moves:
// line by line from the start to the end, from heading to heading, opening items and pressing
// their buttons. Every expected word comes from the locale's messages, the catalogue and the
// device, never from a list of sentences written here.
import { virtual } from '@guidepup/virtual-screen-reader';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { type Catalogue, catalogue as catalogueEnUS, getEntry } from '../../src/catalogue/index.js';
import { catalogue as catalogueDeDE } from '../../src/catalogue/locales/de-DE.js';
import { format, plural } from '../../src/i18n/format.js';
import { deDE } from '../../src/i18n/locales/de-DE.js';
import {
  BrandBadge,
  CapabilityStatus,
  enUS,
  getBrand,
  InterventionChecklist,
  LocaleProvider,
  type Messages,
} from '../../src/index.js';
import { volkswagenId4 } from '../fixtures/devices.js';

/** One thing said, and the text of the page it was said from (a text node's own, spaces kept). */
interface Heard {
  phrase: string;
  text: string | null;
}

/** Moves on once, and notes what was said. */
async function next(heard: Heard[]): Promise<string> {
  await virtual.next();
  const phrase = await virtual.lastSpokenPhrase();
  const node = virtual.activeNode as Node | null;
  heard.push({ phrase, text: node?.nodeType === 3 ? node.textContent : null });
  return phrase;
}

/** At most this many moves to read a page: the checklist takes about 160. */
const maxMoves = 3000;

/** Reads on until `done` says so (or the end of the page), and returns what was heard. */
async function readUntil(done: (phrase: string) => boolean): Promise<Heard[]> {
  const heard: Heard[] = [];
  for (let move = 0; move < maxMoves; move++) {
    const phrase = await next(heard);
    if (done(phrase)) return heard;
    if (phrase === 'end of document') break;
  }
  throw new Error(`never heard what was waited for; last: ${heard.at(-1)?.phrase}`);
}

const readToEnd = () => readUntil((phrase) => phrase === 'end of document');

/** Moves from heading to heading until the one that says `title`. */
async function goToHeading(title: string, level: number): Promise<void> {
  for (let move = 0; move < maxMoves; move++) {
    await virtual.perform(virtual.commands.moveToNextHeading);
    const phrase = await virtual.lastSpokenPhrase();
    if (phrase === `heading, ${title}, level ${level}`) return;
    if (phrase === 'end of document') break;
  }
  throw new Error(`no heading "${title}"`);
}

/**
 * The lines of a stretch of reading: a paragraph's or a list item's text as a screen reader
 * says it in one go, its text nodes joined exactly as the page writes them. A part whose pause
 * was lost ("minutes" then "In the app" with no ". ") shows here as run together.
 */
function lines(heard: readonly Heard[]): string[] {
  const found: string[] = [];
  let open: string[] | undefined;
  for (const { phrase, text } of heard) {
    if (/^(paragraph|listitem)\b/.test(phrase)) open = [];
    else if (/^end of (paragraph|listitem)\b/.test(phrase)) {
      if (open) found.push(open.join('').trim());
      open = undefined;
    } else if (open && text !== null) open.push(text);
  }
  return found;
}

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pairs of parts that follow each other in `said` with nothing but spaces between: no
 * full stop, comma, colon or semicolon to make a screen reader pause.
 */
function runTogether(said: string, parts: readonly string[]): string[] {
  const pairs: string[] = [];
  for (const first of parts) {
    for (const second of parts) {
      if (first === second || first.includes(second) || second.includes(first)) continue;
      if (new RegExp(`${literally(first)}\\s*${literally(second)}`).test(said)) {
        pairs.push(`"${first}" + "${second}" in "${said}"`);
      }
    }
  }
  return pairs;
}

/** Each text part of a rendered component, as the page shows them apart, without pauses. */
function partsOf(root: Element, selector: string): string[] {
  return [
    ...new Set(
      [...root.querySelectorAll(selector)]
        .map((part) => part.textContent?.replace(/[\s.,;:]+$/, '').trim() ?? '')
        .filter((text) => text.length > 0),
    ),
  ];
}

/** The device's interventions, each once, and the labels of the features each one unlocks. */
function interventionsOf(messages: Messages): Map<string, string[]> {
  const unlocks = new Map<string, string[]>();
  for (const [name, capability] of Object.entries(volkswagenId4.capabilities)) {
    for (const id of capability.interventionIds) {
      const labels = unlocks.get(id) ?? [];
      labels.push(messages.capabilityLabels[name as keyof Messages['capabilityLabels']]);
      unlocks.set(id, labels);
    }
  }
  return unlocks;
}

interface Language {
  messages: Messages;
  catalogue: Catalogue;
}

const languages: Language[] = [
  { messages: enUS, catalogue: catalogueEnUS },
  { messages: deDE, catalogue: catalogueDeDE },
];

function renderIn({ messages }: Language, ui: ReactNode) {
  return render(
    <LocaleProvider locale={messages.locale} locales={[deDE]}>
      {ui}
    </LocaleProvider>,
  );
}

afterEach(async () => {
  await virtual.stop();
});

describe.each(languages)('the checklist heard in $messages.locale', (language) => {
  const { messages, catalogue } = language;
  const t = messages.checklist;
  const interventions = interventionsOf(messages);
  const total = interventions.size;
  const titleOf = (id: string) => getEntry(catalogue, id)?.resolution.title ?? id;
  const brand = getBrand('VOLKSWAGEN')?.name ?? 'no such brand';
  const stepsOf = (id: string) => getEntry(catalogue, id)?.steps.map((step) => step.text) ?? [];

  const renderChecklist = () =>
    renderIn(
      language,
      <InterventionChecklist
        capabilities={volkswagenId4.capabilities}
        vendor="VOLKSWAGEN"
        catalogue={catalogue}
      />,
    );

  it('says, read from start to end, every item once: its brand, title, place, state and what it unlocks, each after a pause', async () => {
    const { container } = renderChecklist();
    await virtual.start({ container: document.body });
    const heard = await readToEnd();
    const phrases = heard.map((entry) => entry.phrase);

    // The items in the order heard, by their headings.
    const itemHeading = /^heading, (.*), level 3$/;
    const heardTitles = phrases.flatMap((phrase) => itemHeading.exec(phrase)?.[1] ?? []);
    const missingHeading = t.missingVehicle;
    const itemTitles = heardTitles.filter((title) => title !== missingHeading);
    expect([...itemTitles].sort()).toEqual([...interventions.keys()].map(titleOf).sort());

    for (const [index, title] of itemTitles.entries()) {
      const id = [...interventions.keys()].find((key) => titleOf(key) === title) ?? '';
      const step = format(t.stepOf, { step: index + 1, count: total });
      const unlocksPrefix = format(t.unlocks, { capabilities: '' });
      // Its button, as heard on reaching it: the title, then the summary that describes it.
      const button = phrases.find((phrase) => phrase.startsWith(`button, ${title}, `)) ?? '';
      expect(button, title).toContain(brand);
      expect(button, title).toContain(step);
      expect(button, title).toContain(t.state.pending);
      expect(button.includes(unlocksPrefix), title).toBe(true);
      const unlocked = button.slice(button.indexOf(unlocksPrefix) + unlocksPrefix.length);
      for (const label of interventions.get(id) ?? []) expect(unlocked, title).toContain(label);
    }

    // The summary line under each title, read as one line: it begins with the item's place
    // and ends with its state.
    const stepWord = t.stepOf.slice(0, t.stepOf.indexOf('{'));
    const summaries = lines(heard).filter((line) => line.includes(stepWord));
    expect(summaries).toHaveLength(total);
    for (const [index, line] of summaries.entries()) {
      // Whose step it is first (the mark beside the title is not read), then its place.
      expect(line.startsWith(brand)).toBe(true);
      expect(line).toContain(format(t.stepOf, { step: index + 1, count: total }));
      expect(line.endsWith(t.state.pending)).toBe(true);
    }

    // The first step to do is open: its steps are heard in order, after their heading.
    const first = [...interventions.keys()].find((key) => titleOf(key) === itemTitles[0]) ?? '';
    const afterSteps = phrases.slice(phrases.indexOf(`heading, ${t.steps}, level 4`));
    let at = 0;
    for (const text of stepsOf(first)) {
      const found = afterSteps.indexOf(text, at);
      expect(found, text).toBeGreaterThan(at - 1);
      at = found + 1;
    }

    // No two parts run together anywhere: not in what is said on reaching the button, not in
    // the summary line read as one.
    const parts = partsOf(
      container,
      '[data-part="title"], [data-part="meta"] > [data-part="assistive-text"], [data-part="meta-item"], [data-part="state"], [data-part="heading"]',
    );
    expect(parts.length).toBeGreaterThan(total * 3);
    expect([...phrases, ...lines(heard)].flatMap((said) => runTogether(said, parts))).toEqual([]);
  });

  it('opens each item from its heading and hears its steps and what to press', async () => {
    renderChecklist();
    await virtual.start({ container: document.body });
    const titles = [...interventions.keys()].map(titleOf);
    let heardItems = 0;
    // From heading to heading, as a user skims: each item's heading, then its button.
    for (const [id] of interventions) {
      const title = titleOf(id);
      await goToHeading(title, 3);
      const button = await next([]);
      expect(button.startsWith(`button, ${title}, `)).toBe(true);
      if (button.includes('not expanded')) {
        await virtual.act();
        expect(await virtual.lastSpokenPhrase()).toMatch(/, expanded$/);
      }
      const heard = await readUntil((phrase) => phrase === `end of group, ${title}`);
      const phrases = heard.map((entry) => entry.phrase);
      expect(phrases).toContain(`group, ${title}`);
      expect(phrases).toContain(`heading, ${t.steps}, level 4`);
      const steps = stepsOf(id);
      expect(steps.length).toBeGreaterThan(0);
      expect(phrases.filter((phrase) => steps.includes(phrase))).toEqual(steps);
      expect(phrases).toContain(`button, ${format(t.controlFor, { control: t.markDone, title })}`);
      // Nothing of another item is heard inside this one's panel.
      for (const other of titles.filter((candidate) => candidate !== title)) {
        expect(phrases.some((phrase) => phrase.includes(`, ${other}`))).toBe(false);
      }
      heardItems += 1;
    }
    expect(heardItems).toBe(total);
  });

  it('announces the new progress politely after "Mark as done", and the item then says so', async () => {
    renderChecklist();
    await virtual.start({ container: document.body });
    const [id] = [...interventions.keys()];
    const title = titleOf(id ?? '');
    await goToHeading(title, 3);
    await readUntil(
      (phrase) => phrase === `button, ${format(t.controlFor, { control: t.markDone, title })}`,
    );
    await virtual.act();
    const log = await virtual.spokenPhraseLog();
    const progress = plural(t.progress, total, messages.locale, { done: 1 });
    const announcement = format(t.announceDone, { title, done: 1, count: total });
    expect(announcement).toContain(progress);
    expect(log).toContain(`polite: ${announcement}`);
    // Focus stays on the same button, which now undoes.
    expect(log).toContain(`button, ${format(t.controlFor, { control: t.undo, title })}`);
    // Back at the item's heading, its button says it is done.
    await virtual.perform(virtual.commands.moveToPreviousHeading);
    await virtual.perform(virtual.commands.moveToPreviousHeading);
    await virtual.perform(virtual.commands.moveToPreviousHeading);
    expect(await virtual.lastSpokenPhrase()).toBe(`heading, ${title}, level 3`);
    const button = await next([]);
    expect(button).toContain(t.state.done);
    expect(button).not.toContain(t.state.pending);
  });
});

describe('a brand badge heard on its own', () => {
  it('says the brand by its name, with the name shown or with the mark alone', async () => {
    render(
      <div>
        <BrandBadge vendor="SKODA" />
        <BrandBadge vendor="CITROEN" showName={false} />
      </div>,
    );
    await virtual.start({ container: document.body });
    const phrases = (await readToEnd()).map((entry) => entry.phrase);
    const skoda = getBrand('SKODA')?.name ?? '';
    const citroen = getBrand('CITROEN')?.name ?? '';
    expect(phrases).toContain(skoda);
    expect(phrases).toContain(`image, ${citroen}`);
    // The monogram drawn in the mark is not read as letters.
    const monogram = getBrand('SKODA')?.monogram ?? '';
    expect(phrases.filter((phrase) => phrase === monogram)).toEqual([]);
  });
});

describe.each(languages)('the status list heard in $messages.locale', (language) => {
  const { messages } = language;
  const t = messages.status;
  const label = (name: string) =>
    messages.capabilityLabels[name as keyof Messages['capabilityLabels']];

  /** What each feature should say after its label: its status, and why when it cannot work. */
  function expectedLine(name: string, interventionIds: readonly string[], capable: boolean) {
    if (capable) return [label(name), t.status.capable];
    if (interventionIds.length > 0) {
      return [label(name), plural(t.actionsNeeded, interventionIds.length, messages.locale)];
    }
    return [label(name), t.status.missing, t.missingExplanation];
  }

  it('says each feature as "<label>, <status>", read from start to end, nothing run together', async () => {
    const { container } = renderIn(language, <CapabilityStatus capabilities={volkswagenId4} />);
    await virtual.start({ container: document.body });
    const heard = await readToEnd();
    const phrases = heard.map((entry) => entry.phrase);
    expect(phrases).toContain(`list, ${t.listLabel}`);
    const expected = Object.entries(volkswagenId4.capabilities).map(([name, capability]) =>
      expectedLine(name, capability.interventionIds, capability.isCapable),
    );
    expect([...lines(heard)].sort()).toEqual(
      expected.map((parts) => parts.join(t.separator)).sort(),
    );
    const parts = expected.flat();
    expect([...phrases, ...lines(heard)].flatMap((said) => runTogether(said, parts))).toEqual([]);
    // Every part is heard as its own phrase, none lost.
    for (const part of new Set(parts)) expect(phrases).toContain(part);
    expect(container.querySelectorAll('[data-part="item"]')).toHaveLength(expected.length);
  });

  it('says the summary as "<available>, <actions needed>"', async () => {
    renderIn(language, <CapabilityStatus capabilities={volkswagenId4} variant="summary" />);
    await virtual.start({ container: document.body });
    const heard = await readToEnd();
    const capabilities = Object.values(volkswagenId4.capabilities);
    const available = plural(t.available, capabilities.length, messages.locale, {
      count: capabilities.filter((capability) => capability.isCapable).length,
      total: capabilities.length,
    });
    const actions = plural(
      t.actionsNeeded,
      new Set(capabilities.flatMap((capability) => capability.interventionIds)).size,
      messages.locale,
    );
    expect(lines(heard)).toEqual([`${available}${t.separator}${actions}`]);
    // The drawn divider is not read out.
    expect(heard.map((entry) => entry.phrase).join(' ')).not.toContain(t.summaryDivider.trim());
  });
});
