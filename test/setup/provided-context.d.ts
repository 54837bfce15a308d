// What vite.config.ts hands each test project through `provide`, typed for `inject`.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The exact React version the project runs against: 19 (dev install) or 18 (test/react18). */
    reactVersion: string;
  }
}
