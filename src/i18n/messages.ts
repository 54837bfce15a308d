import type { enUS } from './en-US/index.js';

/** The shape every locale's messages follow. */
export type Messages = typeof enUS;
