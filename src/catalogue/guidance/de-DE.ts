import type { GuidanceModule } from '../types.js';

/**
 * The bundled de-DE guidance, by intervention id: the en-US guidance in German, step for step.
 * Menu paths and button labels stay as en-US writes them unless the maker facts give the German
 * label, since the car may show English labels and a guessed German one would send owners looking
 * for a menu that does not exist. Service names with no known German label stay English in „…“.
 */
export const guidanceDeDE: GuidanceModule = {
  '06197b76-966e-414a-b174-7a00cde49f30': {
    title: 'FordPass Connect aktivieren',
    description:
      'FordPass Connect ist das in Ihren Ford eingebaute Modem. Solange Sie es nicht in der FordPass-App aktivieren und im Fahrzeug bestätigen, sendet das Fahrzeug nur grundlegende Wartungsdaten und ist aus der Ferne nicht erreichbar.',
    preconditions: [
      'Ihr Fahrzeug verfügt über ein eingebautes Modem für FordPass Connect.',
      'Das Fahrzeug ist in der FordPass-App unter My Vehicles aufgeführt.',
      'Ihr Smartphone und das Fahrzeug haben beide guten Mobilfunkempfang.',
    ],
    steps: [
      { text: 'Öffnen Sie die FordPass-App und wählen Sie Ihr Fahrzeug aus.', place: 'app' },
      {
        text: 'Tippen Sie auf Activate Vehicle und dann auf das Symbol Activate.',
        detail: 'In neueren Versionen der App heißt die Schaltfläche Connect to Vehicle.',
        place: 'app',
      },
      {
        text: 'Starten Sie das Fahrzeug im Freien und lassen Sie es in der Parkstellung P laufen.',
        detail:
          'Der Zubehörmodus reicht nicht aus. Auf freier Fläche hat das Fahrzeug besseren Empfang.',
        place: 'vehicle',
      },
      {
        text: 'Drücken Sie auf Allow, sobald die Abfrage auf dem SYNC-Bildschirm erscheint.',
        detail: 'Bis die Abfrage erscheint, können bis zu 10 Minuten vergehen.',
        place: 'vehicle',
      },
      {
        text: 'Prüfen Sie, ob in der App unter Vehicle Controls jetzt Fernbefehle angezeigt werden.',
        detail:
          'Springt die App nach 90 Sekunden zurück auf Activate Vehicle, versuchen Sie es erneut. Nach drei erfolglosen Versuchen wenden Sie sich in der App über Account > Help an Ford.',
        place: 'app',
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
        text: 'Melden Sie sich im Webbrowser bei myVolkswagen oder in der Volkswagen-App an.',
        detail: 'Noch keine Volkswagen ID? Wählen Sie Login or register, um eine anzulegen.',
        place: 'web',
      },
      {
        text: 'Öffnen Sie Ihr Profil: Profile & settings > Volkswagen ID > Adapt data.',
        place: 'web',
      },
      {
        text: 'Ergänzen Sie fehlende Angaben wie Name, Adresse und Telefonnummer und speichern Sie.',
        place: 'web',
      },
      {
        text: 'Öffnen Sie Privacy settings and consents und stimmen Sie allen noch offenen Bedingungen zu.',
        place: 'web',
      },
    ],
  },
  '644d2a0f-6774-489b-b57d-07cf00261467': {
    title: 'Online-Dienst Car-Net im Fahrzeug aktivieren',
    description:
      'Car-Net ist das Paket der Online-Dienste von Volkswagen für Ihr Fahrzeug; in manchen Ländern heißt es We Connect oder VW Connect. Es muss für Ihr Fahrzeug eingeschaltet sein, bevor das Fahrzeug Daten teilt.',
    preconditions: [
      'Sie haben eine Volkswagen ID.',
      'Sie haben die Fahrzeug-Identifizierungsnummer (FIN) Ihres Fahrzeugs zur Hand.',
    ],
    steps: [
      {
        text: 'Öffnen Sie die Volkswagen-App und melden Sie sich mit Ihrer Volkswagen ID an.',
        detail: 'In Nordamerika heißt die App myVW.',
        place: 'app',
      },
      {
        text: 'Fügen Sie Ihr Fahrzeug hinzu: Tippen Sie in der Fahrzeugübersicht auf das Fahrzeugsymbol mit dem Pluszeichen.',
        detail: 'Geben Sie die FIN ein oder scannen Sie sie, und bestätigen Sie.',
        place: 'app',
      },
      {
        text: 'Legen Sie eine S-PIN fest, wenn die App danach fragt.',
        detail:
          'Verwenden Sie vier Ziffern, die nicht alle gleich sind und keine einfache Folge wie 1234 bilden.',
        place: 'app',
      },
      {
        text: 'Folgen Sie den Anweisungen in der App, um die Online-Dienste zu aktivieren.',
        place: 'app',
      },
      {
        text: 'Achten Sie im Fahrzeug darauf, dass die Online-Dienste eingeschaltet sind und der Offline-Modus ausgeschaltet ist.',
        detail:
          'Setzen Sie das Infotainmentsystem nicht auf die Werkseinstellungen zurück: Dadurch wird das Fahrzeug aus Ihrem Konto entfernt.',
        place: 'vehicle',
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
        text: 'Tippen Sie im Infotainmentsystem auf Systemeinstellungen > Connect to VW Connect.',
        detail:
          'Bei älteren Systemen finden Sie die Funktion stattdessen unter User oder Manage users.',
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
  },
  'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9': {
    title: 'Dienste von We Connect abonnieren',
    description:
      'We Connect, inzwischen VW Connect genannt, braucht einen eigenen Vertrag mit Volkswagen, getrennt von Ihrer Volkswagen ID. Ohne aktive Lizenz teilt das Fahrzeug keine Daten.',
    preconditions: ['Sie haben eine Volkswagen ID.', 'Ihr Fahrzeug ist Ihrem Konto hinzugefügt.'],
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
        text: 'Schließen Sie den Vertrag für We Connect oder VW Connect ab, auf Wunsch mit Plus.',
        detail:
          'Registrieren Sie sich innerhalb von 90 Tagen nach der Fahrzeugübergabe, um den gesamten kostenlosen Zeitraum zu nutzen.',
        place: 'app',
      },
      {
        text: 'Eine abgelaufene Lizenz verlängern Sie im Volkswagen Connect Shop.',
        detail:
          'Sie können sie auch im In-Car Shop im Infotainmentsystem kaufen. Einen Gutschein eines Volkswagen Partners geben Sie beim Bezahlen als Code ein.',
        place: 'web',
      },
    ],
  },
  'b9acf87e-d7c8-426b-80a7-c925b5b90d6f': {
    title: 'Fahrzeug auf ID. Software 3.0 aktualisieren',
    description:
      'ID. Software 3.0 ist ein kostenloses Software-Update für die ID. Modelle von Volkswagen. Ihr Fahrzeug braucht es, damit sich das Laden von außerhalb des Fahrzeugs planen lässt.',
    preconditions: [
      'Im Fahrzeug ist der Online-Modus eingeschaltet.',
      'Die Datenschutzeinstellungen im Fahrzeug erlauben die Datenübertragung.',
    ],
    steps: [
      {
        text: 'Schalten Sie das Fahrzeug in seinen Datenschutzeinstellungen in den Online-Modus.',
        place: 'vehicle',
      },
      {
        text: 'Fahren Sie wie gewohnt, während das Update im Hintergrund heruntergeladen wird.',
        detail: 'Der Download ist kostenlos.',
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
        text: 'Wird das Update nie angeboten oder wurde es zu oft abgelehnt, vereinbaren Sie einen Werkstatttermin.',
        place: 'dealer',
      },
    ],
  },
  '9e9af174-03ad-4448-9092-b2988b10cdb0': {
    title: 'Online-Dienst „Parking Position“ aktivieren',
    description:
      '„Parking Position“ ist der Online-Dienst von Volkswagen, der anzeigt, wo Ihr Fahrzeug geparkt ist. Der Dienst muss eingeschaltet sein und das Fahrzeug muss seinen Standort teilen, bevor sich seine Position abrufen lässt.',
    preconditions: [
      'Ihr Fahrzeug ist in Ihrem Volkswagen-Konto hinterlegt und seine Online-Dienste sind aktiv.',
      'Die Personen, die das Fahrzeug nutzen, sind damit einverstanden, dass sein Standort geteilt wird.',
    ],
    steps: [
      {
        text: 'Öffnen Sie im Fahrzeug die Datenschutzeinstellungen und schalten Sie Send location data ein.',
        detail:
          'Bei ID. Modellen: HOME > Privacy settings. Jeder Nutzer des Fahrzeugs legt das für sich selbst fest.',
        place: 'vehicle',
      },
      { text: 'Öffnen Sie die Volkswagen-App und wählen Sie Ihr Fahrzeug aus.', place: 'app' },
      {
        text: 'Suchen Sie „Parking Position“ in der Liste der Dienste und schalten Sie den Dienst ein.',
        detail: 'Wird der Dienst als abgelaufen angezeigt, verlängern Sie zuerst seine Lizenz.',
        place: 'app',
      },
    ],
  },
  '3e861d64-9c00-4c97-9475-a1b4a9881e79': {
    title: 'Online-Dienst „Charging“ aktivieren',
    description:
      '„Charging“ ist der Online-Dienst von Volkswagen, der den Ladestand meldet und mit dem Sie das Laden von außerhalb des Fahrzeugs starten und stoppen. Er muss für Ihr Fahrzeug eingeschaltet und lizenziert sein.',
    preconditions: [
      'Ihr Fahrzeug ist in Ihrem Volkswagen-Konto hinterlegt und seine Online-Dienste sind aktiv.',
      'Das Fahrzeug ist im Online-Modus.',
    ],
    steps: [
      {
        text: 'Vergewissern Sie sich, dass das Fahrzeug nicht im Offline-Modus ist.',
        detail: 'Im Offline-Modus funktioniert keiner der Online-Dienste.',
        place: 'vehicle',
      },
      { text: 'Öffnen Sie die Volkswagen-App und wählen Sie Ihr Fahrzeug aus.', place: 'app' },
      {
        text: 'Suchen Sie „Charging“ in der Liste der Dienste und schalten Sie den Dienst ein.',
        detail: 'Wird der Dienst als abgelaufen angezeigt, verlängern Sie zuerst seine Lizenz.',
        place: 'app',
      },
    ],
  },
  '4099b5db-b050-40df-a1bb-e3633bf14d1f': {
    title: 'Online-Dienst „Departure times“ aktivieren',
    description:
      '„Departure times“ ist der Online-Dienst von Volkswagen für zeitgesteuertes Laden, damit Ihr Fahrzeug bereit ist, wenn Sie losfahren. Er muss eingeschaltet und lizenziert sein, bevor sich das Laden planen lässt.',
    preconditions: [
      'Ihr Fahrzeug ist in Ihrem Volkswagen-Konto hinterlegt und seine Online-Dienste sind aktiv.',
      'Das Fahrzeug ist im Online-Modus.',
    ],
    steps: [
      {
        text: 'Vergewissern Sie sich, dass das Fahrzeug nicht im Offline-Modus ist.',
        detail: 'Im Offline-Modus funktioniert keiner der Online-Dienste.',
        place: 'vehicle',
      },
      { text: 'Öffnen Sie die Volkswagen-App und wählen Sie Ihr Fahrzeug aus.', place: 'app' },
      {
        text: 'Suchen Sie „Departure times“ in der Liste der Dienste und schalten Sie den Dienst ein.',
        detail: 'Wird der Dienst als abgelaufen angezeigt, verlängern Sie zuerst seine Lizenz.',
        place: 'app',
      },
    ],
  },
  '392fef50-5468-47a0-aa51-0a1b23966585': {
    title: 'GPS-Ortung im Fahrzeug aktivieren',
    description:
      'Bei Ihrem BMW legen Sie Dienst für Dienst fest, welche Daten das Fahrzeug sendet. Ist die Übertragung von Standortdaten in den Datenschutzeinstellungen ausgeschaltet, kann das Fahrzeug seine Position nicht teilen.',
    preconditions: [
      'Das Fahrzeug steht: Während der Fahrt lässt sich diese Einstellung nicht ändern.',
      'Sie sitzen im Fahrzeug und iDrive ist eingeschaltet.',
    ],
    steps: [
      {
        text: 'Parken Sie das Fahrzeug und schalten Sie iDrive ein.',
        place: 'vehicle',
      },
      {
        text: 'Öffnen Sie die Einstellungen unter Data privacy.',
        detail:
          'iDrive 7: CAR > Settings > General settings > Data privacy. iDrive 8: Apps menu > Vehicle > System settings > Data privacy. iDrive 8.5 und 9: Apps menu > All > Data privacy.',
        place: 'vehicle',
      },
      {
        text: 'Erlauben Sie dem Fahrzeug, seinen Standort zu senden.',
        detail:
          'Der Eintrag heißt je nach Modell unterschiedlich. Löschen Sie hier keine persönlichen Daten: Dadurch wird das Fahrzeug aus der My BMW App entfernt.',
        place: 'vehicle',
      },
      {
        text: 'Prüfen Sie in der My BMW App, ob Ihr Fahrzeug jetzt seine Position anzeigt.',
        place: 'app',
      },
    ],
  },
  '4802fd2c-4369-4914-a625-c3885d594cf8': {
    title: 'SEAT CONNECT abonnieren',
    description:
      'SEAT CONNECT ist das Paket an Online-Diensten, das Ihren SEAT mit der My SEAT App verbindet. Das Fahrzeug braucht ein aktives Abonnement für SEAT CONNECT, bevor es Daten teilt.',
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
        detail: 'Dienste können Sie auch im InCar Store im Infotainmentsystem kaufen.',
        place: 'app',
      },
      {
        text: 'Werden Sie im Fahrzeug Hauptnutzer: HOME > User management > Become a main user.',
        detail:
          'Drücken Sie bei eingeschalteter Zündung und eingeschaltetem Infotainmentsystem die Entriegelungstaste zuerst am einen Schlüssel, dann am anderen. Eventuell werden Sie gebeten, eine S-PIN anzulegen.',
        place: 'vehicle',
      },
      {
        text: 'Zeigt die App stattdessen einen Kopplungscode an, geben Sie ihn im Fahrzeug in den Einstellungen von SEAT CONNECT ein.',
        place: 'vehicle',
      },
    ],
  },
  '4245f5e6-e806-4de4-bb65-8673adecea83': {
    title: 'Fahrzeug mit dem Konto verknüpfen',
    description:
      'Ihr Renault teilt erst dann Daten, wenn er mit Ihrem Konto bei My Renault verknüpft ist und seine vernetzten Dienste aktiviert sind. Außerdem muss das Fahrzeug selbst das Teilen von Daten erlauben.',
    preconditions: [
      'Sie haben ein Konto bei My Renault.',
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
          'Legen Sie eine My Renault PIN fest, wenn Sie dazu aufgefordert werden: Sie schützt die vernetzten Dienste.',
        place: 'app',
      },
      {
        text: 'Erlauben Sie im Fahrzeug das Teilen von Daten.',
        detail:
          'openR link: Wählen Sie bei der Einrichtung Accept all, oder wählen Sie Customise und lassen Sie My Renault eingeschaltet. Easy Link: Drücken Sie Connection und dann Activate.',
        place: 'vehicle',
      },
      {
        text: 'Wählen Sie ON, wenn das Fahrzeug beim Start nach der Datenerfassung fragt.',
        detail: 'Wenn Sie OFF wählen, werden die vernetzten Dienste ausgesetzt.',
        place: 'vehicle',
      },
      {
        text: 'Warten Sie, bis die Aktivierung abgeschlossen ist.',
        detail: 'Das kann bis zu 72 Stunden dauern; so lange ist Connection nicht verfügbar.',
        place: 'vehicle',
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
        text: 'Öffnen Sie die Aktivierungs-E-Mail von Porsche und wählen Sie Continue to activation.',
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
        text: 'Öffnen Sie die My Porsche App und suchen Sie den Kopplungscode für Ihr Fahrzeug.',
        place: 'app',
      },
      {
        text: 'Schalten Sie im Fahrzeug den Privacy Mode aus und stellen Sie sicher, dass das Fahrzeug online ist.',
        detail:
          'Manche Modelle brauchen dafür WLAN, einen Hotspot Ihres Smartphones oder eine SIM-Karte, einzurichten unter Settings > Device Manager > Data.',
        place: 'vehicle',
      },
      {
        text: 'Melden Sie sich im Fahrzeug mit Ihrer Porsche ID an und geben Sie den Kopplungscode ein.',
        detail:
          'Bei älteren PCM-Systemen: APPS > Options > Porsche ID settings > Link new Porsche ID.',
        place: 'vehicle',
      },
    ],
  },
  'c88c2df3-9d75-46d0-8334-0e5b424bc237': {
    title: 'Fahrzeug in Mercedes me hinzufügen und aktivieren',
    description:
      'Ihr Mercedes-Benz muss Ihrer Mercedes me ID hinzugefügt und seine Connect-Dienste müssen aktiviert sein, bevor er Daten teilt.',
    preconditions: [
      'Sie haben eine Mercedes me ID.',
      'Sie haben die FIN Ihres Fahrzeugs zur Hand.',
      'Mercedes me connect wird in Ihrem Land angeboten.',
    ],
    steps: [
      {
        text: 'Öffnen Sie die Mercedes me App und melden Sie sich mit Ihrer Mercedes me ID an.',
        place: 'app',
      },
      {
        text: 'Verknüpfen Sie Ihr Fahrzeug mit Ihrem Konto, indem Sie seine Daten eingeben, etwa die FIN.',
        place: 'app',
      },
      {
        text: 'Öffnen Sie den Mercedes me Store und aktivieren Sie die Connect-Dienste für Ihr Fahrzeug.',
        detail: 'Dort können Sie abgelaufene Dienste auch verlängern oder neu kaufen.',
        place: 'app',
      },
      {
        text: 'Werden keine Dienste angeboten, lassen Sie das Notrufsystem in einer Mercedes-Benz Werkstatt prüfen.',
        detail: 'Solange es deaktiviert ist, funktionieren die Connect-Dienste nicht.',
        place: 'dealer',
      },
    ],
  },
  'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe': {
    title: '„Mobile Access“ im Fahrzeug aktivieren',
    description:
      '„Mobile Access“ ist die Einstellung in Ihrem Tesla, über die Apps das Fahrzeug über das Internet erreichen. Solange sie ausgeschaltet ist, lassen sich der Ladestand und andere Daten des Fahrzeugs nicht abrufen.',
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
        text: 'Tippen Sie auf dem Touchscreen im Fahrzeug auf Controls > Safety.',
        place: 'vehicle',
      },
      { text: 'Schalten Sie Allow Mobile Access ein.', place: 'vehicle' },
      { text: 'Prüfen Sie in der Tesla-App, ob das Fahrzeug reagiert.', place: 'app' },
    ],
  },
  'faea347c-1274-4764-90df-75102f40a454': {
    title: 'Audi-Einrichtung abschließen',
    description:
      'Audi connect Dienste brauchen ein verifiziertes myAudi-Konto, in dem Ihr Fahrzeug hinterlegt ist, und Sie als Schlüsselnutzer des Fahrzeugs. Der Schlüsselnutzer erhält automatisch Fernzugriff.',
    preconditions: [
      'Sie haben ein myAudi-Konto oder sind bereit, eines anzulegen.',
      'Niemand sonst ist als Schlüsselnutzer des Fahrzeugs eingetragen.',
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
          'Alternativ ist die Verifizierung per Videoanruf mit dem Kundenservice oder bei einem Audi Servicepartner möglich; dann bleiben jedoch einige Dienste bis zu Ihrem Besuch gesperrt. Kommt der Code nicht an, sehen Sie in Ihrem Spam-Ordner nach.',
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
          'Neuere Fahrzeuge: Folgen Sie den Anweisungen in der myAudi-App. Älteres MMI: Wählen Sie MENU > Audi connect, drücken Sie die rechte Steuertaste und wählen Sie dann Audi connect user management > Primary user > Set primary user. Geben Sie Ihren myAudi-Benutzernamen und den 10-stelligen Fahrzeugcode ein.',
        place: 'vehicle',
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
        text: 'Öffnen Sie auf dem MMI-Startbildschirm SETTINGS > Privacy.',
        detail:
          'Tippen Sie in der Statusleiste auf das Datenschutzsymbol, um zu sehen, was die aktuelle Einstellung bedeutet.',
        place: 'vehicle',
      },
      {
        text: 'Verlassen Sie den maximalen Datenschutz und erlauben Sie dem Fahrzeug, seine Position zu teilen.',
        detail:
          'Die Option heißt je nach Modell unterschiedlich. Ein Fahrzeug, das im maximalen Datenschutz bleibt, erhält außerdem keine Sicherheitsupdates.',
        place: 'vehicle',
      },
      {
        text: 'Schalten Sie das Fahrzeug aus und prüfen Sie dann in der myAudi-App, ob seine Parkposition angezeigt wird.',
        detail: 'Das Fahrzeug sendet seine Position, wenn die Zündung ausgeschaltet wird.',
        place: 'app',
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
      { text: 'Öffnen Sie auf dem MMI-Startbildschirm SETTINGS > Privacy.', place: 'vehicle' },
      {
        text: 'Erlauben Sie dem Fahrzeug, persönliche Daten zu senden.',
        detail:
          'Ziele, die in der Zwischenzeit im Fahrzeug gespeichert wurden, werden dann mit myAudi synchronisiert. Löschen Sie sie vorher, wenn sie nur im Fahrzeug bleiben sollen.',
        place: 'vehicle',
      },
    ],
  },
  'adc1ef01-afde-404f-a255-bd487185cc28': {
    title: 'Fahrzeugsoftware auf Softwarepaket 3669 aktualisieren',
    description:
      'Das Softwarepaket 3669 ist ein Update für Ihren Audi. Ihr Fahrzeug braucht es, damit sich das Laden von außerhalb des Fahrzeugs steuern lässt.',
    preconditions: ['Das Fahrzeug ist online und nicht im maximalen Datenschutz.'],
    steps: [
      {
        text: 'Stellen Sie sicher, dass das Fahrzeug online und nicht im maximalen Datenschutz ist.',
        detail: 'Auf dem MMI-Startbildschirm: SETTINGS > Privacy.',
        place: 'vehicle',
      },
      {
        text: 'Bietet das Fahrzeug das Update an, folgen Sie den Anweisungen auf seinem Bildschirm, um es zu installieren.',
        place: 'vehicle',
      },
      {
        text: 'Wird das Update nicht angeboten, lassen Sie es von einem Audi Servicepartner installieren.',
        place: 'dealer',
      },
    ],
  },
  '394939c1-70bd-42d9-881f-24d15e3610e2': {
    title: 'Connect-Dienst „Car finder“ aktivieren',
    description:
      '„Car finder“ ist der Audi connect Dienst, der anzeigt, wo Ihr Fahrzeug geparkt ist. Er braucht einen Schlüsselnutzer und eine aktive Lizenz, und das Fahrzeug muss seine Position teilen dürfen.',
    preconditions: [
      'Ihre Audi-Einrichtung ist abgeschlossen und Sie sind der Schlüsselnutzer des Fahrzeugs.',
      'Das Fahrzeug ist nicht im maximalen Datenschutz.',
    ],
    steps: [
      { text: 'Öffnen Sie die myAudi-App und wählen Sie Ihr Fahrzeug aus.', place: 'app' },
      {
        text: 'Suchen Sie „Car finder“ unter den Diensten Ihres Fahrzeugs und schalten Sie den Dienst ein.',
        detail: 'Ist seine Lizenz abgelaufen, verlängern Sie sie in myAudi.',
        place: 'app',
      },
      {
        text: 'Schalten Sie das Fahrzeug aus: Es sendet seine Parkposition, wenn die Zündung ausgeschaltet wird.',
        detail:
          'Wird das Fahrzeug ohne eingeschaltete Zündung bewegt, etwa abgeschleppt, ist seine neue Position unbekannt.',
        place: 'vehicle',
      },
    ],
  },
  '27c663b3-a141-4fe8-b6fc-00c0639ba165': {
    title: 'Connect-Dienst „Remote Charging“ aktivieren',
    description:
      '„Remote Charging“ ist der Audi connect Dienst, mit dem Sie den Ladestand prüfen und das Laden von außerhalb des Fahrzeugs starten oder stoppen. Er braucht einen Schlüsselnutzer und eine aktive Lizenz.',
    preconditions: [
      'Ihre Audi-Einrichtung ist abgeschlossen und Sie sind der Schlüsselnutzer des Fahrzeugs.',
    ],
    steps: [
      { text: 'Öffnen Sie die myAudi-App und wählen Sie Ihr Fahrzeug aus.', place: 'app' },
      {
        text: 'Suchen Sie „Remote Charging“ unter den Diensten Ihres Fahrzeugs und schalten Sie den Dienst ein.',
        detail:
          'Gemeint ist nicht der e-tron Charging Service für öffentliches Laden; dafür gibt es einen eigenen Vertrag.',
        place: 'app',
      },
      {
        text: 'Ist die Lizenz abgelaufen, verlängern Sie sie in myAudi.',
        detail: 'Ein verlängerter Dienst funktioniert ab dem nächsten Start des Fahrzeugs.',
        place: 'app',
      },
    ],
  },
  '5fea0c74-0128-4b74-a7b4-53fef332a7fa': {
    title: 'Connect-Dienst „Automation“ aktivieren',
    description:
      '„Automation“ ist der Audi connect Dienst hinter den Lade-Timern. Er muss eingeschaltet sein und eine aktive Lizenz haben, bevor sich das Laden planen lässt.',
    preconditions: [
      'Ihre Audi-Einrichtung ist abgeschlossen und Sie sind der Schlüsselnutzer des Fahrzeugs.',
    ],
    steps: [
      { text: 'Öffnen Sie die myAudi-App und wählen Sie Ihr Fahrzeug aus.', place: 'app' },
      {
        text: 'Suchen Sie „Automation“ unter den Diensten Ihres Fahrzeugs und schalten Sie den Dienst ein.',
        place: 'app',
      },
      {
        text: 'Ist die Lizenz abgelaufen, verlängern Sie sie in myAudi.',
        detail: 'Ein verlängerter Dienst funktioniert ab dem nächsten Start des Fahrzeugs.',
        place: 'app',
      },
    ],
  },
  '94b650dc-ec11-4558-930c-27bb09a42efc': {
    title: 'Fahrzeug auf Softwarepaket ME3.1 aktualisieren',
    description:
      'ME3.1 ist ein Softwarepaket für Ihren ŠKODA, von dem die Ladesteuerung abhängt. Es wird per Over-the-Air-Update installiert, sobald das Fahrzeug einige Bedingungen erfüllt.',
    preconditions: [
      'Im Fahrzeug ist der Online-Modus eingeschaltet.',
      'Die Hochvoltbatterie ist zu mindestens 50 % geladen und das Fahrzeug lädt gerade nicht.',
      'Das Fahrzeug steht an einem Ort mit Mobilfunkempfang, nicht in einer Tiefgarage.',
    ],
    steps: [
      {
        text: 'Stellen Sie sicher, dass Sie der Hauptnutzer des Fahrzeugs sind.',
        detail:
          'Das Fahrzeug muss in Ihrer MyŠkoda-App erscheinen und Sie im Fahrzeug unter Menu > Users. Ist das nicht der Fall, fügen Sie die FIN in der MyŠkoda-App unter Garage hinzu und folgen Sie den Schritten.',
        place: 'app',
      },
      {
        text: 'Prüfen Sie im Fahrzeug unter Menu > Users > Settings, ob der Online-Modus eingeschaltet ist.',
        detail:
          'Bei eingeschaltetem Fahrzeug leuchtet die Kontrollleuchte am SOS-Modul in der Dachkonsole grün.',
        place: 'vehicle',
      },
      {
        text: 'Schalten Sie das Fahrzeug aus und achten Sie auf dem Goodbye-Bildschirm auf den Hinweis zum Update.',
        detail:
          'Updates werden schrittweise verteilt, es kann also eine Weile dauern. Mit Cancel verschieben Sie das Update.',
        place: 'vehicle',
      },
      {
        text: 'Drücken Sie auf Install, steigen Sie dann aus und verriegeln Sie das Fahrzeug innerhalb von 10 Minuten.',
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
  },
  '88511fef-9e94-4a7b-a1bc-926b06c0e455': {
    title: 'Dienst „Parking Position“ aktivieren',
    description:
      '„Parking Position“ ist der Online-Dienst von ŠKODA, der anzeigt, wo Ihr Fahrzeug geparkt ist. Das Fahrzeug teilt seine Position nur, wenn seine Datenschutzstufe das erlaubt und der Dienst eingeschaltet ist.',
    preconditions: [
      'Ihr Fahrzeug ist in Ihrer MyŠkoda-App hinterlegt und seine Online-Dienste sind aktiv.',
      'Sie sitzen im Fahrzeug und das Infotainmentsystem ist eingeschaltet.',
    ],
    steps: [
      {
        text: 'Stellen Sie im Fahrzeug die Datenschutzstufe auf Share my location.',
        detail:
          'User management > Set-up > Privacy and service management. Beim Enyaq: Menu > Users > Settings. Bei jeder anderen Stufe erscheint die Position nicht in der App.',
        place: 'vehicle',
      },
      {
        text: 'Setzen Sie in der Liste der Online-Dienste das Häkchen beim Dienst für die Parkposition.',
        detail:
          'ŠKODA Connect (Online Services) > Privacy and services. Die Liste zeigt auch, wann die Lizenz jedes Dienstes endet.',
        place: 'vehicle',
      },
      {
        text: 'Öffnen Sie die MyŠkoda-App und prüfen Sie, ob sie anzeigt, wo Ihr Fahrzeug geparkt ist.',
        place: 'app',
      },
    ],
  },
};
