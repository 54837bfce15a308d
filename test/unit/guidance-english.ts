import { guidanceEnUS } from '../../src/catalogue/guidance/en-US.js';
import type { InterventionGuidance } from '../../src/catalogue/types.js';
import { stringsOf } from './guidance-translation.js';

/**
 * Names that stay as they are in every language: makers, apps, portals, shops, services and
 * systems as the makers spell them, and codes. A translation may keep these, and only these,
 * English-looking words without a reason of its own.
 */
export const properNames: readonly string[] = [
  // Ford
  'FordPass Connect',
  'FordPass',
  'SYNC',
  'Ford',
  // Volkswagen
  'Volkswagen Connect Shop',
  'Volkswagen Ident',
  'Volkswagen ID',
  'myVolkswagen',
  'Volkswagen',
  'VW Connect',
  'We Connect',
  'In-Car Shop',
  'Car-Net',
  'myVW',
  'e-Manager',
  'e-Golf',
  'Plus',
  'ID. Software',
  'ID.',
  // BMW
  'My BMW',
  'iDrive',
  'BMW',
  // SEAT and CUPRA
  'My SEAT App',
  'SEAT CONNECT',
  'SEAT Connect',
  'InCar Store',
  'my.seat',
  'Mii electric',
  'My CUPRA App',
  'CUPRA CONNECT',
  'CUPRA',
  'SEAT',
  // Renault
  'renault-connect.renault.com',
  'My Renault',
  'openR link',
  'Easy Link',
  'Renault',
  // Porsche
  'Porsche Connect',
  'Porsche ID',
  'My Porsche',
  'Porsche',
  'PCM',
  // Mercedes-Benz
  'Mercedes me connect',
  'Mercedes me ID',
  'Mercedes me',
  'Mercedes-Benz Store',
  // Mercedes-Benz's name for its online services, in every market.
  'Digital Extras',
  'Mercedes-Benz',
  // Tesla
  'Tesla',
  // Audi
  'e-tron Charging Service',
  'Audi connect',
  'Car Finder',
  'myAudi',
  'Audi',
  'MMI',
  // ŠKODA
  'ŠKODA Connect',
  'MyŠkoda',
  'ŠKODA',
  'Enyaq',
  'Elroq',
  // Systems and codes
  'Wi-Fi',
  'Automation',
  'S-PIN',
  'PIN',
  'VIN',
  'GPS',
  'QR',
  'SIM',
  'SOS',
  'SMS',
  'OK',
  'ON',
];

/**
 * Words a translation shares with English because they are words of its own language too (the
 * German "App", the French "application", the Norwegian "for"), by locale.
 */
export const ownWords: Readonly<Record<string, ReadonlySet<string>>> = {
  'de-DE': new Set(
    [
      'also an hand in name person so tag was',
      'app apps code download garage hotspot installation internet link login modem',
      'mobile offline online option partner plug position software spam start symbol timer',
      'touchscreen update updates version wallbox web website',
    ].flatMap((line) => line.split(' ')),
  ),
  'fr-FR': new Set(
    [
      'car main on part plan',
      'activation active charge code conditions console contact date dates destinations',
      'garage identification installation instructions internet licence local location menu',
      'minutes mobile mode modem modes module notes notice option options parking plus',
      'position service services signal simple version versions wallbox web',
    ].flatMap((line) => line.split(' ')),
  ),
  'nb-NO': new Set(
    [
      'at be for over sending spare time to under',
      'app data modem online partner signal start timer',
    ].flatMap((line) => line.split(' ')),
  ),
};

/**
 * Labels the maker's own documentation in that language leaves in English, by locale and
 * intervention id, each with where the maker writes it so.
 */
export const makerEnglish: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'de-DE': {
    // Volkswagen's German manuals name the HOME button so (de.vw-id3.com: "HOME Rechtliches").
    '9e9af174-03ad-4448-9092-b2988b10cdb0': ['HOME'],
  },
  'fr-FR': {
    // Renault's French manual: select « OFF » at start-up to suspend data collection.
    '4245f5e6-e806-4de4-bb65-8673adecea83': ['OFF'],
  },
  'nb-NO': {},
};

/** Every English word of the en-US guidance, lower case. */
export const englishVocabulary: ReadonlySet<string> = new Set(
  Object.values(guidanceEnUS).flatMap((guidance: InterventionGuidance) =>
    stringsOf(guidance).flatMap(([, value]) => wordsOf(value)),
  ),
);

/** The words of a text, lower case, at least two letters long. */
export function wordsOf(text: string): string[] {
  return text
    .split(/[^\p{L}]+/u)
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= 2);
}

/**
 * The English words left in a translated text once the names and labels it may keep are taken
 * out: words of the en-US guidance that are not also words of the text's own language.
 */
export function englishLeftIn(
  text: string,
  locale: string,
  kept: readonly string[] = [],
): string[] {
  // Words with digits are codes and versions (ME3.1, ID.3, 12-Volt): none is English prose.
  let rest = text
    .split(/\s+/)
    .filter((token) => !/\d/.test(token))
    .join(' ');
  // Longest first, so "FordPass Connect" goes before "FordPass".
  for (const term of [...properNames, ...kept].sort((a, b) => b.length - a.length)) {
    rest = rest.split(term).join(' ');
  }
  const own = ownWords[locale] ?? new Set<string>();
  return [
    ...new Set(wordsOf(rest).filter((word) => englishVocabulary.has(word) && !own.has(word))),
  ];
}
