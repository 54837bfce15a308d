// vitest-axe 0.1.0 declares its matcher for an older Vitest namespace; wire it into Vitest 4.
import 'vitest';
import type { AxeMatchers } from 'vitest-axe';

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: must match Vitest's own declaration to merge.
  interface Matchers<T = any> extends AxeMatchers {}
}
