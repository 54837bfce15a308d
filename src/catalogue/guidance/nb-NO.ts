import type { GuidanceModule } from '../types.js';

/**
 * The bundled nb-NO guidance, by intervention id, step for step as en-US. Menu paths, button
 * labels and service names stay as the car and app show them (in English, service names in «…»)
 * wherever no Norwegian label from the maker is known.
 */
export const guidanceNbNO: GuidanceModule = {
  '06197b76-966e-414a-b174-7a00cde49f30': {
    title: 'Aktiver FordPass Connect',
    description:
      'FordPass Connect er modemet som er bygd inn i Forden din. Før du aktiverer det i FordPass-appen og bekrefter i bilen, sender bilen bare grunnleggende vedlikeholdsdata og kan ikke nås på avstand.',
    preconditions: [
      'Bilen din har et innebygd FordPass Connect-modem.',
      'Bilen står oppført under My Vehicles i FordPass-appen.',
      'Både telefonen og bilen har god mobildekning.',
    ],
    steps: [
      { text: 'Åpne FordPass-appen og velg bilen din.', place: 'app' },
      {
        text: 'Trykk på Activate Vehicle, og trykk deretter på Activate-ikonet.',
        detail: 'I nyere versjoner av appen heter knappen Connect to Vehicle.',
        place: 'app',
      },
      {
        text: 'Start bilen og la den stå på i P, på et åpent sted.',
        detail: 'Det holder ikke med tilbehørsmodus. På et åpent sted får bilen bedre signal.',
        place: 'vehicle',
      },
      {
        text: 'Trykk på Allow når meldingen dukker opp på SYNC-skjermen.',
        detail: 'Det kan ta opptil 10 minutter før meldingen dukker opp.',
        place: 'vehicle',
      },
      {
        text: 'Sjekk at fjernkommandoene nå vises under Vehicle Controls i appen.',
        detail:
          'Hvis appen går tilbake til Activate Vehicle etter 90 sekunder, kan du prøve på nytt. Etter tre mislykkede forsøk kontakter du Ford via Account > Help i appen.',
        place: 'app',
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
        text: 'Logg inn på myVolkswagen i en nettleser, eller i Volkswagen-appen.',
        detail: 'Har du ikke Volkswagen ID ennå? Velg Login or register for å opprette en.',
        place: 'web',
      },
      {
        text: 'Åpne profilen din: Profile & settings > Volkswagen ID > Adapt data.',
        place: 'web',
      },
      {
        text: 'Fyll inn opplysningene som mangler, for eksempel navn, adresse og telefonnummer, og lagre.',
        place: 'web',
      },
      {
        text: 'Åpne Privacy settings and consents og godta vilkår som fortsatt ikke er godtatt.',
        place: 'web',
      },
    ],
  },
  '644d2a0f-6774-489b-b57d-07cf00261467': {
    title: 'Aktiver nettjenesten Car-Net i bilen',
    description:
      'Car-Net er pakken med Volkswagens nettjenester for bilen din, og heter We Connect eller VW Connect i noen land. Den må være slått på for bilen din før bilen deler noen data.',
    preconditions: [
      'Du har en Volkswagen ID.',
      'Du har understellsnummeret (VIN) til bilen din for hånden.',
    ],
    steps: [
      {
        text: 'Åpne Volkswagen-appen og logg inn med Volkswagen ID-en din.',
        detail: 'I Nord-Amerika heter appen myVW.',
        place: 'app',
      },
      {
        text: 'Legg til bilen din: trykk på bilsymbolet med plusstegnet i kjøretøyoversikten.',
        detail: 'Skriv inn eller skann understellsnummeret, og bekreft.',
        place: 'app',
      },
      {
        text: 'Velg en S-PIN når appen ber om det.',
        detail: 'Bruk fire sifre som ikke alle er like, og som ikke er en enkel rekke som 1234.',
        place: 'app',
      },
      { text: 'Følg instruksjonene i appen for å aktivere nettjenestene.', place: 'app' },
      {
        text: 'Sjekk i bilen at nettjenestene er slått på og at frakoblet modus er slått av.',
        detail:
          'Ikke tilbakestill infotainmentsystemet til fabrikkinnstillingene: da fjernes bilen fra kontoen din.',
        place: 'vehicle',
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
        text: 'Trykk på System settings > Connect to VW Connect i infotainmentsystemet.',
        detail: 'På eldre systemer ser du heller under User eller Manage users.',
        place: 'vehicle',
      },
      { text: 'Skann QR-koden på skjermen med Volkswagen-appen.', place: 'app' },
      {
        text: 'Bekreft i appen for å bli hovedbruker.',
        detail: 'Hvis noen andre var hovedbruker før deg, mister de rollen og får beskjed om det.',
        place: 'app',
      },
      {
        text: 'Hvis appen ber om Volkswagen Ident, trykker du på Start og følger skjermbildene.',
        detail:
          'Ha legitimasjonen din klar. Kontrollen trengs bare for sikkerhetsrelevante tjenester, og et autorisert Volkswagen-verksted kan også gjøre den når du møter opp.',
        place: 'app',
      },
    ],
  },
  'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9': {
    title: 'Tegn abonnement på We Connect-tjenestene',
    description:
      'We Connect, som nå heter VW Connect, krever en egen avtale med Volkswagen, atskilt fra Volkswagen ID-en din. Uten en aktiv lisens deler bilen ingen data.',
    preconditions: ['Du har en Volkswagen ID.', 'Bilen din er lagt til på kontoen din.'],
    steps: [
      { text: 'Åpne Volkswagen-appen eller myVolkswagen og logg inn.', place: 'app' },
      {
        text: 'Velg bilen din og sjekk hvilke tjenester som er aktive, og når de utløper.',
        place: 'app',
      },
      {
        text: 'Tegn avtale om We Connect eller VW Connect, og legg til Plus hvis du ønsker det.',
        detail: 'Registrer deg innen 90 dager etter overlevering for å få hele gratisperioden.',
        place: 'app',
      },
      {
        text: 'Vil du forlenge en utløpt lisens, kjøper du den i Volkswagen Connect Shop.',
        detail:
          'Du kan også kjøpe den i In-Car Shop i infotainmentsystemet. Har du en kupong fra en Volkswagen-partner, skriver du inn koden ved betaling.',
        place: 'web',
      },
    ],
  },
  'b9acf87e-d7c8-426b-80a7-c925b5b90d6f': {
    title: 'Oppdater bilen til ID. Software 3.0',
    description:
      'ID. Software 3.0 er en gratis programvareoppdatering for Volkswagens ID.-modeller. Bilen din trenger den før du kan planlegge lading uten å være i bilen.',
    preconditions: [
      'Tilkoblet modus er slått på i bilen.',
      'Personverninnstillingene i bilen tillater dataoverføring.',
    ],
    steps: [
      { text: 'Sett bilen i tilkoblet modus i personverninnstillingene.', place: 'vehicle' },
      {
        text: 'Kjør som vanlig mens oppdateringen lastes ned i bakgrunnen.',
        detail: 'Nedlastingen er gratis.',
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
        text: 'Hvis oppdateringen aldri blir tilbudt, eller er avvist for mange ganger, bestiller du time på verkstedet.',
        place: 'dealer',
      },
    ],
  },
  '9e9af174-03ad-4448-9092-b2988b10cdb0': {
    title: 'Slå på nettjenesten «Parking Position»',
    description:
      '«Parking Position» er Volkswagens nettjeneste som viser hvor bilen din står parkert. Tjenesten må være slått på, og bilen må dele posisjonen sin, før posisjonen kan leses.',
    preconditions: [
      'Bilen din er på Volkswagen-kontoen din, og nettjenestene er aktive.',
      'De som bruker bilen, godtar at posisjonen deles.',
    ],
    steps: [
      {
        text: 'Åpne personverninnstillingene i bilen og slå på Send location data.',
        detail:
          'På ID.-modeller: HOME > Privacy settings. Hver bruker av bilen stiller inn dette selv.',
        place: 'vehicle',
      },
      { text: 'Åpne Volkswagen-appen og velg bilen din.', place: 'app' },
      {
        text: 'Finn «Parking Position» i listen over tjenester og slå den på.',
        detail: 'Hvis tjenesten står som utløpt, må du fornye lisensen først.',
        place: 'app',
      },
    ],
  },
  '3e861d64-9c00-4c97-9475-a1b4a9881e79': {
    title: 'Slå på nettjenesten «Charging»',
    description:
      '«Charging» er Volkswagens nettjeneste som viser ladenivået og lar deg starte og stoppe ladingen uten å være i bilen. Den må være slått på og ha lisens for bilen din.',
    preconditions: [
      'Bilen din er på Volkswagen-kontoen din, og nettjenestene er aktive.',
      'Bilen er i tilkoblet modus.',
    ],
    steps: [
      {
        text: 'Sjekk at bilen ikke er i frakoblet modus.',
        detail: 'Frakoblet modus stanser alle nettjenester.',
        place: 'vehicle',
      },
      { text: 'Åpne Volkswagen-appen og velg bilen din.', place: 'app' },
      {
        text: 'Finn «Charging» i listen over tjenester og slå den på.',
        detail: 'Hvis tjenesten står som utløpt, må du fornye lisensen først.',
        place: 'app',
      },
    ],
  },
  '4099b5db-b050-40df-a1bb-e3633bf14d1f': {
    title: 'Slå på nettjenesten «Departure times»',
    description:
      '«Departure times» er Volkswagens nettjeneste for tidsstyrt lading, slik at bilen er klar når du skal kjøre. Den må være slått på og ha lisens før lading kan planlegges.',
    preconditions: [
      'Bilen din er på Volkswagen-kontoen din, og nettjenestene er aktive.',
      'Bilen er i tilkoblet modus.',
    ],
    steps: [
      {
        text: 'Sjekk at bilen ikke er i frakoblet modus.',
        detail: 'Frakoblet modus stanser alle nettjenester.',
        place: 'vehicle',
      },
      { text: 'Åpne Volkswagen-appen og velg bilen din.', place: 'app' },
      {
        text: 'Finn «Departure times» i listen over tjenester og slå den på.',
        detail: 'Hvis tjenesten står som utløpt, må du fornye lisensen først.',
        place: 'app',
      },
    ],
  },
  '392fef50-5468-47a0-aa51-0a1b23966585': {
    title: 'Slå på GPS-posisjonering i bilen',
    description:
      'BMW-en din lar deg velge, tjeneste for tjeneste, hvilke data den sender. Når posisjonsdata er slått av i personverninnstillingene, kan ikke bilen dele posisjonen sin.',
    preconditions: [
      'Bilen står stille: denne innstillingen kan ikke endres under kjøring.',
      'Du sitter i bilen med iDrive slått på.',
    ],
    steps: [
      {
        text: 'Parker bilen og slå på iDrive.',
        place: 'vehicle',
      },
      {
        text: 'Åpne innstillingene for Data privacy.',
        detail:
          'iDrive 7: CAR > Settings > General settings > Data privacy. iDrive 8: Apps menu > Vehicle > System settings > Data privacy. iDrive 8.5 og 9: Apps menu > All > Data privacy.',
        place: 'vehicle',
      },
      {
        text: 'Tillat at bilen sender posisjonen sin.',
        detail:
          'Valget heter forskjellig fra modell til modell. Ikke slett personopplysninger her: da fjernes bilen fra My BMW-appen.',
        place: 'vehicle',
      },
      { text: 'Sjekk i My BMW-appen at bilen nå viser posisjonen sin.', place: 'app' },
    ],
  },
  '4802fd2c-4369-4914-a625-c3885d594cf8': {
    title: 'Abonnement på SEAT Connect',
    description:
      'SEAT CONNECT er nettjenestene som kobler SEAT-en din til My SEAT App. Bilen må ha et aktivt SEAT CONNECT-abonnement før den deler noen data.',
    preconditions: [
      'Du har en SEAT-brukerkonto, eller er klar til å opprette en.',
      'Du har understellsnummeret (VIN) og begge nøklene til bilen for hånden.',
    ],
    steps: [
      {
        text: 'Åpne My SEAT App og opprett en konto eller logg inn.',
        detail: 'Du kan også bruke my.seat i en nettleser.',
        place: 'app',
      },
      {
        text: 'Legg til bilen din med understellsnummeret, og godta bruksvilkårene og personvernerklæringen.',
        place: 'app',
      },
      {
        text: 'Aktiver SEAT CONNECT for bilen din.',
        detail: 'Tjenester kan også kjøpes i InCar Store i infotainmentsystemet.',
        place: 'app',
      },
      {
        text: 'Bli hovedbruker i bilen: HOME > User management > Become a main user.',
        detail:
          'Med tenningen og infotainmentsystemet på trykker du på opplåsingsknappen på den ene nøkkelen og deretter på den andre. Du kan bli bedt om å opprette en S-PIN.',
        place: 'vehicle',
      },
      {
        text: 'Viser appen en paringskode i stedet, skriver du den inn i SEAT CONNECT-innstillingene i bilen.',
        place: 'vehicle',
      },
    ],
  },
  '4245f5e6-e806-4de4-bb65-8673adecea83': {
    title: 'Koble bilen til kontoen',
    description:
      'Renaulten din deler data først når den er koblet til My Renault-kontoen din og de tilkoblede tjenestene er aktivert. Selve bilen må også ha lov til å dele data.',
    preconditions: [
      'Du har en My Renault-konto.',
      'Bilen står stille: oppsettet i bilen kjører bare når bilen er parkert.',
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
          'Velg en My Renault-PIN når du blir bedt om det: den beskytter de tilkoblede tjenestene.',
        place: 'app',
      },
      {
        text: 'Tillat datadeling i bilen.',
        detail:
          'openR link: velg Accept all i oppsettet, eller Customise og la My Renault være på. Easy Link: trykk på Connection og deretter Activate.',
        place: 'vehicle',
      },
      {
        text: 'Velg ON når bilen spør om datainnsamling ved oppstart.',
        detail: 'Velger du OFF, settes de tilkoblede tjenestene på pause.',
        place: 'vehicle',
      },
      {
        text: 'Gi aktiveringen tid til å bli ferdig.',
        detail: 'Det kan ta opptil 72 timer, og Connection er ikke tilgjengelig i mellomtiden.',
        place: 'vehicle',
      },
    ],
  },
  '9ee6519c-c173-11ec-9d64-0242ac120002': {
    title: 'Aktiver Porsche Connect-tjenestene',
    description:
      'Med Porsche Connect-tjenestene kan My Porsche-appen nå bilen din. Tjenestene må være aktivert for bilen din, og bilen må være logget inn med Porsche ID-en din.',
    preconditions: [
      'Du har en Porsche ID, eller aktiverings-e-posten for å opprette en.',
      'Bilen har datatilkobling.',
    ],
    steps: [
      {
        text: 'Åpne aktiverings-e-posten fra Porsche og velg Continue to activation.',
        detail:
          'Du kan også logge inn på My Porsche med en Porsche ID du allerede har. Ingen e-post? Sjekk søppelpostmappen, eller spør Porsche-partneren din.',
        place: 'web',
      },
      {
        text: 'Aktiver Porsche Connect for bilen din, og kontroller navn og adresse for fakturering.',
        detail: 'Enkelte modeller ber deg velge en firesifret sikkerhetskode.',
        place: 'web',
      },
      { text: 'Åpne My Porsche-appen og finn paringskoden for bilen din.', place: 'app' },
      {
        text: 'Slå av Privacy Mode i bilen, og sjekk at bilen er på nett.',
        detail:
          'Enkelte modeller trenger Wi-Fi, delt internett fra telefonen eller et SIM-kort, som du stiller inn under Settings > Device Manager > Data.',
        place: 'vehicle',
      },
      {
        text: 'Logg inn med Porsche ID-en din i bilen og skriv inn paringskoden.',
        detail:
          'På eldre PCM-systemer: APPS > Options > Porsche ID settings > Link new Porsche ID.',
        place: 'vehicle',
      },
    ],
  },
  'c88c2df3-9d75-46d0-8334-0e5b424bc237': {
    title: 'Registrer og aktiver bilen i Mercedes me',
    description:
      'Mercedes-Benzen din må være lagt til Mercedes me ID-en din, med connect-tjenestene aktivert, før den deler noen data.',
    preconditions: [
      'Du har en Mercedes me ID.',
      'Du har understellsnummeret (VIN) til bilen din for hånden.',
      'Mercedes me connect tilbys i landet ditt.',
    ],
    steps: [
      { text: 'Åpne Mercedes me-appen og logg inn med Mercedes me ID-en din.', place: 'app' },
      {
        text: 'Koble bilen til kontoen din ved å legge inn opplysninger om den, for eksempel understellsnummeret.',
        place: 'app',
      },
      {
        text: 'Åpne Mercedes me Store og aktiver connect-tjenestene for bilen din.',
        detail: 'Der kan du også forlenge eller kjøpe tjenester som har utløpt.',
        place: 'app',
      },
      {
        text: 'Hvis ingen tjenester tilbys, ber du et Mercedes-Benz-verksted om å sjekke nødanropssystemet.',
        detail: 'Connect-tjenestene fungerer ikke så lenge det er deaktivert.',
        place: 'dealer',
      },
    ],
  },
  'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe': {
    title: 'Slå på Mobile Access i bilen',
    description:
      'Mobile Access er innstillingen i Teslaen din som lar apper nå bilen over internett. Så lenge den er slått av, kan verken ladenivået eller andre data fra bilen leses.',
    preconditions: [
      'Du kan logge inn på Tesla-kontoen som bilen hører til.',
      'Både bilen og telefonen er på nett, via mobildata eller Wi-Fi.',
    ],
    steps: [
      { text: 'Installer Tesla-appen og logg inn med Tesla-kontoen din.', place: 'app' },
      { text: 'Trykk på Controls > Safety på berøringsskjermen i bilen.', place: 'vehicle' },
      { text: 'Slå på Allow Mobile Access.', place: 'vehicle' },
      { text: 'Sjekk i Tesla-appen at bilen svarer.', place: 'app' },
    ],
  },
  'faea347c-1274-4764-90df-75102f40a454': {
    title: 'Fullfør Audi-oppsettet',
    description:
      'Audi connect-tjenestene krever en verifisert myAudi-konto med bilen din lagt til, og at du er satt som nøkkelbruker for bilen. Nøkkelbrukeren får automatisk fjerntilgang.',
    preconditions: [
      'Du har en myAudi-konto, eller er klar til å opprette en.',
      'Ingen andre er satt som nøkkelbruker for bilen.',
      'Har du en eldre bil, har du kjøretøykoden fra nøkkelbrikken for hånden.',
    ],
    steps: [
      {
        text: 'Åpne myAudi-appen, logg inn eller opprett en konto, og legg til bilen din.',
        place: 'app',
      },
      {
        text: 'Verifiser kontoen din med den sekssifrede koden som Audi sender deg.',
        detail:
          'Du kan også verifisere deg via videosamtale med kundeservice, eller hos en Audi-servicepartner, men da er noen tjenester låst til du har vært der. Sjekk søppelpostmappen hvis koden ikke kommer.',
        place: 'app',
      },
      {
        text: 'Velg en firesifret S-PIN når du blir bedt om det.',
        detail: 'Fjernfunksjonene ber om den.',
        place: 'app',
      },
      {
        text: 'Sett deg selv som nøkkelbruker i bilen, med tenningen på.',
        detail:
          'Nyere biler: følg instruksjonene i myAudi-appen. Eldre MMI: MENU > Audi connect, trykk på høyre kontrollknapp, og deretter Audi connect user management > Primary user > Set primary user. Skriv inn myAudi-brukernavnet ditt og den ti tegn lange kjøretøykoden.',
        place: 'vehicle',
      },
    ],
  },
  '52ec645f-7d29-4d21-be3c-6bb5e7c5f351': {
    title: 'Audi: del GPS-posisjonen fra bilen',
    description:
      'Personverninnstillingene i Audien din avgjør om den deler posisjonen sin. Med maksimalt personvern, eller med posisjonsdeling slått av, kan ikke bilens posisjon vises.',
    preconditions: ['Du sitter i bilen med tenningen på.'],
    steps: [
      {
        text: 'Åpne SETTINGS > Privacy på MMI-startskjermen.',
        detail:
          'Trykk på personvernsymbolet i statuslinjen for å se hva den gjeldende innstillingen betyr.',
        place: 'vehicle',
      },
      {
        text: 'Gå ut av maksimalt personvern og tillat at bilen deler posisjonen sin.',
        detail:
          'Valget heter forskjellig fra modell til modell. En bil som står i maksimalt personvern, går også glipp av sikkerhetsoppdateringer.',
        place: 'vehicle',
      },
      {
        text: 'Slå av bilen, og sjekk deretter i myAudi-appen at parkeringsposisjonen vises.',
        detail: 'Bilen sender posisjonen sin når tenningen slås av.',
        place: 'app',
      },
    ],
  },
  'a084d982-0667-4da5-ac2c-8e77e53eb86c': {
    title: 'Audi: gi tilgang til personopplysninger i bilen',
    description:
      'Personverninnstillingene i Audien din kan hindre den i å sende personopplysninger. Så lenge de gjør det, kan ikke tjenester som bruker myAudi-kontoen din, lese data fra bilen.',
    preconditions: [
      'Du sitter i bilen med tenningen på.',
      'Du er logget inn i MMI som myAudi-bruker, ikke som lokal bruker eller gjest.',
    ],
    steps: [
      {
        text: 'Slå på tenningen og sjekk at du er logget inn som myAudi-brukeren din.',
        detail:
          'Lokale brukere og gjester kan ikke bruke myAudi-tjenester. Hvis profilen din har PIN, skriver du inn myAudi-PIN-en din.',
        place: 'vehicle',
      },
      { text: 'Åpne SETTINGS > Privacy på MMI-startskjermen.', place: 'vehicle' },
      {
        text: 'Tillat at bilen sender personopplysninger.',
        detail:
          'Reisemål du har lagret i bilen i mellomtiden, blir da synkronisert til myAudi. Slett dem først hvis du vil at de bare skal ligge i bilen.',
        place: 'vehicle',
      },
    ],
  },
  'adc1ef01-afde-404f-a255-bd487185cc28': {
    title: 'Oppdater programvarepakken i bilen til 3669',
    description:
      'Programvarepakke 3669 er en oppdatering for Audien din. Bilen trenger den før du kan styre ladingen uten å være i bilen.',
    preconditions: ['Bilen er på nett og ikke i maksimalt personvern.'],
    steps: [
      {
        text: 'Sjekk at bilen er på nett og ikke står i maksimalt personvern.',
        detail: 'På MMI-startskjermen: SETTINGS > Privacy.',
        place: 'vehicle',
      },
      {
        text: 'Hvis bilen tilbyr oppdateringen, følger du instruksjonene på skjermen for å installere den.',
        place: 'vehicle',
      },
      {
        text: 'Hvis oppdateringen ikke blir tilbudt, ber du en Audi-servicepartner om å installere den.',
        place: 'dealer',
      },
    ],
  },
  '394939c1-70bd-42d9-881f-24d15e3610e2': {
    title: 'Slå på connect-tjenesten «Car finder»',
    description:
      '«Car finder» er Audi connect-tjenesten som viser hvor bilen din står parkert. Den krever en nøkkelbruker og en aktiv lisens, og bilen må ha lov til å dele posisjonen sin.',
    preconditions: [
      'Audi-oppsettet ditt er fullført, og du er nøkkelbruker for bilen.',
      'Bilen står ikke i maksimalt personvern.',
    ],
    steps: [
      { text: 'Åpne myAudi-appen og velg bilen din.', place: 'app' },
      {
        text: 'Finn «Car finder» blant tjenestene for bilen din og slå den på.',
        detail: 'Hvis lisensen er utløpt, fornyer du den i myAudi.',
        place: 'app',
      },
      {
        text: 'Slå av bilen: den sender parkeringsposisjonen sin når tenningen slås av.',
        detail:
          'Hvis bilen flyttes uten at tenningen er på, for eksempel når den blir tauet, er den nye posisjonen ukjent.',
        place: 'vehicle',
      },
    ],
  },
  '27c663b3-a141-4fe8-b6fc-00c0639ba165': {
    title: 'Slå på connect-tjenesten «Remote Charging»',
    description:
      '«Remote Charging» er Audi connect-tjenesten for å sjekke ladenivået og starte eller stoppe ladingen uten å være i bilen. Den krever en nøkkelbruker og en aktiv lisens.',
    preconditions: ['Audi-oppsettet ditt er fullført, og du er nøkkelbruker for bilen.'],
    steps: [
      { text: 'Åpne myAudi-appen og velg bilen din.', place: 'app' },
      {
        text: 'Finn «Remote Charging» blant tjenestene for bilen din og slå den på.',
        detail:
          'Dette er ikke e-tron Charging Service for offentlig lading, som er en egen avtale.',
        place: 'app',
      },
      {
        text: 'Hvis lisensen er utløpt, fornyer du den i myAudi.',
        detail: 'En fornyet tjeneste virker fra neste gang du starter bilen.',
        place: 'app',
      },
    ],
  },
  '5fea0c74-0128-4b74-a7b4-53fef332a7fa': {
    title: 'Slå på connect-tjenesten «Automation»',
    description:
      '«Automation» er Audi connect-tjenesten som styrer tidsinnstilt lading. Den må være slått på og ha aktiv lisens før lading kan planlegges.',
    preconditions: ['Audi-oppsettet ditt er fullført, og du er nøkkelbruker for bilen.'],
    steps: [
      { text: 'Åpne myAudi-appen og velg bilen din.', place: 'app' },
      { text: 'Finn «Automation» blant tjenestene for bilen din og slå den på.', place: 'app' },
      {
        text: 'Hvis lisensen er utløpt, fornyer du den i myAudi.',
        detail: 'En fornyet tjeneste virker fra neste gang du starter bilen.',
        place: 'app',
      },
    ],
  },
  '94b650dc-ec11-4558-930c-27bb09a42efc': {
    title: 'Oppdater bilen til programvarepakken ME3.1',
    description:
      'ME3.1 er en programvarepakke for ŠKODA-en din som ladestyringen er avhengig av. Den installeres trådløst over nettet når bilen oppfyller noen få vilkår.',
    preconditions: [
      'Tilkoblet modus er slått på i bilen.',
      'Høyvoltsbatteriet er ladet til minst 50 %, og bilen lader ikke.',
      'Bilen står parkert der det er mobildekning, ikke i en parkeringskjeller.',
    ],
    steps: [
      {
        text: 'Sjekk at du er hovedbruker av bilen.',
        detail:
          'Bilen må vises i MyŠkoda-appen din, og du må stå oppført under Menu > Users i bilen. Hvis ikke, legger du til understellsnummeret under Garage i MyŠkoda-appen og følger trinnene.',
        place: 'app',
      },
      {
        text: 'Sjekk i bilen at tilkoblet modus er slått på under Menu > Users > Settings.',
        detail: 'Når bilen er i gang, lyser lampen på SOS-modulen i takkonsollen grønt.',
        place: 'vehicle',
      },
      {
        text: 'Slå av bilen og se etter varselet om oppdatering på Goodbye-skjermen.',
        detail:
          'Oppdateringer sendes ut til bilene i puljer, så det kan ta litt tid. Cancel utsetter oppdateringen.',
        place: 'vehicle',
      },
      {
        text: 'Trykk på Install, gå ut og lås bilen innen 10 minutter.',
        detail:
          'Bilen kan ikke kjøres mens installasjonen pågår. Hvis du låser den opp, må du låse den igjen innen 2 minutter, ellers blir ikke oppdateringen fullført.',
        place: 'vehicle',
      },
      {
        text: 'Hvis du ladet på en offentlig ladestasjon, starter du ladingen på nytt etter oppdateringen.',
        detail: 'En ladeboks hjemme fortsetter av seg selv.',
        place: 'vehicle',
      },
      {
        text: 'Hvis oppdateringen ikke blir tilbudt, tar du kontakt med en ŠKODA-servicepartner.',
        place: 'dealer',
      },
    ],
  },
  '88511fef-9e94-4a7b-a1bc-926b06c0e455': {
    title: 'Slå på tjenesten «Parking Position»',
    description:
      '«Parking Position» er ŠKODAs nettjeneste som viser hvor bilen din står parkert. Bilen deler posisjonen sin bare når personvernnivået tillater det og tjenesten er slått på.',
    preconditions: [
      'Bilen din ligger i MyŠkoda-appen, og nettjenestene er aktive.',
      'Du sitter i bilen med infotainmentsystemet på.',
    ],
    steps: [
      {
        text: 'Sett personvernnivået i bilen til Share my location.',
        detail:
          'User management > Set-up > Privacy and service management. På Enyaq: Menu > Users > Settings. Med alle andre nivåer vises ikke posisjonen i appen.',
        place: 'vehicle',
      },
      {
        text: 'Finn tjenesten for parkeringsposisjon i listen over nettjenester, og huk av for den.',
        detail:
          'ŠKODA Connect (Online Services) > Privacy and services. Listen viser også når hver lisens utløper.',
        place: 'vehicle',
      },
      {
        text: 'Åpne MyŠkoda-appen og sjekk at den viser hvor bilen din står parkert.',
        place: 'app',
      },
    ],
  },
};
