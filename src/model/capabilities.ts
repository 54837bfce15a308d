/**
 * Capabilities as the API reports them, per device. The API adds capability names without
 * notice, so every map accepts any name; the known ones are typed for editor help.
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

export type VehicleCapabilityName = (typeof vehicleCapabilityNames)[number];

export type ChargerCapabilityName =
  | 'information'
  | 'chargeState'
  | 'startCharging'
  | 'stopCharging'
  | 'setMaxCurrent';

export type HvacCapabilityName = 'setFollowSchedule' | 'setPermanentHold';

export type SolarInverterCapabilityName = 'productionState' | 'productionStatistics';

export type BatteryCapabilityName = 'importFocus' | 'exportFocus' | 'timeOfUse' | 'selfReliance';

export type MeterCapabilityName = 'measuresConsumption' | 'measuresProduction';

/** Every capability name the library has a label and a description for. */
export type KnownCapabilityName =
  | VehicleCapabilityName
  | ChargerCapabilityName
  | HvacCapabilityName
  | SolarInverterCapabilityName
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
 * A device's `capabilities` object. Older API versions sent `null` for some entries; the
 * library reads those as features the device does not have.
 */
export type Capabilities<Name extends string = KnownCapabilityName> = {
  readonly [K in Name]?: Capability | null;
} & { readonly [name: string]: Capability | null | undefined };

export type VehicleCapabilities = Capabilities<VehicleCapabilityName>;
export type ChargerCapabilities = Capabilities<ChargerCapabilityName>;
export type HvacCapabilities = Capabilities<HvacCapabilityName>;
export type SolarInverterCapabilities = Capabilities<SolarInverterCapabilityName>;
export type BatteryCapabilities = Capabilities<BatteryCapabilityName>;
export type MeterCapabilities = Capabilities<MeterCapabilityName>;

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
