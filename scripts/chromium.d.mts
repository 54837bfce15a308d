// Types for scripts/chromium.mjs, so the TypeScript vite.config.ts can import it.

/** Debian's Chromium, unless `CHROMIUM_PATH` names another binary. */
export declare const chromiumPath: string;

/** Command-line flags for a headless run as root on a machine with no GPU and a closed network. */
export declare const chromiumArgs: string[];
