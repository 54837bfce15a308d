'use client';

import { type ReactNode, useContext, useEffect, useMemo } from 'react';
import type { CapabilityTexts } from '../resolve/labels.js';
import { LocaleContext, type LocaleSettings } from './context.js';
import { catalogueLanguageWarning, unmatchedLocaleWarning, warnOnce } from './dev-warnings.js';
import { capabilityLabelsEnUS } from './en-US/capabilities.js';
import { type MessageOverrides, mergeMessages } from './merge.js';
import type { Messages } from './messages.js';

export { type MessageOverrides, mergeMessages } from './merge.js';

import { resolveLocale, usableLocale } from './resolve-locale.js';

/** The parts of the messages that belong to one component. */
export type MessagePart = 'brand' | 'status' | 'checklist';

/** The loaded messages nearest to `locale`; `undefined` means US English, built in. */
function nearest(locale: string, locales: readonly Messages[]): Messages | undefined {
  const tag = resolveLocale(
    locale,
    locales.map((messages) => messages.locale),
  );
  return locales.find((messages) => messages.locale === tag);
}

export interface LocaleProviderProps {
  /**
   * The owner's locale, as a BCP 47 tag (`de-DE`, `nb`, `en-AU`). The nearest loaded locale
   * is used: same tag, else same language, else US English.
   * @default 'en-US'
   */
  locale?: string;
  /**
   * The locales to choose from, each imported from `intervention-ui/locales/<tag>` so that a
   * host ships only the languages it loads. US English is always available.
   * @default []
   */
  locales?: readonly Messages[];
  /** Host wording that replaces any built-in string, in every locale. */
  messages?: MessageOverrides<Messages>;
  children?: ReactNode;
}

/** Sets the language of every intervention-ui component inside it. */
export function LocaleProvider({ locale, locales = [], messages, children }: LocaleProviderProps) {
  const outer = useContext(LocaleContext);
  // Inner providers add locales to the outer ones rather than hiding them.
  const all = [...locales, ...outer.locales];
  const own = locale ?? outer.locale;
  const resolved = own === undefined ? undefined : nearest(usableLocale(own), all);
  useUnmatchedLocaleWarning(resolved ? undefined : own, all);
  const value: LocaleSettings = {
    ...(own === undefined ? {} : { locale: own }),
    locales: all,
    ...(resolved ? { messages: resolved } : {}),
    ...((messages ?? outer.overrides) ? { overrides: messages ?? outer.overrides } : {}),
  };
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

// Declared here, not from Node's types, which the library's own code does not see: bundlers
// replace `process.env.NODE_ENV` as written, and where none ran, `process` may not exist.
declare const process: { env: { NODE_ENV?: string } };

/**
 * In development, warns once when `requested` (a locale no loaded one matched) names a language
 * the loaded locales lack, with the import that would load it.
 */
function useUnmatchedLocaleWarning(requested: string | undefined, loaded: readonly Messages[]) {
  const tags = loaded.map((messages) => messages.locale).join(',');
  useEffect(() => {
    // The test is written out, not behind a function, so that a production build's minifier
    // sees `"production" !== "production"` and drops the warning with its module.
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      if (requested !== undefined) warnOnce(unmatchedLocaleWarning(requested, tags.split(',')));
    }
  }, [requested, tags]);
}

/**
 * In development, warns once when a catalogue's guidance is in another language than the
 * components speak, with the import of the guidance in theirs.
 */
export function useCatalogueLanguageWarning(
  catalogueLocale: string | undefined,
  locale: string,
): void {
  useEffect(() => {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      warnOnce(catalogueLanguageWarning(catalogueLocale, locale));
    }
  }, [catalogueLocale, locale]);
}

/** The locale to use: the component's own prop, else the nearest provider's, else en-US. */
export function useLocale(own?: string): string {
  const inherited = useContext(LocaleContext).locale;
  return usableLocale(own ?? inherited);
}

export interface LocalizedMessages<T> {
  /** The tag for plural rules and list formats. */
  locale: string;
  /** The component's strings in that language, with the host's overrides. */
  messages: T;
  /**
   * Capability labels in that language, with the provider's and the component's labels laid
   * over them one by one: overriding one label leaves the others in the language in use.
   */
  capabilityLabels: CapabilityTexts;
}

/** Labels laid over labels, one by one; only strings count, whatever a host without types sends. */
function mergeLabels(
  base: CapabilityTexts,
  ...overrides: (Readonly<Record<string, unknown>> | undefined)[]
): CapabilityTexts {
  const usable = overrides.filter(
    (labels): labels is Readonly<Record<string, unknown>> =>
      typeof labels === 'object' && labels !== null && !Array.isArray(labels),
  );
  if (usable.length === 0) return base;
  const merged: Record<string, string> = { ...base };
  for (const labels of usable) {
    for (const [name, label] of Object.entries(labels)) {
      if (typeof label === 'string' && label.trim() !== '') merged[name] = label;
    }
  }
  return merged;
}

/**
 * One component's strings in the owner's language: the nearest loaded locale's, else the
 * component's own US English (`builtIn`), with the provider's and the component's overrides.
 */
export function useMessages<P extends MessagePart>(
  part: P,
  builtIn: Messages[P],
  own: {
    locale?: string | undefined;
    overrides?: MessageOverrides<Messages[P]> | undefined;
    capabilityLabels?: CapabilityTexts | undefined;
  },
): LocalizedMessages<Messages[P]> {
  const settings = useContext(LocaleContext);
  const locale = useLocale(own.locale);
  // The provider resolved its own locale once; only a component's own locale needs a lookup.
  const loaded = own.locale === undefined ? settings.messages : nearest(locale, settings.locales);
  // The provider warns about its own locale; a component warns about the one it was given.
  useUnmatchedLocaleWarning(
    own.locale !== undefined && !loaded ? own.locale : undefined,
    settings.locales,
  );
  const base = loaded?.[part] ?? builtIn;
  const providerOverrides = settings.overrides?.[part] as MessageOverrides<Messages[P]> | undefined;
  const ownOverrides = own.overrides;
  // The same object while its inputs are the same, so components can pass it to memoised parts.
  const messages = useMemo(
    () => mergeMessages(base, providerOverrides, ownOverrides),
    [base, providerOverrides, ownOverrides],
  );
  const baseLabels = loaded?.capabilityLabels ?? capabilityLabelsEnUS;
  const providerLabels = settings.overrides?.capabilityLabels;
  const ownLabels = own.capabilityLabels;
  const capabilityLabels = useMemo(
    () => mergeLabels(baseLabels, providerLabels, ownLabels),
    [baseLabels, providerLabels, ownLabels],
  );
  return { locale, messages, capabilityLabels };
}
