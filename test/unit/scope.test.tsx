// Our styles stay on our elements: Zag, Ark, Chakra and others use the same part names
// (`data-part="trigger"`, `"item"`, `"panel"`), so every rule names our data-scope too, and
// every element of ours with a data-part carries its component's data-scope.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { BrandBadge, CapabilityStatus, InterventionChecklist } from '../../src/index.js';
import {
  allMissingVehicle,
  chargerEasee,
  teslaSample,
  unknownIdsVehicle,
  volkswagenId4,
} from '../fixtures/devices.js';

const src = `${resolve(import.meta.dirname, '../../src')}/`;
const scopes = ['brand-badge', 'capability-status', 'intervention-checklist'] as const;
const ourScope = new RegExp(`\\[data-scope="(${scopes.join('|')})"\\]`, 'g');

/** The library's stylesheets: the tokens, the entry point and one file per component. */
const files = [
  ...readdirSync(`${src}styles`)
    .filter((name) => name.endsWith('.css'))
    .map((name) => ({ name: `styles/${name}`, scope: undefined })),
  ...readdirSync(`${src}components`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(`${src}components/${entry.name}`)
        .filter((name) => name.endsWith('.css'))
        .map((name) => ({
          name: `components/${entry.name}/${name}`,
          // BrandBadge → brand-badge: the scope the component's own elements carry.
          scope: entry.name.replace(/(?<=.)([A-Z])/g, '-$1').toLowerCase(),
        })),
    ),
].map((file) => ({ ...file, css: readFileSync(`${src}${file.name}`, 'utf8') }));

interface Rule {
  selector: string;
  declarations: string;
}

/**
 * The style rules of a stylesheet, those inside conditional groups (@media, @container,
 * @supports, @layer) included; keyframes are not selectors.
 */
function styleRules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@import[^;]*;/g, '');
  const found: Rule[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    if (open === -1) break;
    let depth = 1;
    let close = open + 1;
    for (; close < text.length && depth > 0; close += 1) {
      if (text[close] === '{') depth += 1;
      if (text[close] === '}') depth -= 1;
    }
    const prelude = text.slice(at, open).trim();
    const body = text.slice(open + 1, close - 1);
    if (/^@(media|container|supports|layer)\b/.test(prelude)) found.push(...styleRules(body));
    else if (!prelude.startsWith('@keyframes'))
      found.push({ selector: prelude, declarations: body });
    at = close;
  }
  return found;
}

/** A selector list split at its own commas, not at those inside :where(…) and the like. */
function splitList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    if (list[i] === '(') depth += 1;
    if (list[i] === ')') depth -= 1;
    if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  return [...parts, list.slice(start).trim()];
}

/** Every argument of every :where(…) or :is(…) in a selector, one per comma. */
function innerBranches(selector: string): string[] {
  const branches: string[] = [];
  for (const match of selector.matchAll(/:(?:where|is)\(/g)) {
    let depth = 1;
    let end = (match.index ?? 0) + match[0].length;
    const start = end;
    for (; end < selector.length && depth > 0; end += 1) {
      if (selector[end] === '(') depth += 1;
      if (selector[end] === ')') depth -= 1;
    }
    branches.push(...splitList(selector.slice(start, end - 1)));
  }
  return branches;
}

/** Whether a rule sets anything besides our own --iu- custom properties. */
const setsRealProperties = (declarations: string) =>
  declarations
    .split(';')
    .map((declaration) => declaration.trim())
    .some((declaration) => declaration !== '' && !declaration.startsWith('--iu-'));

describe('the stylesheets', () => {
  it('are all read, each with rules', () => {
    expect(files.map((file) => file.name)).toEqual(
      expect.arrayContaining([
        'styles/tokens.css',
        'components/BrandBadge/BrandBadge.css',
        'components/CapabilityStatus/CapabilityStatus.css',
        'components/InterventionChecklist/InterventionChecklist.css',
      ]),
    );
    for (const file of files.filter((f) => f.name !== 'styles/styles.css')) {
      expect(styleRules(file.css).length, file.name).toBeGreaterThan(0);
    }
  });

  it('name our data-scope with every data-part, the scope of the file’s own component', () => {
    const unscoped = files.flatMap((file) =>
      styleRules(file.css).flatMap(({ selector }) =>
        [...selector.matchAll(/(\[data-scope="([^"]*)"\])?\[data-part="[^"]*"\]/g)]
          .filter(([, scoped, scope]) => !scoped || (file.scope && scope !== file.scope))
          .map(([part]) => `${file.name}: ${part} in ${selector}`),
      ),
    );
    expect(unscoped).toEqual([]);
  });

  it('set real properties only on elements inside our own scope', () => {
    const foreign = files.flatMap((file) =>
      styleRules(file.css)
        .filter((rule) => setsRealProperties(rule.declarations))
        .flatMap(({ selector }) => {
          const selectors = splitList(selector);
          // Every selector of the list names our scope, and so does every branch of a
          // :where(…) that picks elements by attribute (data-state, data-status, aria-…).
          const loose = [
            ...selectors.filter((one) => !one.match(ourScope)),
            ...selectors
              .flatMap(innerBranches)
              .filter((branch) => branch.includes('[') && !branch.match(ourScope)),
          ];
          return loose.map((one) => `${file.name}: ${one}`);
        }),
    );
    expect(foreign).toEqual([]);
  });
});

/** The component an element belongs to, by the class its root always carries. */
function componentOf(element: Element): string | undefined {
  const root = element.closest(
    '.iu-brand-badge, .iu-capability-status, .iu-intervention-checklist',
  );
  return root?.className.match(
    /\biu-(brand-badge|capability-status|intervention-checklist)\b/,
  )?.[1];
}

/** Elements with a data-part whose data-scope is not their component's. */
function misplaced(container: Element): string[] {
  const parts = [...container.querySelectorAll('[data-part]')];
  expect(parts.length).toBeGreaterThan(0);
  return parts
    .filter((element) => element.getAttribute('data-scope') !== componentOf(element))
    .map((element) => `${element.getAttribute('data-part')} in ${componentOf(element)}`);
}

describe('the components', () => {
  it('put their own data-scope on every element that has a data-part', async () => {
    const weConnect = 'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9';
    const { container } = render(
      <div>
        <BrandBadge vendor="TESLA" />
        <BrandBadge vendor="NO-SUCH-BRAND" size="sm" showName={false} />
        <CapabilityStatus
          capabilities={volkswagenId4}
          catalogue={catalogue}
          onSelectCapability={() => {}}
        />
        <CapabilityStatus capabilities={teslaSample} variant="summary" />
        <CapabilityStatus capabilities={allMissingVehicle} capability="chargeState" />
        <CapabilityStatus capabilities={teslaSample} filter={['noSuchCapability']} />
        <CapabilityStatus capabilities={null} />
        <InterventionChecklist
          capabilities={volkswagenId4.capabilities}
          vendor="VOLKSWAGEN"
          defaultExpanded={[weConnect]}
          defaultCompleted={[weConnect]}
          onRecheck={() => Promise.reject(new Error('offline'))}
        />
        <InterventionChecklist capabilities={unknownIdsVehicle.capabilities} vendor="XPENG" />
        <InterventionChecklist capabilities={allMissingVehicle.capabilities} />
        <InterventionChecklist capabilities={chargerEasee.capabilities} vendor="EASEE" />
        <InterventionChecklist capabilities={{}} />
      </div>,
    );
    expect(misplaced(container)).toEqual([]);

    // A failed recheck shows its error.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(misplaced(container)).toEqual([]);
  });

  it('scope the parts of a resolved item too', () => {
    const { container, rerender } = render(
      <InterventionChecklist capabilities={teslaSample.capabilities} vendor="TESLA" />,
    );
    const fixed = Object.fromEntries(
      Object.keys(teslaSample.capabilities).map((name) => [
        name,
        { isCapable: true, interventionIds: [] },
      ]),
    );
    rerender(<InterventionChecklist capabilities={fixed} vendor="TESLA" />);
    expect(container.querySelector('[data-part="item"][data-status="resolved"]')).not.toBeNull();
    expect(misplaced(container)).toEqual([]);
  });
});
