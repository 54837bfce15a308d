import type { enUS } from './en-US/index.js';

/**
 * The shape every locale's messages follow: the US English messages are the reference.
 * Plural messages may use any of the locale's plural categories (`one`, `few`, `many`, …);
 * `other` is always required.
 */
export type Messages = typeof enUS;
