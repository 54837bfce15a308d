// The custom browser commands defined in vite.config.ts, typed for the tests that call it.
import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (options: {
      /** `print` lays the page out as printed, with the print stylesheet's rules. */
      media?: 'screen' | 'print' | null;
      colorScheme?: 'light' | 'dark' | 'no-preference' | null;
      forcedColors?: 'active' | 'none' | null;
      reducedMotion?: 'reduce' | 'no-preference' | null;
    }) => Promise<void>;
    /** The visual tests' screenshots checked in (test/visual/baselines), by file name. */
    listBaselines: () => Promise<string[]>;
  }
}
