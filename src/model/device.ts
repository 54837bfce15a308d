/**
 * The kinds of device whose capabilities the library explains, spelled as the API's
 * `VendorType` spells them (`inverter` for a solar inverter). The API can add kinds at any
 * time, so code that receives one treats it as an open string.
 */
export type DeviceType = 'vehicle' | 'charger' | 'hvac' | 'inverter' | 'battery' | 'meter';
