import { DocsContext } from '@storybook/addon-docs/blocks';
import { type ReactNode, useContext, useEffect, useState } from 'react';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import { allLocales } from '../src/i18n/locales/index.js';
import { LocaleProvider } from '../src/index.js';

/** The toolbar's settings: see `globalTypes` in preview.tsx. */
export interface ToolbarGlobals {
  theme?: string;
  locale?: string;
  direction?: string;
}

type Channel = {
  last(event: string): unknown;
  on(event: string, listener: (payload: unknown) => void): void;
  off(event: string, listener: (payload: unknown) => void): void;
};

function globalsOf(payload: unknown): ToolbarGlobals {
  const globals = (payload as { globals?: unknown } | undefined)?.globals;
  return typeof globals === 'object' && globals !== null ? (globals as ToolbarGlobals) : {};
}

/** The settings the preview last announced: at start, then on every change. */
function lastGlobals(channel: Channel): ToolbarGlobals {
  const args = (channel.last(GLOBALS_UPDATED) ?? channel.last(SET_GLOBALS)) as
    | unknown[]
    | undefined;
  return globalsOf(args?.[0]);
}

/**
 * The toolbar's settings outside a story (a docs page's own markup): the preview announces them
 * on its channel at start and on every change, and the channel keeps the last of each event.
 */
export function useToolbarGlobals(channel: Channel): ToolbarGlobals {
  const [globals, setGlobals] = useState(() => lastGlobals(channel));
  useEffect(() => {
    const update = (payload: unknown) => setGlobals(globalsOf(payload));
    setGlobals(lastGlobals(channel));
    channel.on(GLOBALS_UPDATED, update);
    channel.on(SET_GLOBALS, update);
    return () => {
      channel.off(GLOBALS_UPDATED, update);
      channel.off(SET_GLOBALS, update);
    };
  }, [channel]);
  return globals;
}

/**
 * The toolbar's theme, locale and direction, applied the way a host would: `data-theme` and
 * `dir` on a wrapper painted with the theme's surface, and a LocaleProvider with every locale.
 * "Follow the system" is the host's opt-in, `data-theme="system"`: without any `data-theme`
 * the components are light whatever the system prefers. With `fill`, the wrapper is at least
 * as tall as the frame, so a dark story leaves no white band below it.
 */
export function HostSettings({
  theme,
  locale,
  direction,
  fill = false,
  children,
}: ToolbarGlobals & { fill?: boolean; children: ReactNode }) {
  const scheme = theme === 'light' || theme === 'dark' ? theme : 'light dark';
  return (
    <LocaleProvider locale={locale} locales={allLocales}>
      <div
        data-theme={theme}
        dir={direction}
        lang={locale}
        style={{
          colorScheme: scheme,
          background: 'var(--iu-color-surface)',
          color: 'var(--iu-color-text)',
          padding: '1rem',
          boxSizing: 'border-box',
          minBlockSize: fill ? '100vh' : undefined,
        }}
      >
        {children}
      </div>
    </LocaleProvider>
  );
}

/**
 * For components written straight into an MDX page, which no story decorator reaches: the same
 * settings as the stories get, read from the toolbar.
 */
export function ToolbarSettings({ children }: { children: ReactNode }) {
  const globals = useToolbarGlobals(useContext(DocsContext).channel);
  return <HostSettings {...globals}>{children}</HostSettings>;
}
