// How the tests launch Chromium: Vitest's browser projects (vite.config.ts) and the consumer
// check (scripts/test-consumer.mjs) share these, so both run the same browser the same way.

/** Debian's Chromium, unless `CHROMIUM_PATH` names another binary. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Command-line flags for a headless run as root on a machine with no GPU and a closed network. */
export const chromiumArgs = [
  // The tests run as root, where Chromium's sandbox cannot start.
  '--no-sandbox',
  // There is no GPU: render in software.
  '--disable-gpu',
  // No first-run welcome or setup before the page under test.
  '--no-first-run',
  // The network is closed, so Chromium must not try to reach out on its own: no background
  // requests, no component updates, no account sync, and no QUIC (HTTP/3) attempts.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
