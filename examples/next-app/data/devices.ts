// Devices as the API returns them (GET /vehicles/{id}), plain JSON the pages hand to the
// components as they are.

/** Tesla: the sample from the API's interventions documentation, as in the README. */
export const tesla = {
  id: '8d90101b-3f2f-462a-bbb4-1ed320d33bbe',
  vendor: 'TESLA',
  capabilities: {
    chargeState: { isCapable: false, interventionIds: ['c8a9fe78-44fd-482a-bebc-ef6047e6c0fe'] },
    information: { isCapable: true, interventionIds: [] },
  },
};

/** The same Tesla once its owner has allowed Mobile Access: nothing is blocked any more. */
export const teslaResolved = {
  ...tesla,
  capabilities: {
    chargeState: { isCapable: true, interventionIds: [] },
    information: { isCapable: true, interventionIds: [] },
  },
};

const weConnect = 'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9';
const chargingService = '3e861d64-9c00-4c97-9475-a1b4a9881e79';
const parkingPosition = '9e9af174-03ad-4448-9092-b2988b10cdb0';

/**
 * A Volkswagen ID.4 without its We Connect subscription: one intervention blocks several
 * features, each of which also needs an online service of its own.
 */
export const volkswagen = {
  id: '5f0a8e2c-7b3d-4c19-9e64-2a1d8b7c3f50',
  vendor: 'VOLKSWAGEN',
  capabilities: {
    information: { isCapable: true, interventionIds: [] },
    chargeState: { isCapable: false, interventionIds: [chargingService, weConnect] },
    location: { isCapable: false, interventionIds: [parkingPosition, weConnect] },
    odometer: { isCapable: false, interventionIds: [] },
    startCharging: { isCapable: false, interventionIds: [chargingService, weConnect] },
  },
};

/** A Tesla whose API also lists an intervention that only the live catalogue knows. */
export const teslaWithNewIntervention = {
  id: '3b1f7c2e-9a4d-4e8b-b6c5-2d7e9f1a3c4b',
  vendor: 'TESLA',
  capabilities: {
    information: { isCapable: true, interventionIds: [] },
    chargeState: { isCapable: false, interventionIds: ['c8a9fe78-44fd-482a-bebc-ef6047e6c0fe'] },
    smartCharging: {
      isCapable: false,
      interventionIds: ['7a2c4e6f-8b1d-4f3a-9c5e-1d3f5b7a9c2e'],
    },
  },
};

/** The devices the vehicle route knows, by id, as the API returns them now. */
export const vehiclesNow: Record<string, unknown> = {
  [tesla.id]: teslaResolved,
};
