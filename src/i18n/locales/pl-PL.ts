/**
 * Polish (pl-PL) messages, in the same shape as en-US. Counts take the noun form Polish gives
 * them (1 działanie, 2 działania, 5 działań); "other" is the form for fractions.
 */
import type { PluralForms } from '../format.js';
import type { Messages } from '../messages.js';

export const plPL: Messages = {
  locale: 'pl-PL',
  brand: {
    unknown: 'Nieznana marka',
  },
  capabilityLabels: {
    information: 'Informacje o urządzeniu',
    chargeState: 'Stan naładowania',
    location: 'Lokalizacja',
    odometer: 'Przebieg',
    setMaxCurrent: 'Limit prądu ładowania',
    startCharging: 'Rozpoczęcie ładowania',
    stopCharging: 'Zatrzymanie ładowania',
    smartCharging: 'Inteligentne ładowanie',
    setFollowSchedule: 'Praca według harmonogramu',
    setPermanentHold: 'Utrzymywanie temperatury',
    productionState: 'Produkcja',
    productionStatistics: 'Historia produkcji',
    importFocus: 'Priorytet poboru z sieci',
    exportFocus: 'Priorytet oddawania do sieci',
    timeOfUse: 'Taryfa strefowa',
    selfReliance: 'Autokonsumpcja',
    idle: 'Tryb spoczynku',
    measuresConsumption: 'Zużycie',
    measuresProduction: 'Pomiar produkcji',
  },
  capabilityDescriptions: {
    information:
      'Odczytuje podstawowe dane, takie jak model, rok produkcji i pojemność akumulatora.',
    chargeState:
      'Odczytuje poziom naładowania akumulatora, zasięg oraz to, czy pojazd jest podłączony i się ładuje.',
    location: 'Odczytuje, gdzie stoi pojazd, aby ładowanie wiedziało, kiedy jest w domu.',
    odometer: 'Odczytuje, ile kilometrów przejechał pojazd.',
    setMaxCurrent: 'Ogranicza prąd ładowania, aby chronić domowy bezpiecznik.',
    startCharging: 'Zdalnie rozpoczyna sesję ładowania.',
    stopCharging: 'Zdalnie zatrzymuje sesję ładowania.',
    smartCharging:
      'Ładuje, gdy prąd jest najtańszy i najbardziej ekologiczny, tak aby pojazd był gotowy do wyjazdu.',
    setFollowSchedule:
      'Pozwala urządzeniu działać według własnego harmonogramu ogrzewania lub chłodzenia.',
    setPermanentHold: 'Utrzymuje wybraną temperaturę aż do kolejnej zmiany.',
    productionState: 'Odczytuje, ile mocy wytwarzają teraz panele słoneczne.',
    productionStatistics: 'Odczytuje, ile energii panele słoneczne wyprodukowały w czasie.',
    importFocus: 'Ładuje magazyn energii z sieci, gdy prąd jest tani.',
    exportFocus: 'Sprzedaje zgromadzoną energię do sieci, gdy ceny są wysokie.',
    timeOfUse: 'Przesuwa ładowanie i rozładowanie zgodnie ze strefami taryfy.',
    selfReliance: 'Zużywa w domu zgromadzoną energię słoneczną, zanim kupi prąd z sieci.',
    idle: 'Wstrzymuje pracę magazynu energii: nie ładuje się ani nie rozładowuje.',
    measuresConsumption: 'Odczytuje, ile energii zużywa dom.',
    measuresProduction: 'Odczytuje, ile energii dom oddaje do sieci.',
  },
  status: {
    status: {
      capable: 'Dostępne',
      missing: 'Niedostępne',
    },
    // "do wykonania" does not change with the count, so only the noun takes its form.
    actionsNeeded: {
      one: '{count} działanie do wykonania',
      few: '{count} działania do wykonania',
      many: '{count} działań do wykonania',
      other: '{count} działania do wykonania',
    } as PluralForms,
    // Agrees with {total}: a heading, then the numbers, so no form depends on {count}.
    available: {
      one: 'Dostępna funkcja: {count} z {total}',
      few: 'Dostępne funkcje: {count} z {total}',
      many: 'Dostępne funkcje: {count} z {total}',
      other: 'Dostępne funkcje: {count} z {total}',
    } as PluralForms,
    missingExplanation: 'To urządzenie nie obsługuje tej funkcji.',
    showHowTo: 'Zobacz, jak odblokować',
    unknownAction: 'Wymagane działanie w {portal}',
    unknownActionUnknownPortal: 'Wymagane działanie w aplikacji producenta',
    listLabel: 'Funkcje',
    separator: ', ',
    summaryDivider: ' · ',
    empty: 'To urządzenie nie zgłosiło żadnych funkcji.',
    notReported: 'To urządzenie nie zgłasza: {capabilities}.',
  },
  checklist: {
    headingVehicle: 'Dokończ konfigurację pojazdu',
    headingDevice: 'Dokończ konfigurację urządzenia',
    stepOf: 'Krok {step} z {count}',
    after: 'Po kroku {step}',
    progressLabel: 'Postęp',
    progress: {
      one: 'Ukończono {done} z {count}',
      few: 'Ukończono {done} z {count}',
      many: 'Ukończono {done} z {count}',
      other: 'Ukończono {done} z {count}',
    } as PluralForms,
    unlocks: 'Odblokowuje: {capabilities}',
    place: {
      app: 'W aplikacji',
      web: 'W przeglądarce',
      vehicle: 'W pojeździe',
      device: 'Przy urządzeniu',
      dealer: 'U dealera',
    },
    agent: { User: 'Samodzielnie', ThirdParty: 'Przez dealera lub warsztat' },
    state: { pending: 'Do zrobienia', done: 'Oznaczone jako wykonane', resolved: 'Rozwiązane' },
    beforeYouStart: 'Zanim zaczniesz',
    steps: 'Kroki',
    openPortal: 'Otwórz {portal}',
    // "Około" takes the genitive: około 1 minuty, 2 minut, 5 minut, 1,5 minuty.
    estimatedTime: {
      one: 'Około {count} minuty',
      few: 'Około {count} minut',
      many: 'Około {count} minut',
      other: 'Około {count} minuty',
    } as PluralForms,
    markDone: 'Oznacz jako wykonane',
    reconnect: 'Połącz ponownie',
    reconnectNeeded:
      'To urządzenie trzeba połączyć ponownie: zaloguj się na konto producenta tam, gdzie połączono je za pierwszym razem.',
    fallbackTitle: 'Wymagane działanie w {portal}',
    fallbackTitleUnknownPortal: 'Wymagane działanie w aplikacji producenta',
    fallbackBody:
      'Dla tego działania nie ma jeszcze instrukcji krok po kroku. Otwórz {portal} i postępuj zgodnie z instrukcjami albo skontaktuj się z pomocą techniczną.',
    // The object of "Otwórz" in fallbackBody, so in the accusative.
    fallbackPortal: 'aplikację producenta',
    reference: 'Identyfikator dla pomocy technicznej:',
    missingVehicle: 'Niedostępne w tym pojeździe',
    missingDevice: 'Niedostępne w tym urządzeniu',
    allCapable: 'Wszystko działa. Nic nie trzeba robić.',
    nothingToDo: 'Nic nie trzeba robić: działają wszystkie funkcje, które to urządzenie może mieć.',
    allResolved: 'Gotowe: wszystkie funkcje są odblokowane.',
    allResolvedUnlocked: 'Gotowe. Odblokowane funkcje: {capabilities}.',
    announceDone: '{title}: oznaczone jako wykonane. Ukończono {done} z {count}.',
    announceUndone: '{title}: znowu do zrobienia. Ukończono {done} z {count}.',
    announceResolved: {
      one: 'Sprawdzono. Rozwiązano {count} krok: {titles}.',
      few: 'Sprawdzono. Rozwiązano {count} kroki: {titles}.',
      many: 'Sprawdzono. Rozwiązano {count} kroków: {titles}.',
      other: 'Sprawdzono. Rozwiązano {count} kroku: {titles}.',
    } as PluralForms,
    announceNothingChanged:
      'Sprawdzono. Nic się jeszcze nie zmieniło: do zrobienia zostały te same kroki.',
    empty: 'To urządzenie nie zgłosiło żadnych funkcji.',
    recheck: 'Sprawdź ponownie',
    rechecking: 'Sprawdzanie urządzenia…',
    recheckFailed: 'Nie udało się sprawdzić urządzenia. Spróbuj ponownie za chwilę.',
    recheckRetry: 'Spróbuj ponownie',
    undo: 'Cofnij',
    opensInNewTab: '(otwiera się w nowej karcie)',
    controlFor: '{control}: {title}',
    moreUnlocks: '+{count} więcej',
    getTheApp: 'Pobierz aplikację:',
  },
};
