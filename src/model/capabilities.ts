/**
 * Capabilities as the API reports them, per device type (API version 2024-10-01). The API adds
 * capability names without notice, so every map accepts any name; the known ones are typed for
 * editor help.
 */

/** Every vehicle capability name the library knows, in the order the API sends them. */
export const vehicleCapabilityNames = [
  'information',
  'chargeState',
  'location',
  'odometer',
  'setMaxCurrent',
  'startCharging',
  'stopCharging',
  'smartCharging',
] as const;

/** Every charger capability name, in the API's order. */
export const chargerCapabilityNames = [
  'information',
  'chargeState',
  'startCharging',
  'stopCharging',
  'setMaxCurrent',
] as const;

/** Every HVAC capability name, in the API's order. */
export const hvacCapabilityNames = ['setFollowSchedule', 'setPermanentHold'] as const;

/** Every inverter capability name, in the API's order. */
export const inverterCapabilityNames = ['productionState', 'productionStatistics'] as const;

/** Every battery capability name, in the API's order: one per operation mode. */
export const batteryCapabilityNames = [
  'exportFocus',
  'importFocus',
  'timeOfUse',
  'selfReliance',
  'idle',
] as const;

/** Every meter capability name, in the API's order. */
export const meterCapabilityNames = ['measuresConsumption', 'measuresProduction'] as const;

/** The capability names of each device type, keyed by the API's `vendorType`. */
export const capabilityNamesByDeviceType = {
  vehicle: vehicleCapabilityNames,
  charger: chargerCapabilityNames,
  hvac: hvacCapabilityNames,
  inverter: inverterCapabilityNames,
  battery: batteryCapabilityNames,
  meter: meterCapabilityNames,
} as const;

export type VehicleCapabilityName = (typeof vehicleCapabilityNames)[number];
export type ChargerCapabilityName = (typeof chargerCapabilityNames)[number];
export type HvacCapabilityName = (typeof hvacCapabilityNames)[number];
export type InverterCapabilityName = (typeof inverterCapabilityNames)[number];
export type BatteryCapabilityName = (typeof batteryCapabilityNames)[number];
export type MeterCapabilityName = (typeof meterCapabilityNames)[number];

/** @deprecated The API calls the device type `inverter`: use {@link InverterCapabilityName}. */
export type SolarInverterCapabilityName = InverterCapabilityName;

/** Every capability name the library has a label and a description for. */
export type KnownCapabilityName =
  | VehicleCapabilityName
  | ChargerCapabilityName
  | HvacCapabilityName
  | InverterCapabilityName
  | BatteryCapabilityName
  | MeterCapabilityName;

/** A capability name: a known one, or any other string the API may send. */
export type CapabilityName = KnownCapabilityName | (string & {});

/** One feature of one device, as the API reports it. */
export interface Capability {
  /** Whether the feature works for this device right now. */
  isCapable: boolean;
  /**
   * The interventions that unlock the feature; all are required. Empty with `isCapable: false`
   * means the device cannot do it at all.
   */
  interventionIds: readonly string[];
}

/**
 * The capabilities of a device, as the parser gives them and as a host may build them. Older API
 * versions sent `null` for some entries; the library reads those as features the device does
 * not have.
 */
export type Capabilities<Name extends string = KnownCapabilityName> = {
  readonly [K in Name]?: Capability | null;
} & { readonly [name: string]: Capability | null | undefined };

export type VehicleCapabilities = Capabilities<VehicleCapabilityName>;
export type ChargerCapabilities = Capabilities<ChargerCapabilityName>;
export type InverterCapabilities = Capabilities<InverterCapabilityName>;
/** @deprecated The API calls the device type `inverter`: use {@link InverterCapabilities}. */
export type SolarInverterCapabilities = InverterCapabilities;
export type BatteryCapabilities = Capabilities<BatteryCapabilityName>;
export type MeterCapabilities = Capabilities<MeterCapabilityName>;

export type HvacCapabilities = Capabilities<HvacCapabilityName>;

/** What one capability entry means for the owner. */
export type CapabilityState =
  /** The feature works. */
  | 'capable'
  /** The feature can be unlocked by the listed interventions. */
  | 'blocked'
  /** This device cannot do it; there is nothing to do. */
  | 'missing';

/** A device as the API returns it, as far as this library reads it. */
export interface Device {
  /** The device's id. */
  id: string;
  /** The vendor code (`TESLA`). */
  vendor?: string;
  /** The kind of device, when the host knows it. */
  type?: string;
  /** A name to show for the device in fleet views (`Family car`). */
  name?: string;
  capabilities: Capabilities;
}
