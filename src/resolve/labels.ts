import { remember } from '../catalogue/remember.js';
import { capabilityLabelsEnUS } from '../i18n/en-US/capabilities.js';
import { capabilityDescriptionsEnUS } from '../i18n/en-US/capability-descriptions.js';

/** Texts by capability name, in one language: labels, or descriptions. */
export type CapabilityTexts = Readonly<Record<string, string>>;

/**
 * A label derived from a capability key the library has no text for: `setMaxCurrent` →
 * "Set max current", `battery_health` → "Battery health".
 */
export function labelFromKey(key: string): string {
  return remember(derivedLabels, key, deriveLabel);
}

/** Labels already derived, by key: a fleet repeats the same few unknown names. */
const derivedLabels = new Map<string, string>();

function deriveLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  const sentence = words.join(' ');
  return sentence ? sentence.charAt(0).toUpperCase() + sentence.slice(1) : key;
}

function textOf(name: string, texts: CapabilityTexts): string | undefined {
  return Object.hasOwn(texts, name) ? texts[name] : undefined;
}

/** The owner-facing label of a capability; derived from the key when the name is unknown. */
export function capabilityLabel(
  name: string,
  labels: CapabilityTexts = capabilityLabelsEnUS,
): string {
  return textOf(name, labels) ?? labelFromKey(name);
}

/** One line on what a capability lets an app do; `undefined` for an unknown name. */
export function capabilityDescription(
  name: string,
  descriptions: CapabilityTexts = capabilityDescriptionsEnUS,
): string | undefined {
  return textOf(name, descriptions);
}
