/**
 * The kinds of device whose capabilities the library explains. The API can add kinds at any
 * time, so code that receives one treats it as an open string.
 */
export type DeviceType = 'vehicle' | 'charger' | 'hvac' | 'solarInverter' | 'battery' | 'meter';
