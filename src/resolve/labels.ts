import { type CapabilityText, capabilitiesEnUS } from '../i18n/en-US/capabilities.js';

/** Capability texts by name, in one language. */
export type CapabilityTexts = Readonly<Record<string, CapabilityText>>;

/**
 * A label derived from a capability key the library has no text for: `setMaxCurrent` →
 * "Set max current", `battery_health` → "Battery health".
 */
export function labelFromKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  const sentence = words.join(' ');
  return sentence ? sentence.charAt(0).toUpperCase() + sentence.slice(1) : key;
}

function textOf(name: string, texts: CapabilityTexts): CapabilityText | undefined {
  return Object.hasOwn(texts, name) ? texts[name] : undefined;
}

/** The owner-facing label of a capability; derived from the key when the name is unknown. */
export function capabilityLabel(name: string, texts: CapabilityTexts = capabilitiesEnUS): string {
  return textOf(name, texts)?.label ?? labelFromKey(name);
}

/** One line on what a capability lets an app do; `undefined` for an unknown name. */
export function capabilityDescription(
  name: string,
  texts: CapabilityTexts = capabilitiesEnUS,
): string | undefined {
  return textOf(name, texts)?.description;
}
