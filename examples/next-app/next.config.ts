import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

// The app is its own project inside the library's repository: without a root of its own, Next
// would take the repository (which has the lockfile) for the app's workspace.
const root = dirname(fileURLToPath(import.meta.url));

const config: NextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default config;
