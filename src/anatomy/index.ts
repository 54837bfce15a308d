/**
 * The parts of each component, as data: the `data-scope` and `data-part` every element
 * carries, one naming scheme throughout (nouns; buttons end in `-button`), and the keys of each
 * component's `classNames` prop.
 */
import { createAnatomy } from './anatomy.js';

export {
  type Anatomy,
  createAnatomy,
  type PartAttributes,
  type PartClassNames,
  type PartName,
  partAttributes,
} from './anatomy.js';

export const brandBadgeAnatomy = /* @__PURE__ */ createAnatomy('brand-badge', [
  'root',
  'mark',
  'monogram',
  'name',
]);

export const capabilityStatusAnatomy = /* @__PURE__ */ createAnatomy('capability-status', [
  'root',
  'empty',
  'summary',
  'available',
  'divider',
  'separator',
  'actions-needed',
  'list',
  'item',
  'icon',
  'label',
  'status-text',
  'count',
  'explanation',
  'actions',
  'action',
  'select-button',
]);

export const interventionChecklistAnatomy = /* @__PURE__ */ createAnatomy(
  'intervention-checklist',
  [
    'root',
    'header',
    'heading',
    'progress',
    'progress-bar',
    'progress-fill',
    'progress-text',
    'announcement',
    'outcome',
    'accordion',
    'item',
    'item-heading',
    'trigger',
    'step-marker',
    'brand',
    'title',
    'chevron',
    'meta',
    'meta-item',
    'separator',
    'state',
    'icon',
    'panel',
    'print-panel',
    'panel-body',
    'description',
    'preconditions',
    'section-heading',
    'steps',
    'step',
    'step-text',
    'step-detail',
    'fallback',
    'reference',
    'unlocks',
    'more',
    'assistive-text',
    'actions',
    'open-link',
    'store-links',
    'store-link',
    'relink',
    'relink-button',
    'complete-button',
    'undo-button',
    'missing',
    'missing-heading',
    'recheck',
    'recheck-button',
    'recheck-status',
    'recheck-error',
  ],
);
