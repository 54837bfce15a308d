export type { HeadingLevel, ItemStatus } from './ChecklistItem.js';
export {
  type ChecklistEvent,
  InterventionChecklist,
  type InterventionChecklistMessages,
  type InterventionChecklistProps,
} from './InterventionChecklist.js';
