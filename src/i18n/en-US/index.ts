import { brandEnUS } from './brand.js';
import { capabilityLabelsEnUS } from './capabilities.js';
import { capabilityDescriptionsEnUS } from './capability-descriptions.js';
import { checklistEnUS } from './checklist.js';
import { statusEnUS } from './status.js';

/**
 * Every built-in string in US English, the default. Each part is its own module so that a
 * component that needs one part ships only that part.
 */
export const enUS = {
  /** The BCP 47 tag these messages are written for. */
  locale: 'en-US',
  brand: brandEnUS,
  capabilityLabels: capabilityLabelsEnUS,
  capabilityDescriptions: capabilityDescriptionsEnUS,
  status: statusEnUS,
  checklist: checklistEnUS,
};
