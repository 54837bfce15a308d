export type { InterventionChecklistHeadingLevel } from './ChecklistItem.js';
export {
  InterventionChecklist,
  type InterventionChecklistClassNames,
  type InterventionChecklistMessages,
  type InterventionChecklistProps,
} from './InterventionChecklist.js';
