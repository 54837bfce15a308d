import type { KnownCapabilityName } from '../../model/capabilities.js';

/** A capability's name as the owner reads it, and one line on what it lets an app do. */
export interface CapabilityText {
  label: string;
  description: string;
}

/** Labels and descriptions for every known capability name. */
export const capabilitiesEnUS: Record<KnownCapabilityName, CapabilityText> = {
  information: {
    label: 'Device information',
    description: 'Reads basic facts such as the model, the year and the battery size.',
  },
  chargeState: {
    label: 'Charge state',
    description: 'Reads the battery level, the range and whether it is plugged in and charging.',
  },
  location: {
    label: 'Location',
    description: 'Reads where the vehicle is parked, so charging can follow it home.',
  },
  odometer: {
    label: 'Odometer',
    description: 'Reads the distance the vehicle has travelled.',
  },
  setMaxCurrent: {
    label: 'Set max current',
    description: 'Limits the charging current to protect the home’s fuse.',
  },
  startCharging: {
    label: 'Start charging',
    description: 'Starts a charging session remotely.',
  },
  stopCharging: {
    label: 'Stop charging',
    description: 'Stops a charging session remotely.',
  },
  smartCharging: {
    label: 'Smart charging',
    description: 'Charges when electricity is cheapest and greenest, ready by departure.',
  },
  setFollowSchedule: {
    label: 'Follow a schedule',
    description: 'Lets the device follow its own heating or cooling schedule.',
  },
  setPermanentHold: {
    label: 'Hold a temperature',
    description: 'Holds a chosen temperature until told otherwise.',
  },
  productionState: {
    label: 'Production',
    description: 'Reads how much power the panels produce right now.',
  },
  productionStatistics: {
    label: 'Production history',
    description: 'Reads how much energy the panels have produced over time.',
  },
  importFocus: {
    label: 'Import focus',
    description: 'Charges the battery from the grid when power is cheap.',
  },
  exportFocus: {
    label: 'Export focus',
    description: 'Sells stored energy to the grid when prices are high.',
  },
  timeOfUse: {
    label: 'Time of use',
    description: 'Shifts charging and discharging to follow the tariff.',
  },
  selfReliance: {
    label: 'Self-reliance',
    description: 'Uses stored solar energy at home before buying from the grid.',
  },
  measuresConsumption: {
    label: 'Consumption',
    description: 'Reads how much energy the home uses.',
  },
  measuresProduction: {
    label: 'Production metering',
    description: 'Reads how much energy the home sends to the grid.',
  },
};
