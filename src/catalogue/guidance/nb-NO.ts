import type { GuidanceModule } from '../types.js';

/**
 * The bundled nb-NO guidance, by intervention id, step for step as en-US. A menu path or button
 * is quoted only as the maker's Norwegian documentation writes it (ŠKODA's Meny > Brukere >
 * Innstillinger, Tesla's Kontroller > Sikkerhet); where no Norwegian label is published, the step
 * describes the place in plain Norwegian instead of guessing one or leaving the English label.
 */
export const guidanceNbNO: GuidanceModule = {
  '06197b76-966e-414a-b174-7a00cde49f30': {
    title: 'Aktiver FordPass Connect',
    description:
      'FordPass Connect er modemet som er bygd inn i Forden din. Før du aktiverer det i FordPass-appen og bekrefter i bilen, sender bilen bare grunnleggende vedlikeholdsdata og kan ikke nås på avstand.',
    preconditions: [
      'Bilen din har et innebygd FordPass Connect-modem.',
      'Bilen står blant kjøretøyene dine i FordPass-appen.',
      'Både telefonen og bilen har god mobildekning.',
    ],
    steps: [
      { text: 'Åpne FordPass-appen og velg bilen din.', place: 'app' },
      {
        text: 'Start aktiveringen av bilen i appen, og trykk deretter på aktiveringsikonet.',
        detail: 'I nyere versjoner av appen heter knappen noe annet: den kobler appen til bilen.',
        place: 'app',
      },
      {
        text: 'Start bilen og la den stå på i P, på et åpent sted.',
        detail: 'Det holder ikke med tilbehørsmodus. På et åpent sted får bilen bedre signal.',
        place: 'vehicle',
      },
      {
        text: 'Gi tilgang når forespørselen dukker opp på SYNC-skjermen.',
        detail: 'Det kan ta opptil 10 minutter før forespørselen dukker opp.',
        place: 'vehicle',
      },
      {
        text: 'Sjekk at fjernkommandoene nå vises i appen.',
        detail:
          'Hvis appen går tilbake til aktiveringen etter 90 sekunder, kan du prøve på nytt. Etter tre mislykkede forsøk kontakter du Ford via hjelpen under kontoen din i appen.',
        place: 'app',
      },
    ],
    successSign: 'Låsing, opplåsing og fjernstart vises i FordPass-appen og virker.',
    waiting: 'Det kan ta opptil 10 minutter før forespørselen dukker opp i bilen.',
    alternatives: [
      {
        case: 'otherUser',
        text: 'Sier appen at bilen allerede er aktivert, eller ber den deg be om tilgang, har noen andre aktivert den. Be dem invitere deg på e-post fra sin FordPass-app.',
      },
      {
        case: 'usedCar',
        text: 'Kjøpt bilen brukt? Fjern de tidligere eierne først: med bilen i gang i P åpner du innstillingene på SYNC-skjermen, velger tilbakestilling og tilbakestiller FordPass Connect. Aktiver deretter bilen på nytt.',
      },
    ],
  },
  '0defa374-8a1a-4eb1-a85f-b7cb09501097': {
    title: 'Fullfør Volkswagen-profilen din',
    description:
      'Volkswagen ID er én felles innlogging for alle Volkswagens apper og tjenester. Profilen må være fullstendig før du kan bestille eller bruke nettjenester for bilen din.',
    preconditions: [
      'Du er myndig.',
      'Du kan e-postadressen og passordet til Volkswagen ID-en din, eller er klar til å opprette en.',
    ],
    steps: [
      {
        text: 'Logg inn på myVolkswagen i en nettleser.',
        detail:
          'Har du ikke Volkswagen ID ennå? Registrer deg fra innloggingssiden. Du kan også opprette en i Volkswagen-appen, men stegene nedenfor beskriver nettstedet.',
        place: 'web',
      },
      {
        text: 'Åpne opplysningene om Volkswagen ID-en din i profilen, for å endre dem.',
        place: 'web',
      },
      {
        text: 'Fyll inn opplysningene som mangler, for eksempel navn, adresse og telefonnummer, og lagre.',
        place: 'web',
      },
      {
        text: 'Åpne innstillingene for personvern og samtykker, og godta vilkår som fortsatt ikke er godtatt.',
        place: 'web',
      },
    ],
    successSign:
      'Volkswagen-appen og bestillingen av tjenester sier ikke lenger at profilen er ufullstendig.',
  },
  '644d2a0f-6774-489b-b57d-07cf00261467': {
    title: 'Aktiver nettjenesten Car-Net i bilen',
    description:
      'Car-Net er navnet på Volkswagens nettjenester i Nord-Amerika; andre steder heter de We Connect eller VW Connect. De må være aktivert for bilen din før den deler noen data.',
    preconditions: [
      'Du har en Volkswagen ID.',
      'Du har understellsnummeret (VIN) til bilen din for hånden.',
    ],
    steps: [
      {
        text: 'Åpne Volkswagen-appen og logg inn med Volkswagen ID-en din.',
        detail: 'I Nord-Amerika bruker du heller myVW-appen og følger registreringen der.',
        place: 'app',
      },
      {
        text: 'Legg til bilen med understellsnummeret, og følg instruksjonene i appen.',
        detail:
          'Står det allerede en annen bil i appen? Legg til denne med bilsymbolet med plusstegnet i kjøretøyoversikten.',
        place: 'app',
      },
      {
        text: 'Velg en S-PIN når appen ber om det.',
        detail: 'Bruk fire sifre som ikke alle er like, og som ikke er en enkel rekke som 1234.',
        place: 'app',
      },
      {
        text: 'Utenfor Nord-Amerika blir du hovedbruker av bilen.',
        detail:
          'I bilen: velg tilkoblingen til VW Connect i systeminnstillingene, og skann QR-koden med appen. Bare hovedbrukeren kan aktivere tjenestene.',
        place: 'vehicle',
      },
      {
        text: 'Sjekk i bilen at den er tilkoblet.',
        detail:
          'ID.-modeller: slå på overføring av kjøretøy- og bruksdata i personverninnstillingene. Andre modeller: gå ut av frakoblet modus. Ikke tilbakestill infotainmentsystemet til fabrikkinnstillingene: da fjernes bilen fra kontoen din.',
        place: 'vehicle',
      },
    ],
    successSign: 'Appen viser statusen til bilen din, for eksempel kilometerstand eller ladenivå.',
    alternatives: [
      {
        case: 'otherRegion',
        text: 'I Nord-Amerika heter appen myVW og tjenestene Car-Net. Mange av dem krever et betalt Car-Net-abonnement etter prøveperioden; nødanrop og veihjelp virker uten.',
      },
    ],
  },
  'd88a46e9-fc8b-4f71-ae50-b8610f4faead': {
    title: 'Bli hovedbruker',
    description:
      'Hovedbrukeren er eieren eller den faste sjåføren av bilen, og bare hovedbrukeren kan bestille og slå på nettjenester. Du registrerer deg som hovedbruker i bilen, med Volkswagen-appen.',
    preconditions: [
      'Du har en Volkswagen ID og Volkswagen-appen på telefonen.',
      'Du eier bilen eller kjører den fast over lengre tid, for eksempel som leasingtaker.',
      'Du har en nøkkel til bilen.',
    ],
    steps: [
      {
        text: 'Sett deg i bilen og slå på tenningen og infotainmentsystemet.',
        place: 'vehicle',
      },
      {
        text: 'Velg tilkoblingen til VW Connect i systeminnstillingene i infotainmentsystemet.',
        detail: 'På eldre systemer ser du heller i brukeradministrasjonen.',
        place: 'vehicle',
      },
      { text: 'Skann QR-koden på skjermen med Volkswagen-appen.', place: 'app' },
      {
        text: 'Bekreft i appen for å bli hovedbruker.',
        detail: 'Hvis noen andre var hovedbruker før deg, mister de rollen og får beskjed om det.',
        place: 'app',
      },
      {
        text: 'Hvis appen ber om Volkswagen Ident, starter du kontrollen og følger skjermbildene.',
        detail:
          'Ha legitimasjonen din klar. Kontrollen trengs bare for sikkerhetsrelevante tjenester, og et autorisert Volkswagen-verksted kan også gjøre den når du møter opp.',
        place: 'app',
      },
    ],
    successSign:
      'Volkswagen-appen viser deg som hovedbruker, og nettjenestene til bilen er slått på.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'På en bruktbil viser infotainmentsystemet om noen fortsatt er hovedbruker. Registrerer du deg selv, fjernes de; du kan også slette dem der.',
      },
      {
        case: 'olderCar',
        text: 'Tidlige ID.3 krever først bevis på eierskap og identitet hos en Volkswagen-servicepartner. Etter det besøket tilbyr infotainmentsystemet tilkobling til We Connect og viser QR-koden.',
      },
    ],
  },
  'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9': {
    title: 'Tegn abonnement på We Connect-tjenestene',
    description:
      'Volkswagen selger nettjenestene sine som en egen avtale, atskilt fra Volkswagen ID-en din: We Connect eller VW Connect, avhengig av bilen. Uten en aktiv lisens deler bilen ingen data.',
    preconditions: [
      'Du er hovedbruker av bilen: bare hovedbrukeren kan bestille tjenester.',
      'Bilen din er lagt til på Volkswagen ID-en din.',
    ],
    steps: [
      { text: 'Åpne Volkswagen-appen eller myVolkswagen og logg inn.', place: 'app' },
      {
        text: 'Velg bilen din og sjekk hvilke tjenester som er aktive, og når de utløper.',
        place: 'app',
      },
      {
        text: 'Bestill pakken som tilbys for bilen din: We Connect eller VW Connect, med Plus hvis du ønsker det.',
        detail:
          'Registrer deg innen 90 dager etter overlevering for å få hele gratisperioden for Plus.',
        place: 'app',
      },
      {
        text: 'Vil du forlenge en utløpt lisens, kjøper du den i Volkswagen Connect Shop.',
        detail:
          'Du kan også kjøpe den i In-Car Shop i infotainmentsystemet. Har du en kupong fra en Volkswagen-partner, skriver du inn koden ved betaling.',
        place: 'web',
      },
    ],
    successSign: 'Hver tjeneste for bilen din viser en sluttdato fram i tid.',
    alternatives: [
      {
        case: 'otherRegion',
        text: 'I Nord-Amerika heter tjenestene Car-Net, og de bestilles i myVW-appen.',
      },
    ],
  },
  'b9acf87e-d7c8-426b-80a7-c925b5b90d6f': {
    title: 'Oppdater bilen til ID. Software 3.0',
    description:
      'ID. Software 3.0 er en gratis programvareoppdatering for Volkswagens ID.-modeller. Bilen din trenger den, eller en nyere versjon, før du kan planlegge lading uten å være i bilen.',
    preconditions: [
      'Bilen har ikke ID. Software 3.0 eller nyere ennå: har den det, er det ingenting å gjøre.',
      'Bilen er tilkoblet: overføring av kjøretøy- og bruksdata er slått på i personverninnstillingene.',
      'Du kan la bilen stå parkert i flere timer: den kan ikke kjøres mens oppdateringen installeres.',
    ],
    steps: [
      {
        text: 'Kjør som vanlig mens oppdateringen lastes ned i bakgrunnen.',
        detail: 'Nedlastingen er gratis og kan ta flere kjøreturer.',
        place: 'vehicle',
      },
      {
        text: 'Når bilen sier at oppdateringen er klar, parkerer du og slår av bilen for å installere den.',
        detail: 'Bilen kan ikke startes mens oppdateringen installeres.',
        place: 'vehicle',
      },
      {
        text: 'Når installasjonen er ferdig, bekrefter du med OK-knappen på rattet.',
        place: 'vehicle',
      },
      {
        text: 'Hvis ingen oppdatering blir tilbudt, eller du har avvist den for mange ganger, bestiller du time på verkstedet.',
        detail: 'Besøket kan ta en hel dag.',
        place: 'dealer',
      },
    ],
    successSign: 'Bilen melder at oppdateringen er installert.',
    waiting:
      'Nedlastingen går over flere kjøreturer, og installasjonen holder bilen parkert, kanskje i flere timer. Volkswagen oppgir ingen varighet.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'ID.-biler fra de to første årene trengte et verkstedbesøk med ny programvare og nytt 12-voltsbatteri før de kunne få oppdateringer trådløst. Bestill time hos en Volkswagen-servicepartner; besøket kan ta en hel dag.',
      },
    ],
  },
  '9e9af174-03ad-4448-9092-b2988b10cdb0': {
    title: 'Slå på nettjenesten for parkeringsposisjon',
    description:
      'Nettjenesten for parkeringsposisjon viser hvor Volkswagen-bilen din står parkert. Bilen må dele posisjonen sin, og tjenesten må være slått på, før posisjonen kan leses.',
    preconditions: [
      'Bilen din er på Volkswagen-kontoen din, og nettjenestene er aktive.',
      'De som bruker bilen, godtar at posisjonen deles.',
    ],
    steps: [
      {
        text: 'Åpne personverninnstillingene i bilen og slå på sending av posisjonsdata.',
        detail:
          'På ID.-modeller åpner du dem fra startskjermen. Hver bruker av bilen stiller inn dette selv.',
        place: 'vehicle',
      },
      {
        text: 'Hvis tjenesten er slått av, slår du den på igjen.',
        detail:
          'I Volkswagen-appen, eller i bilen blant personverninnstillingene og tjenestene. Står den som utløpt, må du fornye lisensen først.',
        place: 'app',
      },
      {
        text: 'Parker og slå av bilen, og se deretter etter posisjonen i Volkswagen-appen.',
        place: 'app',
      },
    ],
    successSign: 'Neste gang du slår av bilen, vises parkeringsposisjonen i appen.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'Andre modeller enn ID. har personvernmoduser i stedet: velg modusen som deler posisjonen din. I alle andre moduser vises ikke posisjonen i appen.',
      },
    ],
  },
  '3e861d64-9c00-4c97-9475-a1b4a9881e79': {
    title: 'Slå på nettjenesten for lading',
    description:
      'Nettjenesten for lading viser ladenivået og starter og stopper ladingen uten at du er i bilen. Volkswagen beskriver ikke hvor den slås på, så disse stegene sjekker det som er kjent.',
    preconditions: [
      'Du er hovedbruker av bilen, eller kan spørre hovedbrukeren.',
      'Bilen din er på Volkswagen-kontoen din, og nettjenestene er aktive.',
    ],
    steps: [
      {
        text: 'Sjekk at bilen er tilkoblet.',
        detail:
          'ID.-modeller: slå på overføring av kjøretøy- og bruksdata i personverninnstillingene. Frakoblet modus stanser alle nettjenester.',
        place: 'vehicle',
      },
      {
        text: 'Velg bilen i Volkswagen-appen og sjekk tjenestene og sluttdatoene deres.',
        detail: 'Har lisensen utløpt, kan hovedbrukeren fornye den i Volkswagen Connect Shop.',
        place: 'app',
      },
      {
        text: 'Vises ladingen fortsatt ikke, kontakter du Volkswagens kundeservice eller en servicepartner.',
        detail:
          'Kanskje har en bruker slått av tjenesten. Volkswagen oppgir ikke hvor den slås på igjen.',
        place: 'dealer',
      },
    ],
    successSign: 'Ladenivået til bilen din vises i Volkswagen-appen.',
  },
  '4099b5db-b050-40df-a1bb-e3633bf14d1f': {
    title: 'Slå på nettjenesten for avreisetider',
    description:
      'Nettjenesten for avreisetider styrer tidsstyrt lading, så bilen er klar når du skal dra. Volkswagen beskriver ikke hvor den slås på, så disse stegene sjekker det som er kjent.',
    preconditions: [
      'Du er hovedbruker av bilen, eller kan spørre hovedbrukeren.',
      'Bilen din er på Volkswagen-kontoen din, og nettjenestene er aktive.',
    ],
    steps: [
      {
        text: 'Sjekk at bilen er tilkoblet.',
        detail:
          'ID.-modeller: slå på overføring av kjøretøy- og bruksdata i personverninnstillingene. Frakoblet modus stanser alle nettjenester.',
        place: 'vehicle',
      },
      {
        text: 'Velg bilen i Volkswagen-appen og sjekk tjenestene og sluttdatoene deres.',
        detail: 'Har lisensen utløpt, kan hovedbrukeren fornye den i Volkswagen Connect Shop.',
        place: 'app',
      },
      {
        text: 'Kan du fortsatt ikke stille inn avreisetider i appen, kontakter du Volkswagens kundeservice eller en servicepartner.',
        detail:
          'Tidsur som er stilt inn i selve bilen, for eksempel i e-Manager i en e-Golf, er ikke denne nettjenesten.',
        place: 'dealer',
      },
    ],
    successSign: 'Avreisetider kan stilles inn og endres i Volkswagen-appen.',
  },
  '392fef50-5468-47a0-aa51-0a1b23966585': {
    title: 'Slå på GPS-posisjonering i bilen',
    description:
      'I BMW-en din velger du, tjeneste for tjeneste, hvilke data bilen sender. Er posisjonsdata slått av i personverninnstillingene, kan ikke bilen dele posisjonen sin.',
    preconditions: [
      'For stegene i bilen: den står stille med iDrive på, for innstillingen kan ikke endres under kjøring.',
    ],
    steps: [
      {
        text: 'Sjekk først personverninnstillingene i My BMW-appen.',
        detail: 'BMW lar deg endre dem i appen også, og det kan spare deg for en tur til bilen.',
        place: 'app',
      },
      {
        text: 'Åpne personverninnstillingene i den parkerte bilen.',
        detail:
          'iDrive 7: fra bilmenyen, via innstillingene og de generelle innstillingene. iDrive 8: fra appmenyen, via kjøretøyet og systeminnstillingene. iDrive 8.5 og 9: fra appmenyen, blant alle appene.',
        place: 'vehicle',
      },
      {
        text: 'Velg innstillingen som tillater dataoverføring for posisjonsbaserte tjenester.',
        detail:
          'BMW navngir ikke valget, og det varierer mellom modellene. Ikke slett personlige data her: da fjernes bilen fra My BMW-appen.',
        place: 'vehicle',
      },
      { text: 'Sjekk i My BMW-appen at bilen nå viser posisjonen sin.', place: 'app' },
    ],
    successSign: 'My BMW-appen viser hvor bilen din står.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'På iDrive 6 og eldre står veien i instruksjonsboken til bilen din, i delen om personvern.',
      },
    ],
  },
  '4802fd2c-4369-4914-a625-c3885d594cf8': {
    title: 'Abonnement på SEAT CONNECT',
    description:
      'SEAT CONNECT er nettjenestene som kobler SEAT-en din til My SEAT App. De må være aktive før bilen deler noen data; etter levering er de gratis en periode.',
    preconditions: [
      'Du har en SEAT-brukerkonto, eller er klar til å opprette en.',
      'Du har understellsnummeret til bilen og begge nøklene for hånden.',
    ],
    steps: [
      {
        text: 'Åpne My SEAT App og opprett en konto eller logg inn.',
        detail: 'Du kan også bruke my.seat i en nettleser.',
        place: 'app',
      },
      {
        text: 'Legg til bilen med understellsnummeret, og godta bruksvilkårene og personvernerklæringen.',
        place: 'app',
      },
      {
        text: 'Aktiver SEAT CONNECT for bilen din.',
        detail:
          'Når gratisperioden er over, kjøper du tjenester i appen eller i InCar Store i infotainmentsystemet.',
        place: 'app',
      },
      {
        text: 'Bli hovedbruker i bilen, fra brukeradministrasjonen i infotainmentsystemet.',
        detail:
          'Med tenningen og infotainmentsystemet på trykker du på opplåsingsknappen på den ene nøkkelen og så på den andre. Du kan bli bedt om å opprette en S-PIN.',
        place: 'vehicle',
      },
      {
        text: 'Viser appen en paringskode i stedet, skriver du den inn i SEAT CONNECT-innstillingene i bilen.',
        place: 'vehicle',
      },
    ],
    successSign: 'Bilen din vises i My SEAT App med statusen sin.',
    alternatives: [
      {
        case: 'otherModel',
        text: 'Mii electric: SEAT CONNECT aktiveres bare på my.seat; stegene i bilen gjelder ikke.',
      },
      {
        case: 'otherModel',
        text: 'CUPRA-biler bruker My CUPRA App og CUPRA CONNECT i stedet.',
      },
    ],
  },
  '4245f5e6-e806-4de4-bb65-8673adecea83': {
    title: 'Koble bilen til kontoen',
    description:
      'Renaulten din deler data først når den er koblet til My Renault-kontoen din og de tilkoblede tjenestene er aktivert. Bilen selv må også ha lov til å dele data.',
    preconditions: [
      'Du har en My Renault-konto.',
      'Hadde bilen en tidligere eier, har vedkommende slettet den fra sin My Renault-konto.',
      'Bilen står stille: oppsettet i bilen kjører bare når den er parkert.',
    ],
    steps: [
      {
        text: 'Åpne My Renault-appen og logg inn.',
        detail: 'Du kan også bruke renault-connect.renault.com i en nettleser.',
        place: 'app',
      },
      {
        text: 'Legg til bilen på kontoen din og aktiver de tilkoblede tjenestene.',
        detail:
          'Velg en PIN-kode My Renault når du blir bedt om det: den beskytter de tilkoblede tjenestene.',
        place: 'app',
      },
      {
        text: 'Tillat datadeling i bilen.',
        detail:
          'openR link: godta alt i oppsettet, eller tilpass valgene og la My Renault være på. Easy Link: trykk på tilkoblingsknappen og bekreft aktiveringen.',
        place: 'vehicle',
      },
      {
        text: 'Slå på datainnsamlingen når bilen spør om det ved oppstart.',
        detail: 'Slår du den av, stanses de tilkoblede tjenestene.',
        place: 'vehicle',
      },
      {
        text: 'Gi aktiveringen tid til å bli ferdig.',
        detail: 'Det kan ta opptil 72 timer, og tilkoblingsknappen er utilgjengelig så lenge.',
        place: 'vehicle',
      },
    ],
    successSign:
      'Tilkoblingsknappen er tilgjengelig igjen i bilen, og My Renault-appen viser batterinivået.',
    waiting: 'Etter din del kan aktiveringen ta opptil 72 timer.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'Bilen forblir koblet til den tidligere eieren til vedkommende sletter den i sin My Renault-app og tilbakestiller multimediesystemet. Går ikke det, spør du en Renault-forhandler.',
      },
    ],
  },
  '9ee6519c-c173-11ec-9d64-0242ac120002': {
    title: 'Aktiver Porsche Connect-tjenestene',
    description:
      'Med Porsche Connect-tjenestene når My Porsche-appen bilen din. Tjenestene må være aktivert for bilen, og bilen må være logget på Porsche ID-en din.',
    preconditions: [
      'Du har en Porsche ID, eller aktiveringse-posten for å opprette en.',
      'Bilen har en datatilkobling.',
    ],
    steps: [
      {
        text: 'Åpne aktiveringse-posten fra Porsche og følg lenken til aktiveringen.',
        detail:
          'Du kan også logge inn på My Porsche med en eksisterende Porsche ID. Ingen e-post? Sjekk søppelpostmappen eller spør Porsche-partneren din.',
        place: 'web',
      },
      {
        text: 'Aktiver Porsche Connect for bilen din og sjekk navnet og adressen for fakturering.',
        detail: 'Noen modeller ber deg velge en firesifret sikkerhetskode.',
        place: 'web',
      },
      {
        text: 'Slå av privatmodus i bilen og sjekk at bilen er tilkoblet.',
        detail:
          'Noen modeller trenger Wi-Fi, en mobil wifi-sone fra telefonen eller et SIM-kort, som stilles inn under dataene i enhetsbehandlingen.',
        place: 'vehicle',
      },
      {
        text: 'Logg på bilen med Porsche ID-en din.',
        detail:
          'De fleste modeller: med e-postadresse og passord, og på noen sikkerhetskoden. Andre ber om paringskoden som vises i My Porsche-appen. Eldre PCM: koble til en ny Porsche ID i innstillingene for Porsche ID under alternativene for apper.',
        place: 'vehicle',
      },
    ],
    successSign:
      'Porsche ID-symbolet vises øverst på PCM-skjermen, og My Porsche-appen viser statusen til bilen din.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'Ingen aktiveringse-post, for eksempel fordi du kjøpte bilen brukt? Spør en Porsche-partner. Tjenester som er kjøpt for bilen, følger den når den selges.',
      },
    ],
  },
  'c88c2df3-9d75-46d0-8334-0e5b424bc237': {
    title: 'Legg til og aktiver bilen i Mercedes me',
    description:
      'Mercedes-Benzen din må kobles til Mercedes me ID-en din, og Mercedes me connect-tjenestene må være aktivert, før bilen deler noen data.',
    preconditions: [
      'Du har en Mercedes me ID.',
      'Du har understellsnummeret til bilen din for hånden.',
      'Mercedes me connect tilbys i landet ditt.',
    ],
    steps: [
      {
        text: 'Åpne Mercedes-Benz-appen (tidligere Mercedes me) og logg inn med Mercedes me ID-en din.',
        place: 'app',
      },
      {
        text: 'Koble bilen til kontoen din med understellsnummeret.',
        detail:
          'Ber appen deg bekrefte i bilen, følger du instruksjonene: Mercedes-Benz beskriver ikke det steget.',
        place: 'app',
      },
      {
        text: 'Aktiver Mercedes me connect-tjenestene som tilbys for bilen din, i Mercedes-Benz Store.',
        detail:
          'De heter Digital Extras. Utløpte forlenger du også der: i appen, på nettet eller i bilen.',
        place: 'app',
      },
      {
        text: 'Tilbys ingen tjenester, ber du et Mercedes-Benz-verksted kontrollere nødanropssystemet.',
        detail: 'Tjenestene virker ikke så lenge det er deaktivert.',
        place: 'dealer',
      },
    ],
    successSign: 'Mercedes-Benz-appen viser statusen til bilen din og fjernfunksjonene.',
  },
  'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe': {
    title: 'Slå på mobiltilgang i bilen',
    description:
      'Mobiltilgang er innstillingen i Teslaen din som lar apper nå bilen over internett. Så lenge den er slått av, kan ikke ladenivået og andre data fra bilen leses.',
    preconditions: [
      'Du kan logge inn på Tesla-kontoen som bilen hører til.',
      'Både bilen og telefonen er tilkoblet, via mobildata eller Wi-Fi.',
    ],
    steps: [
      { text: 'Installer Tesla-appen og logg inn med Tesla-kontoen din.', place: 'app' },
      {
        text: 'Trykk på Kontroller > Sikkerhet på berøringsskjermen i bilen.',
        detail: 'På eldre programvare: Kontroller > Trygghet.',
        place: 'vehicle',
      },
      { text: 'Slå på Tillat mobiltilgang.', place: 'vehicle' },
      {
        text: 'Sjekk i Tesla-appen at bilen svarer.',
        detail:
          'Kan energiappen fortsatt ikke sende kommandoer, ber den deg kanskje legge til den virtuelle nøkkelen sin i Tesla-appen.',
        place: 'app',
      },
    ],
    successSign: 'Tesla-appen viser ladenivået til bilen og kan låse og låse den opp.',
  },
  'faea347c-1274-4764-90df-75102f40a454': {
    title: 'Fullfør Audi-oppsettet',
    description:
      'Audi connect-tjenester krever en verifisert myAudi-konto med bilen din lagt til, og at du er satt som nøkkelbruker av bilen. Nøkkelbrukeren får automatisk fjerntilgang.',
    preconditions: [
      'Du har en myAudi-konto, eller er klar til å opprette en med fødselsdato og fødested.',
      'Ingen andre er satt som nøkkelbruker av bilen.',
      'For steget i bilen står den ute, med godt GPS- og mobilsignal.',
      'For eldre biler har du kjøretøykoden fra nøkkelbrikken for hånden.',
    ],
    steps: [
      {
        text: 'Åpne myAudi-appen, logg inn eller opprett en konto, og legg til bilen din.',
        place: 'app',
      },
      {
        text: 'Verifiser kontoen din med den sekssifrede koden Audi sender deg.',
        detail:
          'Den kommer som regel på SMS; har du valgt e-post, sjekk også søppelpostmappen. Du kan også verifisere via videosamtale eller hos en Audi-servicepartner, men da er noen tjenester låst til det er gjort.',
        place: 'app',
      },
      {
        text: 'Velg en firesifret S-PIN når du blir bedt om det.',
        detail: 'Fjernfunksjoner ber om den.',
        place: 'app',
      },
      {
        text: 'Sett deg selv som nøkkelbruker i bilen, med tenningen på.',
        detail:
          'Nyere biler: følg instruksjonene i myAudi-appen. Eldre MMI: åpne Audi connect med menyknappen, trykk på høyre betjeningsknapp, sett hovedbrukeren i brukeradministrasjonen for Audi connect, og skriv inn myAudi-brukernavnet ditt og den tisifrede kjøretøykoden.',
        place: 'vehicle',
      },
    ],
    successSign: 'myAudi-appen viser deg som nøkkelbruker av bilen din.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'Er noen andre nøkkelbruker, fjerner du dem i bilen, med tenningen på og en nøkkel i bilen, fra innstillingene i brukeradministrasjonen. Da fjernes også alle andre brukere av bilen.',
      },
    ],
  },
  '52ec645f-7d29-4d21-be3c-6bb5e7c5f351': {
    title: 'Audi: del GPS-posisjonen i bilen',
    description:
      'Personverninnstillingene i Audien din avgjør om den deler posisjonen sin. Med maksimalt personvern, eller med posisjonsdeling slått av, kan ikke bilens posisjon vises.',
    preconditions: ['Du sitter i bilen med tenningen på.'],
    steps: [
      {
        text: 'Åpne innstillingene og deretter personvernet på startskjermen i MMI.',
        detail:
          'Trykk på personvernsymbolet i statuslinjen for å se hva den gjeldende innstillingen betyr.',
        place: 'vehicle',
      },
      {
        text: 'Gå ut av maksimalt personvern og la bilen dele posisjonen sin.',
        detail:
          'Audi oppgir ikke navnet på valget. En bil som står i maksimalt personvern, får heller ikke sikkerhetsoppdateringer.',
        place: 'vehicle',
      },
      {
        text: 'Slå av bilen, og sjekk deretter i myAudi-appen at parkeringsposisjonen vises.',
        detail: 'Bilen sender posisjonen sin når tenningen slås av.',
        place: 'app',
      },
    ],
    successSign: 'Når du har slått av bilen, viser myAudi-appen hvor den står parkert.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'Eldre MMI med menyknapp har personverninnstillingene i Audi connect-menyen; instruksjonsboken til bilen viser veien.',
      },
    ],
  },
  'a084d982-0667-4da5-ac2c-8e77e53eb86c': {
    title: 'Audi: gi tilgang til personlige data i bilen',
    description:
      'Personverninnstillingene i Audien din kan hindre den i å sende personlige data. Så lenge de gjør det, kan ikke tjenester som bruker myAudi-kontoen din, lese dataene fra bilen.',
    preconditions: [
      'Du sitter i bilen med tenningen på.',
      'Du er logget inn i MMI som myAudi-bruker, ikke som lokal bruker eller gjest.',
    ],
    steps: [
      {
        text: 'Slå på tenningen og sjekk at du er logget inn som myAudi-brukeren din.',
        detail:
          'Lokale brukere og gjester kan ikke bruke myAudi-tjenester. Er profilen din beskyttet med PIN, skriver du inn myAudi-PIN-en din.',
        place: 'vehicle',
      },
      {
        text: 'Åpne innstillingene og deretter personvernet på startskjermen i MMI.',
        place: 'vehicle',
      },
      {
        text: 'La bilen overføre personlige data.',
        detail:
          'Valget heter forskjellig fra modell til modell. Reisemål som er lagret i bilen i mellomtiden, synkroniseres da med myAudi: slett dem først hvis de bare skal ligge i bilen.',
        place: 'vehicle',
      },
    ],
    successSign: 'myAudi-appen viser dataene fra bilen din, for eksempel kilometerstanden.',
  },
  'adc1ef01-afde-404f-a255-bd487185cc28': {
    title: 'Oppdater bilens programvare til programvarepakke 3669',
    description:
      'Programvarepakke 3669 er en oppdatering for Audien din som ladestyringen avhenger av. Audi publiserer ingenting om den, så det er en Audi-servicepartner du må spørre.',
    preconditions: ['Du har understellsnummeret til bilen din for hånden.'],
    steps: [
      {
        text: 'Spør en Audi-servicepartner om programvarepakke 3669, eller en nyere, finnes for bilen din.',
        detail: 'Oppgi understellsnummeret, og spør om den kommer trådløst eller krever et besøk.',
        place: 'dealer',
      },
      {
        text: 'Hold bilen tilkoblet og utenfor maksimalt personvern inntil da, så den kan få oppdateringer.',
        detail: 'På startskjermen i MMI, under personvern i innstillingene.',
        place: 'vehicle',
      },
    ],
    successSign: 'Servicepartneren bekrefter at bilen din har programvarepakke 3669 eller nyere.',
    waiting:
      'Til en servicepartner har installert pakken, eller bilen har fått den. Audi oppgir ingen varighet.',
  },
  '394939c1-70bd-42d9-881f-24d15e3610e2': {
    title: 'Slå på Audi connect-tjenesten «Car Finder»',
    description:
      'Car Finder er Audi connect-tjenesten som viser hvor bilen din står parkert. Den krever en nøkkelbruker og en gyldig lisens, og bilen må ha lov til å dele posisjonen sin.',
    preconditions: [
      'Audi-oppsettet er fullført, og du er nøkkelbruker av bilen.',
      'Bilen står ikke i maksimalt personvern.',
    ],
    steps: [
      { text: 'Åpne myAudi-appen og velg bilen din.', place: 'app' },
      {
        text: 'Sjekk at Car Finder er blant tjenestene til bilen din, og at lisensen er gyldig.',
        detail:
          'Har den utløpt, fornyer du den i myAudi: tjenesten virker fra neste gang bilen startes.',
        place: 'app',
      },
      {
        text: 'Slå av bilen: den sender parkeringsposisjonen sin når tenningen slås av.',
        detail:
          'Flyttes bilen uten at tenningen er på, for eksempel ved tauing, er den nye posisjonen ukjent.',
        place: 'vehicle',
      },
    ],
    successSign: 'Når du har slått av bilen, viser myAudi hvor den står parkert.',
  },
  '27c663b3-a141-4fe8-b6fc-00c0639ba165': {
    title: 'Slå på Audi connect-tjenesten for fjernlading',
    description:
      'Audi connect-tjenesten for fjernlading lar deg sjekke ladenivået og starte eller stoppe ladingen uten å være i bilen. Den krever en nøkkelbruker og en gyldig lisens.',
    preconditions: ['Audi-oppsettet er fullført, og du er nøkkelbruker av bilen.'],
    steps: [
      { text: 'Åpne myAudi-appen og velg bilen din.', place: 'app' },
      {
        text: 'Sjekk at fjernlading er blant tjenestene til bilen din, og at lisensen er gyldig.',
        detail:
          'Dette er ikke e-tron Charging Service for offentlig lading, som er en egen avtale. På nyere modeller kan tjenesten hete noe annet.',
        place: 'app',
      },
      {
        text: 'Har lisensen utløpt, fornyer du den i myAudi.',
        detail: 'En fornyet tjeneste virker fra neste gang du starter bilen.',
        place: 'app',
      },
    ],
    successSign: 'myAudi viser ladenivået, og ladingen starter og stopper fra appen.',
  },
  '5fea0c74-0128-4b74-a7b4-53fef332a7fa': {
    title: 'Slå på Audi connect-tjenesten «Automation»',
    description:
      'Med «Automation» menes her Audi connect-tjenesten bak ladetidsurene. Audi viser ingen tjeneste med det navnet, så se etter ladetidsurene i stedet.',
    preconditions: ['Audi-oppsettet er fullført, og du er nøkkelbruker av bilen.'],
    steps: [
      { text: 'Åpne myAudi-appen og velg bilen din.', place: 'app' },
      {
        text: 'Sjekk at ladetidsurene er blant tjenestene til bilen din, og at de har lisens.',
        place: 'app',
      },
      {
        text: 'Har lisensen utløpt, fornyer du den i myAudi.',
        detail: 'En fornyet tjeneste virker fra neste gang du starter bilen.',
        place: 'app',
      },
    ],
    successSign: 'Ladetidsur kan stilles inn i myAudi og kommer fram til bilen.',
    alternatives: [
      {
        case: 'otherModel',
        text: 'Ladbare hybrider har også tidsur i bilen, i bilmenyen under lading og effektivitet. De virker bare mens tidsstyrt lading er aktiv.',
      },
    ],
  },
  '94b650dc-ec11-4558-930c-27bb09a42efc': {
    title: 'Oppdater bilen til programvarepakke ME3.1',
    description:
      'ME3.1 er en programvarepakke for ŠKODA-en din som ladestyringen avhenger av. Biler med ME3.0 får den trådløst når de oppfyller noen vilkår.',
    preconditions: [
      'Bilen har allerede ME3.0: en bil som fortsatt har ME2.x, får ME3 bare hos en ŠKODA-servicepartner.',
      'Online-modus er slått på i bilen.',
      'Høyspenningsbatteriet er ladet til minst 50 %, og bilen lader ikke.',
      'Bilen står parkert med mobildekning, ikke i et parkeringsanlegg under bakken.',
    ],
    steps: [
      {
        text: 'Sjekk at du er hovedbruker av bilen.',
        detail:
          'Bilen må vises i MyŠkoda-appen din, og du under Meny > Brukere i bilen. Hvis ikke, legger du til understellsnummeret i garasjen i MyŠkoda-appen og følger stegene.',
        place: 'app',
      },
      {
        text: 'Sjekk i bilen at online-modus er slått på under Meny > Brukere > Innstillinger.',
        detail: 'Når bilen er i gang, lyser lampen på SOS-modulen i takkonsollen grønt.',
        place: 'vehicle',
      },
      {
        text: 'Slå av bilen og se etter varselet om oppdateringen på skjermen som vises når du slår av.',
        detail:
          'Oppdateringer kommer til bilene puljevis, så det kan ta litt tid. Der kan du også utsette oppdateringen.',
        place: 'vehicle',
      },
      {
        text: 'Trykk på Installer-knappen, gå ut og lås bilen innen 10 minutter.',
        detail:
          'Bilen kan ikke kjøres under installasjonen. Låser du den opp, må du låse den igjen innen 2 minutter, ellers blir ikke oppdateringen ferdig.',
        place: 'vehicle',
      },
      {
        text: 'Ladet du på en offentlig ladestasjon, starter du ladingen på nytt etter oppdateringen.',
        detail: 'En vegglader hjemme fortsetter av seg selv.',
        place: 'vehicle',
      },
      {
        text: 'Blir ikke oppdateringen tilbudt, spør du en ŠKODA-servicepartner.',
        place: 'dealer',
      },
    ],
    successSign:
      'Etter installasjonen viser infotainmentsystemet versjonsmerknadene blant tilleggsinformasjonen.',
    waiting:
      'Oppdateringer kommer puljevis, og installasjonen holder bilen parkert. ŠKODA oppgir ingen varighet.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'En bil som fortsatt har ME2.x, for eksempel en tidlig Enyaq, får ME3-oppdateringen hos en ŠKODA-servicepartner; besøket tar flere timer. Etter det kommer oppdateringer trådløst.',
      },
    ],
  },
  '88511fef-9e94-4a7b-a1bc-926b06c0e455': {
    title: 'Slå på tjenesten for parkeringsposisjon',
    description:
      'Tjenesten for parkeringsposisjon er ŠKODAs nettjeneste som viser hvor bilen din står parkert. Bilen deler posisjonen sin bare når personvernnivået tillater det og tjenesten er slått på.',
    preconditions: [
      'Bilen din er i MyŠkoda-appen, og nettjenestene er aktive.',
      'Du sitter i bilen med infotainmentsystemet på.',
    ],
    steps: [
      {
        text: 'Sett personvernnivået i bilen til nivået som deler posisjonen din.',
        detail:
          'I brukeradministrasjonen, blant innstillingene for personvern og tjenester. På alle andre nivåer vises ikke posisjonen i appen.',
        place: 'vehicle',
      },
      {
        text: 'Huk av for tjenesten for parkeringsposisjon i listen over nettjenester.',
        detail:
          'I ŠKODA Connect-menyen, under personvern og tjenester. Listen viser også når hver lisens utløper.',
        place: 'vehicle',
      },
      {
        text: 'Slå av bilen, og sjekk deretter at MyŠkoda-appen viser hvor den står parkert.',
        place: 'app',
      },
    ],
    successSign: 'Neste gang du slår av bilen, viser MyŠkoda den siste parkeringsposisjonen.',
    alternatives: [
      {
        case: 'otherModel',
        text: 'Enyaq og Elroq: personverninnstillingene ligger under Meny > Brukere > Innstillinger. Slå på online-modus og posisjonsdeling der; ŠKODA oppgir ikke navnene på nivåene.',
      },
    ],
  },
};
