import { brandEnUS } from './brand.js';
import { capabilitiesEnUS } from './capabilities.js';

/**
 * Every built-in string in US English, the default. Each part is its own module so that a
 * component that needs one part ships only that part.
 */
export const enUS = {
  brand: brandEnUS,
  capabilities: capabilitiesEnUS,
};
