/**
 * Latvian (lv-LV) messages, in the same shape as en-US. Counts take the noun form Latvian gives
 * them: "one" for 1, 21, 31… (singular), "zero" for 0, 10–20, 30… and "other" for the rest
 * (both plural).
 */
import type { PluralForms } from '../format.js';
import type { Messages } from '../messages.js';

export const lvLV: Messages = {
  locale: 'lv-LV',
  brand: {
    unknown: 'Nezināms zīmols',
  },
  capabilityLabels: {
    information: 'Ierīces informācija',
    chargeState: 'Uzlādes stāvoklis',
    location: 'Atrašanās vieta',
    odometer: 'Nobraukums',
    setMaxCurrent: 'Uzlādes strāvas ierobežošana',
    startCharging: 'Uzlādes sākšana',
    stopCharging: 'Uzlādes apturēšana',
    smartCharging: 'Viedā uzlāde',
    setFollowSchedule: 'Darbība pēc grafika',
    setPermanentHold: 'Temperatūras uzturēšana',
    productionState: 'Ražošana',
    productionStatistics: 'Ražošanas vēsture',
    importFocus: 'Prioritāte pirkšanai no tīkla',
    exportFocus: 'Prioritāte pārdošanai tīklā',
    timeOfUse: 'Laika zonu tarifs',
    selfReliance: 'Pašpietiekamība',
    idle: 'Dīkstāves režīms',
    measuresConsumption: 'Patēriņš',
    measuresProduction: 'Ražošanas mērīšana',
  },
  capabilityDescriptions: {
    information: 'Nolasa pamatdatus, piemēram, modeli, izlaides gadu un akumulatora ietilpību.',
    chargeState:
      'Nolasa akumulatora uzlādes līmeni, nobraucamo attālumu un to, vai automašīna ir pievienota un tiek uzlādēta.',
    location: 'Nolasa, kur automašīna ir novietota, lai uzlāde zinātu, kad tā ir mājās.',
    odometer: 'Nolasa, cik kilometru automašīna ir nobraukusi.',
    setMaxCurrent: 'Ierobežo uzlādes strāvu, lai aizsargātu mājas drošinātāju.',
    startCharging: 'Attālināti sāk uzlādes sesiju.',
    stopCharging: 'Attālināti aptur uzlādes sesiju.',
    smartCharging:
      'Uzlādē, kad elektrība ir vislētākā un zaļākā, lai automašīna būtu gatava izbraukšanai.',
    setFollowSchedule: 'Ļauj ierīcei darboties pēc sava apkures vai dzesēšanas grafika.',
    setPermanentHold: 'Uztur izvēlēto temperatūru, līdz tiek norādīts citādi.',
    productionState: 'Nolasa, cik lielu jaudu saules paneļi ražo pašlaik.',
    productionStatistics: 'Nolasa, cik daudz enerģijas saules paneļi ir saražojuši laika gaitā.',
    importFocus: 'Uzlādē akumulatoru no tīkla, kad elektrība ir lēta.',
    exportFocus: 'Pārdod uzkrāto enerģiju tīklā, kad cenas ir augstas.',
    timeOfUse: 'Pielāgo uzlādi un izlādi tarifa laika zonām.',
    selfReliance:
      'Vispirms izmanto uzkrāto saules enerģiju mājās un tikai tad pērk elektrību no tīkla.',
    idle: 'Aptur akumulatora darbību: tas netiek ne uzlādēts, ne izlādēts.',
    measuresConsumption: 'Nolasa, cik daudz enerģijas patērē māja.',
    measuresProduction: 'Nolasa, cik daudz enerģijas māja nodod tīklā.',
  },
  status: {
    status: {
      capable: 'Pieejama',
      missing: 'Nav pieejama',
    },
    actionsNeeded: {
      zero: 'Nepieciešamas {count} darbības',
      one: 'Nepieciešama {count} darbība',
      other: 'Nepieciešamas {count} darbības',
    } as PluralForms,
    // A heading, then the numbers: nothing in it depends on {count} or {total}.
    available: {
      zero: 'Pieejamās funkcijas: {count} no {total}',
      one: 'Pieejamās funkcijas: {count} no {total}',
      other: 'Pieejamās funkcijas: {count} no {total}',
    } as PluralForms,
    missingExplanation: 'Šī ierīce to neatbalsta.',
    showHowTo: 'Parādīt, kā atbloķēt',
    // The portal is a brand name, which Latvian does not decline: it follows a colon.
    unknownAction: 'Nepieciešama darbība: {portal}',
    unknownActionUnknownPortal: 'Nepieciešama darbība ražotāja lietotnē',
    listLabel: 'Funkcijas',
    separator: ', ',
    summaryDivider: ' · ',
    empty: 'Šī ierīce nav paziņojusi nevienu funkciju.',
    notReported: 'Šī ierīce neziņo: {capabilities}.',
  },
  checklist: {
    headingVehicle: 'Pabeidziet automašīnas iestatīšanu',
    headingDevice: 'Pabeidziet ierīces iestatīšanu',
    stepOf: '{step}. solis no {count}',
    after: 'Pēc {step}. soļa',
    progressLabel: 'Izpilde',
    progress: {
      zero: 'Paveikts: {done} no {count}',
      one: 'Paveikts: {done} no {count}',
      other: 'Paveikts: {done} no {count}',
    } as PluralForms,
    unlocks: 'Atbloķē: {capabilities}',
    place: {
      app: 'Lietotnē',
      web: 'Tīmeklī',
      vehicle: 'Automašīnā',
      device: 'Pie ierīces',
      dealer: 'Pie dīlera',
    },
    agent: { User: 'To darāt jūs', ThirdParty: 'To dara dīleris vai autoserviss' },
    state: { pending: 'Jāizdara', done: 'Atzīmēts kā izdarīts', resolved: 'Atrisināts' },
    beforeYouStart: 'Pirms sākat',
    steps: 'Soļi',
    openPortal: 'Atvērt {portal}',
    estimatedTime: {
      zero: 'Apmēram {count} minūtes',
      one: 'Apmēram {count} minūte',
      other: 'Apmēram {count} minūtes',
    } as PluralForms,
    markDone: 'Atzīmēt kā izdarītu',
    reconnect: 'Savienot vēlreiz',
    reconnectNeeded:
      'Šī ierīce ir jāsavieno vēlreiz: pierakstieties ražotāja kontā tur, kur to savienojāt pirmo reizi.',
    fallbackTitle: 'Nepieciešama darbība: {portal}',
    fallbackTitleUnknownPortal: 'Nepieciešama darbība ražotāja lietotnē',
    fallbackBody:
      'Šai darbībai vēl nav soli pa solim instrukcijas. Atveriet {portal} un izpildiet norādījumus vai sazinieties ar atbalsta dienestu.',
    // The object of "Atveriet" in fallbackBody, so in the accusative.
    fallbackPortal: 'ražotāja lietotni',
    reference: 'Atsauce atbalsta dienestam:',
    missingVehicle: 'Šajā automašīnā nav pieejams',
    missingDevice: 'Šajā ierīcē nav pieejams',
    allCapable: 'Viss darbojas. Nekas nav jādara.',
    nothingToDo: 'Nekas nav jādara: darbojas visas funkcijas, kas šai ierīcei var būt.',
    allResolved: 'Viss izdarīts: visas funkcijas ir atbloķētas.',
    allResolvedUnlocked: 'Viss izdarīts. Tagad darbojas: {capabilities}.',
    announceDone: '{title}: atzīmēts kā izdarīts. Paveikts: {done} no {count}.',
    announceUndone: '{title}: atkal jāizdara. Paveikts: {done} no {count}.',
    announceResolved: {
      zero: 'Pārbaudīts. Atrisināti {count} soļi: {titles}.',
      one: 'Pārbaudīts. Atrisināts {count} solis: {titles}.',
      other: 'Pārbaudīts. Atrisināti {count} soļi: {titles}.',
    } as PluralForms,
    announceNothingChanged: 'Pārbaudīts. Vēl nekas nav mainījies: jāizdara tie paši soļi.',
    empty: 'Šī ierīce nav paziņojusi nevienu funkciju.',
    recheck: 'Pārbaudīt vēlreiz',
    rechecking: 'Ierīce tiek pārbaudīta…',
    recheckFailed: 'Ierīci neizdevās pārbaudīt. Mēģiniet vēlreiz pēc brīža.',
    recheckRetry: 'Mēģināt vēlreiz',
    undo: 'Atsaukt',
    opensInNewTab: '(atveras jaunā cilnē)',
    controlFor: '{control}: {title}',
    moreUnlocks: 'vēl +{count}',
    getTheApp: 'Lejupielādējiet lietotni:',
  },
};
