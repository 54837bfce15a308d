import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import * as axeMatchers from 'vitest-axe/matchers.js';

expect.extend(axeMatchers);
afterEach(() => cleanup());

// Every component test renders under React.StrictMode, as hosts in development do.
configure({ reactStrictMode: true });
