import type { KnownCapabilityName } from '../../model/capabilities.js';

/** Every known capability's name as the owner reads it. */
export const capabilityLabelsEnUS: Record<KnownCapabilityName, string> = {
  information: 'Device information',
  chargeState: 'Charge state',
  location: 'Location',
  odometer: 'Odometer',
  setMaxCurrent: 'Set max current',
  startCharging: 'Start charging',
  stopCharging: 'Stop charging',
  smartCharging: 'Smart charging',
  setFollowSchedule: 'Follow a schedule',
  setPermanentHold: 'Hold a temperature',
  productionState: 'Production',
  productionStatistics: 'Production history',
  importFocus: 'Import focus',
  exportFocus: 'Export focus',
  timeOfUse: 'Time of use',
  selfReliance: 'Self-reliance',
  idle: 'Idle mode',
  measuresConsumption: 'Consumption',
  measuresProduction: 'Production metering',
};
