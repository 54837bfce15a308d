import type { KnownCapabilityName } from '../../model/capabilities.js';

/**
 * One line per known capability on what it lets an app do. Apart from the labels, so that
 * components, which show only labels, do not ship these.
 */
export const capabilityDescriptionsEnUS: Record<KnownCapabilityName, string> = {
  information: 'Reads basic facts such as the model, the year and the battery size.',
  chargeState: 'Reads the battery level, the range and whether it is plugged in and charging.',
  location: 'Reads where the vehicle is parked, so charging can follow it home.',
  odometer: 'Reads the distance the vehicle has travelled.',
  setMaxCurrent: 'Limits the charging current to protect the home’s fuse.',
  startCharging: 'Starts a charging session remotely.',
  stopCharging: 'Stops a charging session remotely.',
  smartCharging: 'Charges when electricity is cheapest and greenest, ready by departure.',
  setFollowSchedule: 'Lets the device follow its own heating or cooling schedule.',
  setPermanentHold: 'Holds a chosen temperature until told otherwise.',
  productionState: 'Reads how much power the panels produce right now.',
  productionStatistics: 'Reads how much energy the panels have produced over time.',
  importFocus: 'Charges the battery from the grid when power is cheap.',
  exportFocus: 'Sells stored energy to the grid when prices are high.',
  timeOfUse: 'Shifts charging and discharging to follow the tariff.',
  selfReliance: 'Uses stored solar energy at home before buying from the grid.',
  idle: 'Pauses the battery: it neither charges nor discharges.',
  measuresConsumption: 'Reads how much energy the home uses.',
  measuresProduction: 'Reads how much energy the home sends to the grid.',
};
