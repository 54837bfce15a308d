/**
 * Capabilities as the API reports them, per device type (API version 2024-10-01). The API adds
 * capability names without notice, so every map accepts any name; the known ones are typed for
 * editor help.
 *
 * A device's `capabilities` object holds capabilities (`{ isCapable, interventionIds }`) and, for
 * some device types, facts about the device beside them: an HVAC unit's modes and setpoint
 * ranges. The parser keeps the two apart (see `parseCapabilities`): facts are never features.
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

/** Every HVAC capability name, in the API's order; the unit's other members are facts. */
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

// Device facts

/** The modes of an HVAC unit, as the API names them. */
export const hvacModes = ['UNKNOWN', 'OFF', 'AUTO', 'COOL', 'HEAT'] as const;

/** A mode of an HVAC unit; the API may add modes, so any other string is kept too. */
export type HvacMode = (typeof hvacModes)[number];

/** Allowed values of a setpoint, or of the difference between two, inclusive. */
export interface TemperatureRange {
  /** The lowest allowed value; `null` when the API gives none. */
  readonly min: number | null;
  /** The highest allowed value; `null` when the API gives none. */
  readonly max: number | null;
}

/**
 * The members of an HVAC unit's `capabilities` that describe the unit rather than a feature.
 * Each is `null` when the API has nothing to say, and absent when it was not sent or could not
 * be read.
 */
export interface HvacFacts {
  /** The modes the unit can be set to. */
  readonly capableModes?: readonly (HvacMode | (string & {}))[] | null;
  /** The allowed values of `coolSetpoint`. */
  readonly coolSetpointRange?: TemperatureRange | null;
  /** The allowed values of `heatSetpoint`. */
  readonly heatSetpointRange?: TemperatureRange | null;
  /** The allowed difference between `heatSetpoint` and `coolSetpoint`, in `AUTO` mode. */
  readonly setpointDifferenceRange?: TemperatureRange | null;
}

/** The names of the HVAC facts, in the API's order. */
export const hvacFactNames = [
  'capableModes',
  'coolSetpointRange',
  'heatSetpointRange',
  'setpointDifferenceRange',
] as const satisfies readonly (keyof HvacFacts)[];

/**
 * Members of a device's `capabilities` that are not capabilities: the known HVAC facts, typed,
 * and any member a later API version adds in another shape than a capability's, kept as given.
 */
export type DeviceFacts = HvacFacts & { readonly [name: string]: unknown };

/**
 * An HVAC unit's `capabilities` object as the API sends it: two capabilities and four facts.
 * Any other member is accepted, as the API adds members without notice.
 */
export type HvacCapabilities = {
  readonly [K in HvacCapabilityName]?: Capability | null;
} & HvacFacts & { readonly [name: string]: unknown };

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
  /** Its features; never any of its facts. */
  capabilities: Capabilities;
  /**
   * The members of its `capabilities` object that are not capabilities (an HVAC unit's modes
   * and setpoint ranges); absent when it has none.
   */
  facts?: DeviceFacts;
}
