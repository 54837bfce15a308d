'use client';

import { createContext } from 'react';
import type { MessageOverrides } from './merge.js';
import type { Messages } from './messages.js';

/** What a LocaleProvider hands down. Apart from the provider so BrandBadge can read it cheaply. */
export interface LocaleSettings {
  /** The provider's locale, as given. */
  locale?: string;
  /** Every loaded locale, inner providers' first. */
  locales: readonly Messages[];
  /** The loaded locale nearest to `locale`, resolved once by the provider. */
  messages?: Messages;
  /** Host wording over any built-in string. */
  overrides?: MessageOverrides<Messages>;
}

export const LocaleContext = createContext<LocaleSettings>({ locales: [] });
