import type { GuidanceModule } from '../types.js';

/**
 * The bundled de-DE guidance, by intervention id: the en-US guidance in German, step for step.
 * A menu path or button is quoted only as the maker's German documentation writes it (ŠKODA's
 * Menü > Benutzer > Einstellungen, Tesla's Fahrzeug > Sicherheit); where no German label is
 * published, the step describes the place in plain German instead of guessing a label or leaving
 * the English one.
 */
export const guidanceDeDE: GuidanceModule = {
  '06197b76-966e-414a-b174-7a00cde49f30': {
    title: 'FordPass Connect aktivieren',
    description:
      'FordPass Connect ist das in Ihren Ford eingebaute Modem. Solange Sie es nicht in der FordPass-App aktivieren und im Fahrzeug bestätigen, sendet das Fahrzeug nur grundlegende Wartungsdaten und ist aus der Ferne nicht erreichbar.',
    preconditions: [
      'Ihr Fahrzeug verfügt über ein eingebautes Modem für FordPass Connect.',
      'Das Fahrzeug ist in der FordPass-App unter Ihren Fahrzeugen aufgeführt.',
      'Ihr Smartphone und das Fahrzeug haben beide guten Mobilfunkempfang.',
    ],
    steps: [
      { text: 'Öffnen Sie die FordPass-App und wählen Sie Ihr Fahrzeug aus.', place: 'app' },
      {
        text: 'Starten Sie in der App die Aktivierung des Fahrzeugs und tippen Sie auf das Symbol zum Aktivieren.',
        detail:
          'In neueren Versionen der App heißt die Schaltfläche anders: Sie verbindet die App mit dem Fahrzeug.',
        place: 'app',
      },
      {
        text: 'Starten Sie das Fahrzeug im Freien und lassen Sie es in der Parkstellung P laufen.',
        detail:
          'Der Zubehörmodus reicht nicht aus. Auf freier Fläche hat das Fahrzeug besseren Empfang.',
        place: 'vehicle',
      },
      {
        text: 'Erlauben Sie den Zugriff, sobald die Abfrage auf dem SYNC-Bildschirm erscheint.',
        detail: 'Bis die Abfrage erscheint, können bis zu 10 Minuten vergehen.',
        place: 'vehicle',
      },
      {
        text: 'Prüfen Sie, ob die Fernbefehle jetzt in der App angezeigt werden.',
        detail:
          'Springt die App nach 90 Sekunden zurück zur Aktivierung, versuchen Sie es erneut. Nach drei erfolglosen Versuchen wenden Sie sich über die Hilfe in Ihrem Konto in der App an Ford.',
        place: 'app',
      },
    ],
    successSign:
      'Verriegeln, Entriegeln und Fernstart erscheinen in der FordPass-App und funktionieren.',
    waiting: 'Bis die Abfrage im Fahrzeug erscheint, können bis zu 10 Minuten vergehen.',
    alternatives: [
      {
        case: 'otherUser',
        text: 'Meldet die App, dass das Fahrzeug schon aktiviert ist, oder bittet sie Sie, Zugriff anzufragen, hat es jemand anderes aktiviert. Bitten Sie diese Person, Sie aus ihrer FordPass-App per E-Mail einzuladen.',
      },
      {
        case: 'usedCar',
        text: 'Gebraucht gekauft? Entfernen Sie zuerst die Vorbesitzer: Öffnen Sie bei laufendem Fahrzeug in Parkstellung auf dem SYNC-Bildschirm die Einstellungen, wählen Sie das Zurücksetzen und setzen Sie dort FordPass Connect zurück. Aktivieren Sie das Fahrzeug danach erneut.',
      },
    ],
  },
  '0defa374-8a1a-4eb1-a85f-b7cb09501097': {
    title: 'Volkswagen-Profil vervollständigen',
    description:
      'Die Volkswagen ID ist Ihr zentraler Login für alle Apps und Dienste von Volkswagen. Ihr Profil muss vollständig sein, bevor Sie Online-Dienste für Ihr Fahrzeug bestellen oder nutzen können.',
    preconditions: [
      'Sie sind volljährig.',
      'Sie kennen E-Mail-Adresse und Passwort Ihrer Volkswagen ID oder sind bereit, eine neue anzulegen.',
    ],
    steps: [
      {
        text: 'Melden Sie sich im Webbrowser bei myVolkswagen an.',
        detail:
          'Noch keine Volkswagen ID? Registrieren Sie sich auf der Anmeldeseite. Sie können eine auch in der Volkswagen-App anlegen; die folgenden Schritte beschreiben aber die Website.',
        place: 'web',
      },
      {
        text: 'Öffnen Sie in Ihrem Profil die Daten Ihrer Volkswagen ID, um sie zu bearbeiten.',
        place: 'web',
      },
      {
        text: 'Ergänzen Sie fehlende Angaben wie Name, Adresse und Telefonnummer und speichern Sie.',
        place: 'web',
      },
      {
        text: 'Öffnen Sie Ihre Einstellungen zu Datenschutz und Einwilligungen und stimmen Sie allen noch offenen Bedingungen zu.',
        place: 'web',
      },
    ],
    successSign:
      'Die Volkswagen-App und die Bestellung von Diensten melden kein unvollständiges Profil mehr.',
  },
  '644d2a0f-6774-489b-b57d-07cf00261467': {
    title: 'Online-Dienst Car-Net im Fahrzeug aktivieren',
    description:
      'Car-Net heißen die Online-Dienste von Volkswagen in Nordamerika; anderswo heißen sie We Connect oder VW Connect. Sie müssen für Ihr Fahrzeug aktiviert sein, bevor es Daten teilt.',
    preconditions: [
      'Sie haben eine Volkswagen ID.',
      'Sie haben die Fahrzeug-Identifizierungsnummer (FIN) Ihres Fahrzeugs zur Hand.',
    ],
    steps: [
      {
        text: 'Öffnen Sie die Volkswagen-App und melden Sie sich mit Ihrer Volkswagen ID an.',
        detail: 'In Nordamerika verwenden Sie stattdessen die App myVW und folgen deren Anmeldung.',
        place: 'app',
      },
      {
        text: 'Fügen Sie Ihr Fahrzeug mit seiner FIN hinzu und folgen Sie den Anweisungen in der App.',
        detail:
          'Ist schon ein anderes Fahrzeug in der App? Dann fügen Sie dieses in der Fahrzeugübersicht über das Fahrzeugsymbol mit dem Pluszeichen hinzu.',
        place: 'app',
      },
      {
        text: 'Legen Sie eine S-PIN fest, wenn die App danach fragt.',
        detail:
          'Verwenden Sie vier Ziffern, die nicht alle gleich sind und keine einfache Folge wie 1234 bilden.',
        place: 'app',
      },
      {
        text: 'Außerhalb Nordamerikas werden Sie Hauptnutzer des Fahrzeugs.',
        detail:
          'Im Fahrzeug: In den Systemeinstellungen die Verbindung mit VW Connect wählen und den QR-Code mit der App scannen. Nur der Hauptnutzer kann die Dienste aktivieren.',
        place: 'vehicle',
      },
      {
        text: 'Achten Sie im Fahrzeug darauf, dass es online ist.',
        detail:
          'ID. Modelle: In den Datenschutzeinstellungen die Übertragung der Fahrzeug- und Nutzungsdaten einschalten. Andere Modelle: den Offline-Modus verlassen. Setzen Sie das Infotainmentsystem nicht auf die Werkseinstellungen zurück: Dadurch wird das Fahrzeug aus Ihrem Konto entfernt.',
        place: 'vehicle',
      },
    ],
    successSign:
      'Die App zeigt den Zustand Ihres Fahrzeugs an, etwa den Kilometerstand oder den Ladestand.',
    alternatives: [
      {
        case: 'otherRegion',
        text: 'In Nordamerika heißt die App myVW, und die Dienste heißen Car-Net. Viele davon brauchen nach der Testphase einen kostenpflichtigen Car-Net-Tarif; Notruf und Pannenruf funktionieren auch ohne.',
      },
    ],
  },
  'd88a46e9-fc8b-4f71-ae50-b8610f4faead': {
    title: 'Hauptnutzer werden',
    description:
      'Der Hauptnutzer ist der Halter oder Hauptfahrer des Fahrzeugs, und nur er kann Online-Dienste bestellen und einschalten. Als Hauptnutzer registrieren Sie sich im Fahrzeug mithilfe der Volkswagen-App.',
    preconditions: [
      'Sie haben eine Volkswagen ID und die Volkswagen-App auf Ihrem Smartphone.',
      'Sie sind Halter oder langfristiger Fahrer des Fahrzeugs, zum Beispiel als Leasingnehmer.',
      'Sie haben einen Schlüssel für das Fahrzeug.',
    ],
    steps: [
      {
        text: 'Setzen Sie sich ins Fahrzeug und schalten Sie Zündung und Infotainmentsystem ein.',
        place: 'vehicle',
      },
      {
        text: 'Wählen Sie im Infotainmentsystem in den Systemeinstellungen die Verbindung mit VW Connect.',
        detail:
          'Bei älteren Systemen finden Sie die Funktion stattdessen in der Benutzerverwaltung.',
        place: 'vehicle',
      },
      {
        text: 'Scannen Sie den QR-Code auf dem Bildschirm mit der Volkswagen-App.',
        place: 'app',
      },
      {
        text: 'Bestätigen Sie in der App, dass Sie Hauptnutzer werden möchten.',
        detail:
          'War vorher jemand anderes Hauptnutzer, verliert diese Person die Rolle und wird darüber informiert.',
        place: 'app',
      },
      {
        text: 'Wenn die App nach Volkswagen Ident fragt, tippen Sie auf Start und folgen Sie den Anweisungen.',
        detail:
          'Halten Sie Ihr Ausweisdokument bereit. Die Prüfung ist nur für sicherheitsrelevante Dienste nötig; Sie können sie auch persönlich bei einem autorisierten Volkswagen Servicepartner durchführen lassen.',
        place: 'app',
      },
    ],
    successSign:
      'Die Volkswagen-App führt Sie als Hauptnutzer, und die Online-Dienste des Fahrzeugs sind eingeschaltet.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'Bei einem Gebrauchtwagen zeigt das Infotainmentsystem, ob noch jemand Hauptnutzer ist. Registrieren Sie sich selbst, wird diese Person entfernt; Sie können sie dort auch löschen.',
      },
      {
        case: 'olderCar',
        text: 'Frühe ID.3 brauchen zuerst einen Besitz- und Identitätsnachweis bei einem Volkswagen Servicepartner. Danach finden Sie im Infotainmentsystem Systemeinstellungen > Mit We Connect verbinden und den QR-Code.',
      },
    ],
  },
  'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9': {
    title: 'Dienste von We Connect abonnieren',
    description:
      'Volkswagen verkauft seine Online-Dienste als eigenen Vertrag, getrennt von Ihrer Volkswagen ID: je nach Fahrzeug als We Connect oder VW Connect. Ohne aktive Lizenz teilt das Fahrzeug keine Daten.',
    preconditions: [
      'Sie sind Hauptnutzer des Fahrzeugs: Nur der Hauptnutzer kann Dienste bestellen.',
      'Ihr Fahrzeug ist Ihrer Volkswagen ID hinzugefügt.',
    ],
    steps: [
      {
        text: 'Öffnen Sie die Volkswagen-App oder myVolkswagen und melden Sie sich an.',
        place: 'app',
      },
      {
        text: 'Wählen Sie Ihr Fahrzeug aus und prüfen Sie, welche Dienste aktiv sind und wann sie enden.',
        place: 'app',
      },
      {
        text: 'Bestellen Sie das Paket, das für Ihr Fahrzeug angeboten wird: We Connect oder VW Connect, auf Wunsch mit Plus.',
        detail:
          'Registrieren Sie sich innerhalb von 90 Tagen nach der Fahrzeugübergabe, um den gesamten kostenlosen Zeitraum von Plus zu nutzen.',
        place: 'app',
      },
      {
        text: 'Eine abgelaufene Lizenz verlängern Sie im Volkswagen Connect Shop.',
        detail:
          'Sie können sie auch im In-Car Shop im Infotainmentsystem kaufen. Einen Gutschein eines Volkswagen Partners geben Sie beim Bezahlen als Code ein.',
        place: 'web',
      },
    ],
    successSign: 'Jeder Dienst Ihres Fahrzeugs zeigt ein Enddatum in der Zukunft.',
    alternatives: [
      {
        case: 'otherRegion',
        text: 'In Nordamerika heißen die Dienste Car-Net und werden in der App myVW bestellt.',
      },
    ],
  },
  'b9acf87e-d7c8-426b-80a7-c925b5b90d6f': {
    title: 'Fahrzeug auf ID. Software 3.0 aktualisieren',
    description:
      'ID. Software 3.0 ist ein kostenloses Software-Update für die ID. Modelle von Volkswagen. Ihr Fahrzeug braucht es oder eine spätere Version, damit sich das Laden von außerhalb des Fahrzeugs planen lässt.',
    preconditions: [
      'Ihr Fahrzeug hat noch nicht ID. Software 3.0 oder neuer: Sonst ist nichts zu tun.',
      'Das Fahrzeug ist online: In den Datenschutzeinstellungen ist die Übertragung der Fahrzeug- und Nutzungsdaten eingeschaltet.',
      'Sie können das Fahrzeug einige Stunden stehen lassen: Während der Installation lässt es sich nicht fahren.',
    ],
    steps: [
      {
        text: 'Fahren Sie wie gewohnt, während das Update im Hintergrund heruntergeladen wird.',
        detail: 'Der Download ist kostenlos und kann mehrere Fahrten dauern.',
        place: 'vehicle',
      },
      {
        text: 'Sobald das Fahrzeug meldet, dass das Update bereit ist, parken Sie es und schalten Sie es aus, um das Update zu installieren.',
        detail: 'Während der Installation lässt sich das Fahrzeug nicht starten.',
        place: 'vehicle',
      },
      {
        text: 'Bestätigen Sie nach Abschluss der Installation mit der OK-Taste am Lenkrad.',
        place: 'vehicle',
      },
      {
        text: 'Wird kein Update angeboten oder haben Sie es zu oft abgelehnt, vereinbaren Sie einen Werkstatttermin.',
        detail: 'Er kann einen ganzen Tag dauern.',
        place: 'dealer',
      },
    ],
    successSign: 'Das Fahrzeug meldet, dass das Update installiert ist.',
    waiting:
      'Der Download läuft über mehrere Fahrten, und während der Installation steht das Fahrzeug unter Umständen mehrere Stunden. Volkswagen nennt keine Dauer.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'ID. Fahrzeuge aus den ersten beiden Baujahren brauchten einen Werkstattbesuch mit neuer Software und neuer 12-Volt-Batterie, bevor sie Updates drahtlos erhalten konnten. Vereinbaren Sie einen Termin bei einem Volkswagen Servicepartner; er kann einen ganzen Tag dauern.',
      },
    ],
  },
  '9e9af174-03ad-4448-9092-b2988b10cdb0': {
    title: 'Online-Dienst für die Parkposition aktivieren',
    description:
      'Der Online-Dienst für die Parkposition zeigt, wo Ihr Volkswagen geparkt ist. Das Fahrzeug muss seinen Standort teilen und der Dienst eingeschaltet sein, bevor sich seine Position abrufen lässt.',
    preconditions: [
      'Ihr Fahrzeug ist in Ihrem Volkswagen-Konto hinterlegt und seine Online-Dienste sind aktiv.',
      'Die Personen, die das Fahrzeug nutzen, sind damit einverstanden, dass sein Standort geteilt wird.',
    ],
    steps: [
      {
        text: 'Öffnen Sie im Fahrzeug die Datenschutzeinstellungen und schalten Sie das Senden der Standortdaten ein.',
        detail:
          'Bei ID. Modellen erreichen Sie sie über HOME. Jeder Nutzer des Fahrzeugs legt das für sich selbst fest.',
        place: 'vehicle',
      },
      {
        text: 'Wurde der Dienst ausgeschaltet, schalten Sie ihn wieder ein.',
        detail:
          'In der Volkswagen-App oder im Fahrzeug bei den Datenschutzeinstellungen und Diensten. Wird er als abgelaufen angezeigt, verlängern Sie zuerst seine Lizenz.',
        place: 'app',
      },
      {
        text: 'Parken Sie das Fahrzeug, schalten Sie es aus und sehen Sie dann in der Volkswagen-App nach seiner Position.',
        place: 'app',
      },
    ],
    successSign:
      'Nachdem Sie das Fahrzeug das nächste Mal ausgeschaltet haben, zeigt die App seine Parkposition.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'Andere Modelle als ID. haben stattdessen Datenschutzmodi: Wählen Sie den Modus, in dem Ihre Position geteilt wird. Bei jedem anderen Modus erscheint die Position nicht in der App.',
      },
    ],
  },
  '3e861d64-9c00-4c97-9475-a1b4a9881e79': {
    title: 'Online-Dienst für das Laden aktivieren',
    description:
      'Der Online-Dienst für das Laden meldet den Ladestand und startet und stoppt das Laden von außerhalb des Fahrzeugs. Volkswagen beschreibt nicht, wo er eingeschaltet wird; diese Schritte prüfen, was bekannt ist.',
    preconditions: [
      'Sie sind Hauptnutzer des Fahrzeugs oder können ihn fragen.',
      'Ihr Fahrzeug ist in Ihrem Volkswagen-Konto hinterlegt und seine Online-Dienste sind aktiv.',
    ],
    steps: [
      {
        text: 'Vergewissern Sie sich, dass das Fahrzeug online ist.',
        detail:
          'ID. Modelle: In den Datenschutzeinstellungen die Übertragung der Fahrzeug- und Nutzungsdaten einschalten. Im Offline-Modus funktioniert keiner der Online-Dienste.',
        place: 'vehicle',
      },
      {
        text: 'Wählen Sie in der Volkswagen-App Ihr Fahrzeug aus und prüfen Sie seine Dienste und deren Enddaten.',
        detail:
          'Ist die Lizenz abgelaufen, kann der Hauptnutzer sie im Volkswagen Connect Shop verlängern.',
        place: 'app',
      },
      {
        text: 'Erscheint das Laden weiterhin nicht, fragen Sie den Kundenservice von Volkswagen oder einen Servicepartner.',
        detail:
          'Vielleicht hat ein Nutzer den Dienst ausgeschaltet. Volkswagen veröffentlicht nicht, wo er wieder eingeschaltet wird.',
        place: 'dealer',
      },
    ],
    successSign: 'Der Ladestand Ihres Fahrzeugs erscheint in der Volkswagen-App.',
  },
  '4099b5db-b050-40df-a1bb-e3633bf14d1f': {
    title: 'Online-Dienst für Abfahrtszeiten aktivieren',
    description:
      'Der Online-Dienst für Abfahrtszeiten steuert das zeitgesteuerte Laden, damit Ihr Fahrzeug bereit ist, wenn Sie losfahren. Volkswagen beschreibt nicht, wo er eingeschaltet wird; diese Schritte prüfen, was bekannt ist.',
    preconditions: [
      'Sie sind Hauptnutzer des Fahrzeugs oder können ihn fragen.',
      'Ihr Fahrzeug ist in Ihrem Volkswagen-Konto hinterlegt und seine Online-Dienste sind aktiv.',
    ],
    steps: [
      {
        text: 'Vergewissern Sie sich, dass das Fahrzeug online ist.',
        detail:
          'ID. Modelle: In den Datenschutzeinstellungen die Übertragung der Fahrzeug- und Nutzungsdaten einschalten. Im Offline-Modus funktioniert keiner der Online-Dienste.',
        place: 'vehicle',
      },
      {
        text: 'Wählen Sie in der Volkswagen-App Ihr Fahrzeug aus und prüfen Sie seine Dienste und deren Enddaten.',
        detail:
          'Ist die Lizenz abgelaufen, kann der Hauptnutzer sie im Volkswagen Connect Shop verlängern.',
        place: 'app',
      },
      {
        text: 'Lassen sich Abfahrtszeiten weiterhin nicht in der App einstellen, fragen Sie den Kundenservice von Volkswagen oder einen Servicepartner.',
        detail:
          'Timer, die im Fahrzeug selbst eingestellt sind, etwa im e-Manager eines e-Golf, sind nicht dieser Online-Dienst.',
        place: 'dealer',
      },
    ],
    successSign: 'Abfahrtszeiten lassen sich in der Volkswagen-App einstellen und ändern.',
  },
  '392fef50-5468-47a0-aa51-0a1b23966585': {
    title: 'GPS-Ortung im Fahrzeug aktivieren',
    description:
      'Bei Ihrem BMW legen Sie Dienst für Dienst fest, welche Daten das Fahrzeug sendet. Ist die Übertragung von Standortdaten in den Datenschutzeinstellungen ausgeschaltet, kann das Fahrzeug seine Position nicht teilen.',
    preconditions: [
      'Für die Schritte im Fahrzeug: Es steht und iDrive ist eingeschaltet, denn während der Fahrt lässt sich die Einstellung nicht ändern.',
    ],
    steps: [
      {
        text: 'Prüfen Sie zuerst die Datenschutzeinstellungen in der My BMW App.',
        detail:
          'BMW erlaubt, sie auch in der App zu ändern; das kann Ihnen den Weg zum Fahrzeug ersparen.',
        place: 'app',
      },
      {
        text: 'Öffnen Sie im geparkten Fahrzeug die Datenschutzeinstellungen.',
        detail:
          'iDrive 7: im Fahrzeugmenü über die Einstellungen und die allgemeinen Einstellungen. iDrive 8: im Apps-Menü über das Fahrzeug und die Systemeinstellungen. iDrive 8.5 und 9: im Apps-Menü unter allen Apps.',
        place: 'vehicle',
      },
      {
        text: 'Wählen Sie die Einstellung, die die Datenübertragung für standortbezogene Dienste erlaubt.',
        detail:
          'BMW nennt den Eintrag nicht; er unterscheidet sich je nach Modell. Löschen Sie hier keine persönlichen Daten: Dadurch wird das Fahrzeug aus der My BMW App entfernt.',
        place: 'vehicle',
      },
      {
        text: 'Prüfen Sie in der My BMW App, ob Ihr Fahrzeug jetzt seine Position anzeigt.',
        place: 'app',
      },
    ],
    successSign: 'Die My BMW App zeigt, wo Ihr Fahrzeug steht.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'Bei iDrive 6 und älter steht der Weg in der Betriebsanleitung Ihres Fahrzeugs, im Abschnitt zum Datenschutz.',
      },
    ],
  },
  '4802fd2c-4369-4914-a625-c3885d594cf8': {
    title: 'SEAT CONNECT abonnieren',
    description:
      'SEAT CONNECT ist das Paket an Online-Diensten, das Ihren SEAT mit der My SEAT App verbindet. Es muss aktiv sein, bevor das Fahrzeug Daten teilt; nach der Auslieferung ist es eine Zeit lang kostenlos.',
    preconditions: [
      'Sie haben ein SEAT-Benutzerkonto oder sind bereit, eines anzulegen.',
      'Sie haben die FIN Ihres Fahrzeugs und beide Fahrzeugschlüssel zur Hand.',
    ],
    steps: [
      {
        text: 'Öffnen Sie die My SEAT App und legen Sie ein Konto an oder melden Sie sich an.',
        detail: 'Sie können auch my.seat im Webbrowser verwenden.',
        place: 'app',
      },
      {
        text: 'Fügen Sie Ihr Fahrzeug mit seiner FIN hinzu und akzeptieren Sie die Nutzungsbedingungen und die Datenschutzerklärung.',
        place: 'app',
      },
      {
        text: 'Aktivieren Sie SEAT CONNECT für Ihr Fahrzeug.',
        detail:
          'Nach dem kostenlosen Zeitraum kaufen Sie Dienste in der App oder im InCar Store im Infotainmentsystem.',
        place: 'app',
      },
      {
        text: 'Werden Sie im Fahrzeug Hauptnutzer: in der Benutzerverwaltung des Infotainmentsystems.',
        detail:
          'Drücken Sie bei eingeschalteter Zündung und eingeschaltetem Infotainmentsystem die Entriegelungstaste zuerst am einen Schlüssel, dann am anderen. Eventuell werden Sie gebeten, eine S-PIN anzulegen.',
        place: 'vehicle',
      },
      {
        text: 'Zeigt die App stattdessen einen Kopplungscode an, geben Sie ihn im Fahrzeug in den Einstellungen von SEAT CONNECT ein.',
        place: 'vehicle',
      },
    ],
    successSign: 'Ihr Fahrzeug erscheint mit seinem Zustand in der My SEAT App.',
    alternatives: [
      {
        case: 'otherModel',
        text: 'Mii electric: SEAT CONNECT wird nur auf my.seat aktiviert; die Schritte im Fahrzeug entfallen.',
      },
      {
        case: 'otherModel',
        text: 'Fahrzeuge von CUPRA nutzen stattdessen die My CUPRA App und CUPRA CONNECT.',
      },
    ],
  },
  '4245f5e6-e806-4de4-bb65-8673adecea83': {
    title: 'Fahrzeug mit dem Konto verknüpfen',
    description:
      'Ihr Renault teilt erst dann Daten, wenn er mit Ihrem Konto bei My Renault verknüpft ist und seine vernetzten Dienste aktiviert sind. Außerdem muss das Fahrzeug selbst das Teilen von Daten erlauben.',
    preconditions: [
      'Sie haben ein Konto bei My Renault.',
      'Hatte das Fahrzeug einen Vorbesitzer, hat dieser es aus seinem Konto bei My Renault gelöscht.',
      'Das Fahrzeug steht: Die Einrichtung im Fahrzeug läuft nur im Stand.',
    ],
    steps: [
      {
        text: 'Öffnen Sie die My Renault App und melden Sie sich an.',
        detail: 'Sie können auch renault-connect.renault.com im Webbrowser verwenden.',
        place: 'app',
      },
      {
        text: 'Fügen Sie Ihr Fahrzeug Ihrem Konto hinzu und aktivieren Sie seine vernetzten Dienste.',
        detail:
          'Legen Sie eine PIN für My Renault fest, wenn Sie dazu aufgefordert werden: Sie schützt die vernetzten Dienste.',
        place: 'app',
      },
      {
        text: 'Erlauben Sie im Fahrzeug das Teilen von Daten.',
        detail:
          'openR link: Stimmen Sie bei der Einrichtung allem zu, oder passen Sie die Auswahl an und lassen Sie My Renault eingeschaltet. Easy Link: Tippen Sie auf die Verbindung und bestätigen Sie die Aktivierung.',
        place: 'vehicle',
      },
      {
        text: 'Schalten Sie die Datenerfassung ein, wenn das Fahrzeug beim Start danach fragt.',
        detail: 'Schalten Sie sie aus, werden die vernetzten Dienste ausgesetzt.',
        place: 'vehicle',
      },
      {
        text: 'Warten Sie, bis die Aktivierung abgeschlossen ist.',
        detail:
          'Das kann bis zu 72 Stunden dauern; so lange lässt sich die Verbindung nicht erneut antippen.',
        place: 'vehicle',
      },
    ],
    successSign:
      'Die Verbindung ist im Fahrzeug wieder verfügbar, und die My Renault App zeigt den Ladestand.',
    waiting: 'Nach Ihrem Teil kann die Aktivierung bis zu 72 Stunden dauern.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'Das Fahrzeug bleibt mit dem Vorbesitzer verknüpft, bis er es in seiner My Renault App löscht und das Multimediasystem zurücksetzt. Geht das nicht, fragen Sie einen Renault Händler.',
      },
    ],
  },
  '9ee6519c-c173-11ec-9d64-0242ac120002': {
    title: 'Porsche Connect Dienste aktivieren',
    description:
      'Über die Porsche Connect Dienste erreicht die My Porsche App Ihr Fahrzeug. Die Dienste müssen für Ihr Fahrzeug aktiviert sein, und das Fahrzeug muss mit Ihrer Porsche ID angemeldet sein.',
    preconditions: [
      'Sie haben eine Porsche ID oder die Aktivierungs-E-Mail, um eine anzulegen.',
      'Das Fahrzeug hat eine Datenverbindung.',
    ],
    steps: [
      {
        text: 'Öffnen Sie die Aktivierungs-E-Mail von Porsche und folgen Sie dem Link zur Aktivierung.',
        detail:
          'Sie können sich auch mit einer bestehenden Porsche ID bei My Porsche anmelden. Keine E-Mail erhalten? Sehen Sie in Ihrem Spam-Ordner nach oder fragen Sie Ihren Porsche Partner.',
        place: 'web',
      },
      {
        text: 'Aktivieren Sie Porsche Connect für Ihr Fahrzeug und prüfen Sie Ihren Namen und Ihre Adresse für die Rechnung.',
        detail: 'Bei manchen Modellen legen Sie dabei einen vierstelligen Sicherheitscode fest.',
        place: 'web',
      },
      {
        text: 'Schalten Sie im Fahrzeug den Privatmodus aus und stellen Sie sicher, dass das Fahrzeug online ist.',
        detail:
          'Manche Modelle brauchen dafür WLAN, einen Hotspot Ihres Smartphones oder eine SIM-Karte, einzurichten in den Einstellungen der Geräteverwaltung unter den Daten.',
        place: 'vehicle',
      },
      {
        text: 'Melden Sie sich im Fahrzeug mit Ihrer Porsche ID an.',
        detail:
          'Die meisten Modelle: mit E-Mail-Adresse und Passwort, bei manchen zusätzlich mit dem Sicherheitscode. Andere fragen nach dem Kopplungscode aus der My Porsche App. Älteres PCM: In den Optionen der Apps unter den Einstellungen der Porsche ID eine neue Porsche ID verknüpfen.',
        place: 'vehicle',
      },
    ],
    successSign:
      'Oben im PCM-Bildschirm erscheint das Symbol der Porsche ID, und die My Porsche App zeigt den Zustand Ihres Fahrzeugs.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'Keine Aktivierungs-E-Mail, etwa weil Sie das Fahrzeug gebraucht gekauft haben? Fragen Sie einen Porsche Partner. Für das Fahrzeug gekaufte Dienste bleiben beim Verkauf beim Fahrzeug.',
      },
    ],
  },
  'c88c2df3-9d75-46d0-8334-0e5b424bc237': {
    title: 'Fahrzeug in Mercedes me hinzufügen und aktivieren',
    description:
      'Ihr Mercedes-Benz muss mit Ihrer Mercedes me ID verknüpft und seine Dienste von Mercedes me connect müssen aktiviert sein, bevor er Daten teilt.',
    preconditions: [
      'Sie haben eine Mercedes me ID.',
      'Sie haben die FIN Ihres Fahrzeugs zur Hand.',
      'Mercedes me connect wird in Ihrem Land angeboten.',
    ],
    steps: [
      {
        text: 'Öffnen Sie die Mercedes-Benz App (früher Mercedes me) und melden Sie sich mit Ihrer Mercedes me ID an.',
        place: 'app',
      },
      {
        text: 'Verknüpfen Sie Ihr Fahrzeug über seine FIN mit Ihrem Konto.',
        detail:
          'Fragt die App nach einer Bestätigung im Fahrzeug, folgen Sie ihren Anweisungen: Mercedes-Benz beschreibt diesen Schritt nicht.',
        place: 'app',
      },
      {
        text: 'Aktivieren Sie im Mercedes-Benz Store die Dienste von Mercedes me connect, die für Ihr Fahrzeug angeboten werden.',
        detail:
          'Sie heißen Digital Extras. Abgelaufene verlängern Sie dort ebenfalls: in der App, im Web oder im Fahrzeug.',
        place: 'app',
      },
      {
        text: 'Werden keine Dienste angeboten, lassen Sie das Notrufsystem in einer Mercedes-Benz Werkstatt prüfen.',
        detail: 'Solange es deaktiviert ist, funktionieren diese Dienste nicht.',
        place: 'dealer',
      },
    ],
    successSign:
      'Die Mercedes-Benz App zeigt den Zustand Ihres Fahrzeugs und seine Fernfunktionen.',
  },
  'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe': {
    title: 'Mobilen Zugriff im Fahrzeug aktivieren',
    description:
      'Der mobile Zugriff ist die Einstellung in Ihrem Tesla, über die Apps das Fahrzeug über das Internet erreichen. Solange er ausgeschaltet ist, lassen sich der Ladestand und andere Daten des Fahrzeugs nicht abrufen.',
    preconditions: [
      'Sie können sich bei dem Tesla-Konto anmelden, zu dem das Fahrzeug gehört.',
      'Fahrzeug und Smartphone sind beide online, über mobile Daten oder WLAN.',
    ],
    steps: [
      {
        text: 'Installieren Sie die Tesla-App und melden Sie sich mit Ihrem Tesla-Konto an.',
        place: 'app',
      },
      {
        text: 'Tippen Sie auf dem Touchscreen im Fahrzeug auf Fahrzeug > Sicherheit.',
        detail: 'Bei älterer Software liegt die Einstellung im Bereich für Sicherheit und Schutz.',
        place: 'vehicle',
      },
      { text: 'Schalten Sie dort den mobilen Zugriff ein.', place: 'vehicle' },
      {
        text: 'Prüfen Sie in der Tesla-App, ob das Fahrzeug reagiert.',
        detail:
          'Kann die Energie-App weiterhin keine Befehle senden, bittet sie Sie vielleicht, ihren virtuellen Schlüssel in der Tesla-App hinzuzufügen.',
        place: 'app',
      },
    ],
    successSign: 'Die Tesla-App zeigt den Ladestand und kann das Fahrzeug ver- und entriegeln.',
  },
  'faea347c-1274-4764-90df-75102f40a454': {
    title: 'Audi-Einrichtung abschließen',
    description:
      'Audi connect Dienste brauchen ein verifiziertes myAudi-Konto, in dem Ihr Fahrzeug hinterlegt ist, und Sie als Schlüsselnutzer des Fahrzeugs. Der Schlüsselnutzer erhält automatisch Fernzugriff.',
    preconditions: [
      'Sie haben ein myAudi-Konto oder sind bereit, eines mit Geburtsdatum und Geburtsort anzulegen.',
      'Niemand sonst ist als Schlüsselnutzer des Fahrzeugs eingetragen.',
      'Für den Schritt im Fahrzeug steht es im Freien, mit gutem GPS- und Mobilfunkempfang.',
      'Bei älteren Fahrzeugen haben Sie den Fahrzeugcode vom Schlüsselanhänger zur Hand.',
    ],
    steps: [
      {
        text: 'Öffnen Sie die myAudi-App, melden Sie sich an oder legen Sie ein Konto an, und fügen Sie Ihr Fahrzeug hinzu.',
        place: 'app',
      },
      {
        text: 'Verifizieren Sie Ihr Konto mit dem 6-stelligen Code, den Audi Ihnen sendet.',
        detail:
          'Er kommt meist per SMS; haben Sie E-Mail gewählt, sehen Sie auch im Spam-Ordner nach. Alternativ geht es per Videoanruf oder bei einem Audi Servicepartner; dann bleiben einige Dienste gesperrt, bis das erledigt ist.',
        place: 'app',
      },
      {
        text: 'Legen Sie eine 4-stellige S-PIN fest, wenn Sie dazu aufgefordert werden.',
        detail: 'Fernfunktionen fragen sie ab.',
        place: 'app',
      },
      {
        text: 'Tragen Sie sich im Fahrzeug bei eingeschalteter Zündung als Schlüsselnutzer ein.',
        detail:
          'Neuere Fahrzeuge: Folgen Sie den Anweisungen in der myAudi-App. Älteres MMI: Öffnen Sie über die Menütaste Audi connect, drücken Sie die rechte Steuertaste, setzen Sie in der Benutzerverwaltung von Audi connect den Hauptnutzer und geben Sie Ihren myAudi-Benutzernamen und den 10-stelligen Fahrzeugcode ein.',
        place: 'vehicle',
      },
    ],
    successSign: 'Die myAudi-App führt Sie als Schlüsselnutzer Ihres Fahrzeugs.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'Ist jemand anderes Schlüsselnutzer, entfernen Sie ihn im Fahrzeug bei eingeschalteter Zündung und mit einem Schlüssel im Fahrzeug, in den Einstellungen der Benutzerverwaltung. Dabei werden auch alle anderen Nutzer des Fahrzeugs entfernt.',
      },
    ],
  },
  '52ec645f-7d29-4d21-be3c-6bb5e7c5f351': {
    title: 'Audi: GPS-Position im Fahrzeug teilen',
    description:
      'Die Datenschutzeinstellungen Ihres Audi bestimmen, ob er seine Position teilt. Bei maximalem Datenschutz oder ausgeschalteter Positionsfreigabe lässt sich der Standort des Fahrzeugs nicht anzeigen.',
    preconditions: ['Sie sitzen im Fahrzeug und die Zündung ist eingeschaltet.'],
    steps: [
      {
        text: 'Öffnen Sie auf dem MMI-Startbildschirm die Einstellungen und dort den Datenschutz.',
        detail:
          'Tippen Sie in der Statusleiste auf das Datenschutzsymbol, um zu sehen, was die aktuelle Einstellung bedeutet.',
        place: 'vehicle',
      },
      {
        text: 'Verlassen Sie den maximalen Datenschutz und erlauben Sie dem Fahrzeug, seine Position zu teilen.',
        detail:
          'Audi veröffentlicht den Namen der Option nicht. Ein Fahrzeug, das im maximalen Datenschutz bleibt, erhält außerdem keine Sicherheitsupdates.',
        place: 'vehicle',
      },
      {
        text: 'Schalten Sie das Fahrzeug aus und prüfen Sie dann in der myAudi-App, ob seine Parkposition angezeigt wird.',
        detail: 'Das Fahrzeug sendet seine Position, wenn die Zündung ausgeschaltet wird.',
        place: 'app',
      },
    ],
    successSign:
      'Nachdem Sie das Fahrzeug ausgeschaltet haben, zeigt die myAudi-App, wo es geparkt ist.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'Ältere MMI mit Menütaste haben die Datenschutzeinstellungen im Menü von Audi connect; den Weg nennt die Betriebsanleitung Ihres Fahrzeugs.',
      },
    ],
  },
  'a084d982-0667-4da5-ac2c-8e77e53eb86c': {
    title: 'Audi: Zugriff auf persönliche Daten im Fahrzeug erlauben',
    description:
      'Die Datenschutzeinstellungen Ihres Audi können verhindern, dass er persönliche Daten sendet. Solange das der Fall ist, können Dienste, die auf Ihr myAudi-Konto angewiesen sind, die Daten des Fahrzeugs nicht abrufen.',
    preconditions: [
      'Sie sitzen im Fahrzeug und die Zündung ist eingeschaltet.',
      'Sie sind im MMI als myAudi-Nutzer angemeldet, nicht als lokaler Nutzer oder Gast.',
    ],
    steps: [
      {
        text: 'Schalten Sie die Zündung ein und prüfen Sie, ob Sie mit Ihrem myAudi-Nutzer angemeldet sind.',
        detail:
          'Lokale Nutzer und Gäste können myAudi-Dienste nicht nutzen. Ist Ihr Profil mit einer PIN geschützt, geben Sie Ihre myAudi-PIN ein.',
        place: 'vehicle',
      },
      {
        text: 'Öffnen Sie auf dem MMI-Startbildschirm die Einstellungen und dort den Datenschutz.',
        place: 'vehicle',
      },
      {
        text: 'Erlauben Sie dem Fahrzeug, persönliche Daten zu übertragen.',
        detail:
          'Die Option heißt je nach Modell unterschiedlich. Ziele, die in der Zwischenzeit im Fahrzeug gespeichert wurden, werden dann mit myAudi synchronisiert: Löschen Sie sie vorher, wenn sie nur im Fahrzeug bleiben sollen.',
        place: 'vehicle',
      },
    ],
    successSign: 'Die myAudi-App zeigt die Daten Ihres Fahrzeugs, etwa den Kilometerstand.',
  },
  'adc1ef01-afde-404f-a255-bd487185cc28': {
    title: 'Fahrzeugsoftware auf Softwarepaket 3669 aktualisieren',
    description:
      'Das Softwarepaket 3669 ist ein Update für Ihren Audi, von dem die Ladesteuerung abhängt. Audi veröffentlicht nichts dazu; fragen Sie deshalb einen Audi Servicepartner.',
    preconditions: ['Sie haben die FIN Ihres Fahrzeugs zur Hand.'],
    steps: [
      {
        text: 'Fragen Sie einen Audi Servicepartner, ob das Softwarepaket 3669 oder ein neueres für Ihr Fahrzeug verfügbar ist.',
        detail:
          'Nennen Sie Ihre FIN und fragen Sie, ob es drahtlos kommt oder einen Besuch braucht.',
        place: 'dealer',
      },
      {
        text: 'Halten Sie das Fahrzeug bis dahin online und außerhalb des maximalen Datenschutzes, damit es Updates erhalten kann.',
        detail: 'Auf dem MMI-Startbildschirm in den Einstellungen unter Datenschutz.',
        place: 'vehicle',
      },
    ],
    successSign:
      'Der Servicepartner bestätigt, dass Ihr Fahrzeug das Softwarepaket 3669 oder neuer hat.',
    waiting:
      'Bis ein Servicepartner das Paket installiert hat oder das Fahrzeug es erhalten hat. Audi nennt keine Dauer.',
  },
  '394939c1-70bd-42d9-881f-24d15e3610e2': {
    title: 'Audi connect Dienst „Car Finder“ aktivieren',
    description:
      'Car Finder ist der Audi connect Dienst, der anzeigt, wo Ihr Fahrzeug geparkt ist. Er braucht einen Schlüsselnutzer und eine gültige Lizenz, und das Fahrzeug muss seine Position teilen dürfen.',
    preconditions: [
      'Ihre Audi-Einrichtung ist abgeschlossen und Sie sind der Schlüsselnutzer des Fahrzeugs.',
      'Das Fahrzeug ist nicht im maximalen Datenschutz.',
    ],
    steps: [
      { text: 'Öffnen Sie die myAudi-App und wählen Sie Ihr Fahrzeug aus.', place: 'app' },
      {
        text: 'Prüfen Sie, ob Car Finder unter den Diensten Ihres Fahrzeugs ist und seine Lizenz gilt.',
        detail:
          'Ist sie abgelaufen, verlängern Sie sie in myAudi: Der Dienst funktioniert ab dem nächsten Start des Fahrzeugs.',
        place: 'app',
      },
      {
        text: 'Schalten Sie das Fahrzeug aus: Es sendet seine Parkposition, wenn die Zündung ausgeschaltet wird.',
        detail:
          'Wird das Fahrzeug ohne eingeschaltete Zündung bewegt, etwa abgeschleppt, ist seine neue Position unbekannt.',
        place: 'vehicle',
      },
    ],
    successSign: 'Nachdem Sie das Fahrzeug ausgeschaltet haben, zeigt myAudi, wo es geparkt ist.',
  },
  '27c663b3-a141-4fe8-b6fc-00c0639ba165': {
    title: 'Audi connect Dienst für das Laden aus der Ferne aktivieren',
    description:
      'Mit dem Audi connect Dienst für das Laden aus der Ferne prüfen Sie den Ladestand und starten oder stoppen das Laden von außerhalb des Fahrzeugs. Er braucht einen Schlüsselnutzer und eine gültige Lizenz.',
    preconditions: [
      'Ihre Audi-Einrichtung ist abgeschlossen und Sie sind der Schlüsselnutzer des Fahrzeugs.',
    ],
    steps: [
      { text: 'Öffnen Sie die myAudi-App und wählen Sie Ihr Fahrzeug aus.', place: 'app' },
      {
        text: 'Prüfen Sie, ob das Laden aus der Ferne unter den Diensten Ihres Fahrzeugs ist und seine Lizenz gilt.',
        detail:
          'Gemeint ist nicht der e-tron Charging Service für öffentliches Laden; dafür gibt es einen eigenen Vertrag. Bei neueren Modellen kann der Dienst anders heißen.',
        place: 'app',
      },
      {
        text: 'Ist die Lizenz abgelaufen, verlängern Sie sie in myAudi.',
        detail: 'Ein verlängerter Dienst funktioniert ab dem nächsten Start des Fahrzeugs.',
        place: 'app',
      },
    ],
    successSign:
      'myAudi zeigt den Ladestand, und das Laden lässt sich aus der App starten und stoppen.',
  },
  '5fea0c74-0128-4b74-a7b4-53fef332a7fa': {
    title: 'Audi connect Dienst „Automation“ aktivieren',
    description:
      'Mit „Automation“ ist der Audi connect Dienst hinter den Lade-Timern gemeint. Audi zeigt keinen Dienst dieses Namens; suchen Sie deshalb nach den Lade-Timern.',
    preconditions: [
      'Ihre Audi-Einrichtung ist abgeschlossen und Sie sind der Schlüsselnutzer des Fahrzeugs.',
    ],
    steps: [
      { text: 'Öffnen Sie die myAudi-App und wählen Sie Ihr Fahrzeug aus.', place: 'app' },
      {
        text: 'Prüfen Sie, ob die Lade-Timer unter den Diensten Ihres Fahrzeugs sind und eine Lizenz haben.',
        place: 'app',
      },
      {
        text: 'Ist die Lizenz abgelaufen, verlängern Sie sie in myAudi.',
        detail: 'Ein verlängerter Dienst funktioniert ab dem nächsten Start des Fahrzeugs.',
        place: 'app',
      },
    ],
    successSign: 'Lade-Timer lassen sich in myAudi einstellen und kommen im Fahrzeug an.',
    alternatives: [
      {
        case: 'otherModel',
        text: 'Plug-in-Hybride haben die Timer auch im Fahrzeug, im Fahrzeugmenü unter Laden und Effizienz. Sie wirken nur, solange das zeitgesteuerte Laden aktiv ist.',
      },
    ],
  },
  '94b650dc-ec11-4558-930c-27bb09a42efc': {
    title: 'Fahrzeug auf Softwarepaket ME3.1 aktualisieren',
    description:
      'ME3.1 ist ein Softwarepaket für Ihren ŠKODA, von dem die Ladesteuerung abhängt. Fahrzeuge mit ME3.0 erhalten es drahtlos, sobald sie einige Bedingungen erfüllen.',
    preconditions: [
      'Das Fahrzeug hat bereits ME3.0: Ein Fahrzeug mit ME2.x erhält ME3 nur bei einem ŠKODA Servicepartner.',
      'Im Fahrzeug ist der Online-Modus eingeschaltet.',
      'Die Hochvoltbatterie ist zu mindestens 50 % geladen und das Fahrzeug lädt gerade nicht.',
      'Das Fahrzeug steht an einem Ort mit Mobilfunkempfang, nicht in einer Tiefgarage.',
    ],
    steps: [
      {
        text: 'Stellen Sie sicher, dass Sie der Hauptnutzer des Fahrzeugs sind.',
        detail:
          'Das Fahrzeug muss in Ihrer MyŠkoda-App erscheinen und Sie im Fahrzeug unter Menü > Benutzer. Ist das nicht der Fall, fügen Sie die FIN in Ihrer Garage in der MyŠkoda-App hinzu und folgen Sie den Schritten.',
        place: 'app',
      },
      {
        text: 'Prüfen Sie im Fahrzeug unter Menü > Benutzer > Einstellungen, ob der Online-Modus eingeschaltet ist.',
        detail: 'Bei laufendem Fahrzeug leuchtet die Leuchte am SOS-Modul in der Dachkonsole grün.',
        place: 'vehicle',
      },
      {
        text: 'Schalten Sie das Fahrzeug aus und achten Sie auf dem Bildschirm, der beim Ausschalten erscheint, auf den Hinweis zum Update.',
        detail:
          'Updates werden schrittweise verteilt, es kann also eine Weile dauern. Dort können Sie das Update auch verschieben.',
        place: 'vehicle',
      },
      {
        text: 'Drücken Sie auf „Installieren“, steigen Sie dann aus und verriegeln Sie das Fahrzeug innerhalb von 10 Minuten.',
        detail:
          'Während der Installation kann das Fahrzeug nicht gefahren werden. Wenn Sie es entriegeln, verriegeln Sie es innerhalb von 2 Minuten wieder, sonst wird das Update nicht abgeschlossen.',
        place: 'vehicle',
      },
      {
        text: 'Haben Sie an einer öffentlichen Ladestation geladen, starten Sie den Ladevorgang nach dem Update erneut.',
        detail: 'Eine Wallbox zu Hause setzt das Laden von selbst fort.',
        place: 'vehicle',
      },
      {
        text: 'Wird das Update nicht angeboten, wenden Sie sich an einen ŠKODA Servicepartner.',
        place: 'dealer',
      },
    ],
    successSign:
      'Nach der Installation zeigt das Infotainmentsystem die Hinweise zur neuen Version bei den weiteren Informationen.',
    waiting:
      'Updates werden schrittweise verteilt, und während der Installation steht das Fahrzeug. ŠKODA nennt keine Dauer.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'Ein Fahrzeug mit ME2.x, etwa ein früher Enyaq, erhält sein ME3-Update bei einem ŠKODA Servicepartner; der Besuch dauert mehrere Stunden. Danach kommen Updates drahtlos.',
      },
    ],
  },
  '88511fef-9e94-4a7b-a1bc-926b06c0e455': {
    title: 'Dienst für die Parkposition aktivieren',
    description:
      'Der Online-Dienst für die Parkposition zeigt, wo Ihr ŠKODA geparkt ist. Das Fahrzeug teilt seine Position nur, wenn seine Schutzebene das erlaubt und der Dienst eingeschaltet ist.',
    preconditions: [
      'Ihr Fahrzeug ist in Ihrer MyŠkoda-App hinterlegt und seine Online-Dienste sind aktiv.',
      'Sie sitzen im Fahrzeug und das Infotainmentsystem ist eingeschaltet.',
    ],
    steps: [
      {
        text: 'Stellen Sie im Fahrzeug die Schutzebene für personenbezogene Daten auf die Stufe, in der Ihr Standort geteilt wird.',
        detail:
          'In der Benutzerverwaltung, bei den Einstellungen zu Privatsphäre und Diensten. Bei jeder anderen Stufe erscheint die Position nicht in der App.',
        place: 'vehicle',
      },
      {
        text: 'Setzen Sie in der Liste der Online-Dienste das Häkchen beim Dienst für die Parkposition.',
        detail:
          'Im Menü von ŠKODA Connect, bei Privatsphäre und Diensten. Die Liste zeigt auch, wann die Lizenz jedes Dienstes endet.',
        place: 'vehicle',
      },
      {
        text: 'Schalten Sie das Fahrzeug aus und prüfen Sie dann, ob die MyŠkoda-App zeigt, wo es geparkt ist.',
        place: 'app',
      },
    ],
    successSign:
      'Nachdem Sie das Fahrzeug das nächste Mal ausgeschaltet haben, zeigt MyŠkoda die letzte Parkposition.',
    alternatives: [
      {
        case: 'otherModel',
        text: 'Enyaq und Elroq: Die Datenschutzeinstellungen liegen unter Menü > Benutzer > Einstellungen. Schalten Sie dort den Online-Modus und das Teilen des Standorts ein; ŠKODA veröffentlicht die Namen der Stufen nicht.',
      },
    ],
  },
};
