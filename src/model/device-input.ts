/**
 * One rule for device input, shared by every component and plan function: they take a
 * device's `capabilities` object, or the whole device that has one (as the parser tells them
 * apart), and a whole device's `vendor` stands in for a `vendor` the caller did not give.
 */
import { isDevicePayload } from './parse.js';

/** The vendor code of a whole device passed where capabilities are expected, if it has one. */
export function deviceVendor(input: unknown): string | undefined {
  if (!isDevicePayload(input) || !Object.hasOwn(input, 'vendor')) return undefined;
  const { vendor } = input;
  return typeof vendor === 'string' && vendor.trim() !== '' ? vendor : undefined;
}
