/**
 * Lithuanian (lt-LT) messages, in the same shape as en-US. Counts take the noun form
 * Lithuanian gives them: "one" for 1, 21, 31…; "few" for 2–9, 22–29…; "other" for 0 and
 * 10–20, 30…; "many" for fractions.
 */
import type { PluralForms } from '../format.js';
import type { Messages } from '../messages.js';

export const ltLT: Messages = {
  locale: 'lt-LT',
  brand: {
    unknown: 'Nežinomas prekės ženklas',
  },
  capabilityLabels: {
    information: 'Įrenginio informacija',
    chargeState: 'Įkrovos būsena',
    location: 'Vieta',
    odometer: 'Rida',
    setMaxCurrent: 'Įkrovimo srovės ribojimas',
    startCharging: 'Įkrovimo paleidimas',
    stopCharging: 'Įkrovimo sustabdymas',
    smartCharging: 'Išmanusis įkrovimas',
    setFollowSchedule: 'Darbas pagal grafiką',
    setPermanentHold: 'Temperatūros palaikymas',
    productionState: 'Gamyba',
    productionStatistics: 'Gamybos istorija',
    importFocus: 'Pirmenybė pirkimui iš tinklo',
    exportFocus: 'Pirmenybė pardavimui į tinklą',
    timeOfUse: 'Laiko zonų tarifas',
    selfReliance: 'Savarankiškumas',
    idle: 'Ramybės režimas',
    measuresConsumption: 'Suvartojimas',
    measuresProduction: 'Gamybos matavimas',
  },
  capabilityDescriptions: {
    information: 'Nuskaito pagrindinius duomenis, pavyzdžiui, modelį, metus ir baterijos talpą.',
    chargeState:
      'Nuskaito baterijos įkrovos lygį, nuvažiuojamą atstumą ir tai, ar automobilis prijungtas ir kraunamas.',
    location: 'Nuskaito, kur pastatytas automobilis, kad įkrovimas žinotų, kada jis namie.',
    odometer: 'Nuskaito, kiek kilometrų nuvažiavo automobilis.',
    setMaxCurrent: 'Riboja įkrovimo srovę, kad apsaugotų namų saugiklį.',
    startCharging: 'Nuotoliniu būdu pradeda įkrovimo seansą.',
    stopCharging: 'Nuotoliniu būdu sustabdo įkrovimo seansą.',
    smartCharging:
      'Įkrauna, kai elektra pigiausia ir žaliausia, kad automobilis būtų paruoštas išvykimui.',
    setFollowSchedule: 'Leidžia įrenginiui laikytis savo šildymo ar vėsinimo grafiko.',
    setPermanentHold: 'Palaiko pasirinktą temperatūrą, kol nenurodoma kitaip.',
    productionState: 'Nuskaito, kiek galios saulės moduliai gamina dabar.',
    productionStatistics: 'Nuskaito, kiek energijos saulės moduliai pagamino per tam tikrą laiką.',
    importFocus: 'Įkrauna bateriją iš tinklo, kai elektra pigi.',
    exportFocus: 'Parduoda sukauptą energiją į tinklą, kai kainos didelės.',
    timeOfUse: 'Perkelia įkrovimą ir iškrovimą pagal tarifo laiko zonas.',
    selfReliance:
      'Pirmiausia naudoja sukauptą saulės energiją namuose ir tik tada perka elektrą iš tinklo.',
    idle: 'Sustabdo bateriją: ji nei įkraunama, nei iškraunama.',
    measuresConsumption: 'Nuskaito, kiek energijos suvartoja namai.',
    measuresProduction: 'Nuskaito, kiek energijos namai atiduoda į tinklą.',
  },
  status: {
    status: {
      capable: 'Prieinama',
      missing: 'Neprieinama',
    },
    actionsNeeded: {
      one: '{count} būtinas veiksmas',
      few: '{count} būtini veiksmai',
      many: '{count} būtino veiksmo',
      other: '{count} būtinų veiksmų',
    } as PluralForms,
    // Agrees with {total}: "iš" takes the genitive (iš 1 funkcijos, iš 8 funkcijų).
    available: {
      one: 'Prieinama {count} iš {total} funkcijos',
      few: 'Prieinama {count} iš {total} funkcijų',
      many: 'Prieinama {count} iš {total} funkcijos',
      other: 'Prieinama {count} iš {total} funkcijų',
    } as PluralForms,
    missingExplanation: 'Šis įrenginys šios funkcijos nepalaiko.',
    showHowTo: 'Parodyti, kaip atrakinti',
    unknownAction: 'Reikia veiksmo per {portal}',
    unknownActionUnknownPortal: 'Reikia veiksmo gamintojo programėlėje',
    listLabel: 'Funkcijos',
    separator: ', ',
    summaryDivider: ' · ',
    empty: 'Šis įrenginys nepranešė jokių funkcijų.',
    notReported: 'Šis įrenginys nepraneša: {capabilities}.',
  },
  checklist: {
    headingVehicle: 'Baikite nustatyti savo automobilį',
    headingDevice: 'Baikite nustatyti savo įrenginį',
    stepOf: 'Žingsnis {step} iš {count}',
    after: 'Po žingsnio {step}',
    progressLabel: 'Eiga',
    progress: {
      one: 'Atlikta {done} iš {count}',
      few: 'Atlikta {done} iš {count}',
      many: 'Atlikta {done} iš {count}',
      other: 'Atlikta {done} iš {count}',
    } as PluralForms,
    unlocks: 'Atrakina: {capabilities}',
    place: {
      app: 'Programėlėje',
      web: 'Internete',
      vehicle: 'Automobilyje',
      device: 'Prie įrenginio',
      dealer: 'Pas prekybos atstovą',
    },
    agent: { User: 'Atliekate jūs', ThirdParty: 'Atlieka prekybos atstovas arba servisas' },
    state: { pending: 'Reikia atlikti', done: 'Pažymėta kaip atlikta', resolved: 'Išspręsta' },
    beforeYouStart: 'Prieš pradėdami',
    steps: 'Žingsniai',
    openPortal: 'Atidaryti {portal}',
    // "Apie" takes the accusative: apie 1 minutę, 2 minutes, 10 minučių, 1,5 minutės.
    estimatedTime: {
      one: 'Apie {count} minutę',
      few: 'Apie {count} minutes',
      many: 'Apie {count} minutės',
      other: 'Apie {count} minučių',
    } as PluralForms,
    markDone: 'Pažymėti kaip atliktą',
    reconnect: 'Prijungti iš naujo',
    reconnectNeeded:
      'Šį įrenginį reikia prijungti iš naujo: prisijunkite prie gamintojo paskyros ten, kur jį prijungėte pirmą kartą.',
    fallbackTitle: 'Reikia veiksmo per {portal}',
    fallbackTitleUnknownPortal: 'Reikia veiksmo gamintojo programėlėje',
    fallbackBody:
      'Šiam veiksmui dar nėra išsamios instrukcijos. Atidarykite {portal} ir vadovaukitės nurodymais arba susisiekite su pagalbos tarnyba.',
    // The object of "Atidarykite" in fallbackBody, so in the accusative.
    fallbackPortal: 'gamintojo programėlę',
    reference: 'Nuoroda pagalbos tarnybai:',
    missingVehicle: 'Šiame automobilyje neprieinama',
    missingDevice: 'Šiame įrenginyje neprieinama',
    allCapable: 'Viskas veikia. Nieko daryti nereikia.',
    nothingToDo: 'Nieko daryti nereikia: veikia visos funkcijos, kurias šis įrenginys gali turėti.',
    allResolved: 'Viskas atlikta: visos funkcijos atrakintos.',
    allResolvedUnlocked: 'Viskas atlikta. Dabar veikia: {capabilities}.',
    announceDone: '{title}: pažymėta kaip atlikta. Atlikta {done} iš {count}.',
    announceUndone: '{title}: vėl reikia atlikti. Atlikta {done} iš {count}.',
    announceResolved: {
      one: 'Patikrinta. Išspręstas {count} žingsnis: {titles}.',
      few: 'Patikrinta. Išspręsti {count} žingsniai: {titles}.',
      many: 'Patikrinta. Išspręsta {count} žingsnio: {titles}.',
      other: 'Patikrinta. Išspręsta {count} žingsnių: {titles}.',
    } as PluralForms,
    announceNothingChanged:
      'Patikrinta. Kol kas niekas nepasikeitė: liko tie patys neatlikti žingsniai.',
    empty: 'Šis įrenginys nepranešė jokių funkcijų.',
    recheck: 'Tikrinti dar kartą',
    rechecking: 'Tikrinamas įrenginys…',
    recheckFailed: 'Nepavyko patikrinti įrenginio. Bandykite dar kartą po akimirkos.',
    recheckRetry: 'Bandyti dar kartą',
    undo: 'Atšaukti',
    opensInNewTab: '(atsidaro naujame skirtuke)',
    controlFor: '{control}: {title}',
    moreUnlocks: 'dar +{count}',
    getTheApp: 'Atsisiųskite programėlę:',
  },
};
