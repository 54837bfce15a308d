import { mergeMessages } from '../merge.js';
import type { Messages } from '../messages.js';
import { nlNL } from './nl-NL.js';

/**
 * Dutch as written in Belgium (Flemish): the nl-NL messages, with Belgian words and the polite
 * "u" where the two differ, so a change to the shared Dutch reaches both.
 */
export const nlBE: Messages = mergeMessages(nlNL, {
  locale: 'nl-BE',
  capabilityLabels: {
    information: 'Toestelinformatie',
    setPermanentHold: 'Temperatuur behouden',
  },
  capabilityDescriptions: {
    chargeState:
      'Leest het batterijniveau, de autonomie en of de wagen is aangesloten en aan het laden is.',
    location: 'Leest waar de wagen geparkeerd staat, zodat het laden weet wanneer hij thuis is.',
    odometer: 'Leest hoeveel kilometer de wagen heeft gereden.',
    setMaxCurrent: 'Beperkt de laadstroom om de hoofdzekering van uw woning te beschermen.',
    smartCharging:
      'Laadt wanneer elektriciteit het goedkoopst en het groenst is, en is klaar wanneer u vertrekt.',
    setFollowSchedule: 'Laat het toestel zijn eigen verwarmings- of koelschema volgen.',
    setPermanentHold: 'Behoudt een gekozen temperatuur tot u iets anders aangeeft.',
    productionState: 'Leest hoeveel stroom de zonnepanelen op dit moment produceren.',
    productionStatistics:
      'Leest hoeveel energie de zonnepanelen doorheen de tijd hebben geproduceerd.',
    importFocus: 'Laadt de batterij op via het net wanneer elektriciteit goedkoop is.',
    exportFocus: 'Verkoopt opgeslagen energie aan het net wanneer de prijzen hoog zijn.',
    selfReliance:
      'Gebruikt thuis eerst opgeslagen zonne-energie voordat er elektriciteit van het net wordt gekocht.',
    measuresConsumption: 'Leest hoeveel energie uw woning verbruikt.',
    measuresProduction: 'Leest hoeveel energie uw woning op het net injecteert.',
  },
  status: {
    missingExplanation: 'Dit toestel kan dit niet.',
    showHowTo: 'Zo ontgrendelt u',
    empty: 'Dit toestel heeft geen functies gemeld.',
    notReported: 'Niet gemeld door dit toestel: {capabilities}.',
  },
  checklist: {
    place: {
      vehicle: 'In de wagen',
      device: 'Bij het toestel',
      dealer: 'Bij een concessiehouder',
    },
    agent: {
      User: 'Door u',
      ThirdParty: 'Door een concessiehouder of garage',
    },
    beforeYouStart: 'Vooraleer u begint',
    fallbackBody:
      'Er is nog geen stapsgewijze uitleg voor deze actie. Open {portal} en volg de instructies, of neem contact op met de klantendienst.',
    reference: 'Referentie voor de klantendienst:',
    reconnectNeeded:
      'Dit toestel moet opnieuw worden gekoppeld: meld u aan bij het account van de fabrikant waar u het de eerste keer hebt gekoppeld.',
    missingVehicle: 'Niet beschikbaar voor deze wagen',
    missingDevice: 'Niet beschikbaar voor dit toestel',
    allCapable: 'Alles werkt. U hoeft niets te doen.',
    nothingToDo: 'U hoeft niets te doen: alle functies die dit toestel kan hebben, werken.',
    empty: 'Dit toestel heeft geen functies gemeld.',
    rechecking: 'Toestel wordt gecontroleerd…',
    recheckFailed: 'Het toestel kon niet worden gecontroleerd. Probeer het straks opnieuw.',
  },
});
