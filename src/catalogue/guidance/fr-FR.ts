import type { GuidanceModule } from '../types.js';

/**
 * The bundled fr-FR guidance, by intervention id, step for step with en-US. Menu paths and button
 * labels stay as the car or app shows them (in English where no French label is known); single
 * labels and service names in running text are set in guillemets. French typography: a no-break
 * space (U+00A0) before `:`, `;`, `?`, `!` and `%`, and inside guillemets.
 */
export const guidanceFrFR: GuidanceModule = {
  '06197b76-966e-414a-b174-7a00cde49f30': {
    title: 'Activer FordPass Connect',
    description:
      'FordPass Connect est le modem intégré à votre Ford. Tant que vous ne l’avez pas activé dans l’application FordPass et confirmé dans la voiture, celle-ci n’envoie que des données d’entretien de base et reste injoignable à distance.',
    preconditions: [
      'Votre voiture est équipée d’un modem FordPass Connect intégré.',
      'La voiture apparaît sous « My Vehicles » dans l’application FordPass.',
      'Votre téléphone et la voiture captent tous deux bien le réseau mobile.',
    ],
    steps: [
      { text: 'Ouvrez l’application FordPass et sélectionnez votre voiture.', place: 'app' },
      {
        text: 'Appuyez sur « Activate Vehicle », puis sur l’icône « Activate ».',
        detail:
          'Dans les versions récentes de l’application, ce bouton s’appelle « Connect to Vehicle ».',
        place: 'app',
      },
      {
        text: 'Démarrez la voiture et laissez-la en marche en position P, dans un endroit dégagé.',
        detail:
          'Le mode accessoires ne suffit pas. Un espace dégagé aide la voiture à bien capter le signal.',
        place: 'vehicle',
      },
      {
        text: 'Appuyez sur « Allow » quand le message s’affiche sur l’écran SYNC.',
        detail: 'Le message peut mettre jusqu’à 10 minutes à s’afficher.',
        place: 'vehicle',
      },
      {
        text: 'Vérifiez que les commandes à distance apparaissent désormais sous « Vehicle Controls » dans l’application.',
        detail:
          'Si l’application revient à « Activate Vehicle » au bout de 90 secondes, réessayez. Après trois échecs, contactez Ford depuis Account > Help dans l’application.',
        place: 'app',
      },
    ],
  },
  '0defa374-8a1a-4eb1-a85f-b7cb09501097': {
    title: 'Compléter votre profil Volkswagen',
    description:
      'Votre Volkswagen ID est l’identifiant unique de toutes les applications et de tous les services Volkswagen. Son profil doit être complet pour que vous puissiez commander ou utiliser un service en ligne pour votre voiture.',
    preconditions: [
      'Vous avez atteint l’âge de la majorité.',
      'Vous connaissez l’adresse e-mail et le mot de passe de votre Volkswagen ID, ou vous allez en créer un.',
    ],
    steps: [
      {
        text: 'Connectez-vous à myVolkswagen dans un navigateur web, ou à l’application Volkswagen.',
        detail: 'Pas encore de Volkswagen ID ? Choisissez « Login or register » pour en créer un.',
        place: 'web',
      },
      {
        text: 'Ouvrez votre profil : Profile & settings > Volkswagen ID > Adapt data.',
        place: 'web',
      },
      {
        text: 'Complétez les informations manquantes, comme votre nom, votre adresse et votre numéro de téléphone, puis enregistrez.',
        place: 'web',
      },
      {
        text: 'Ouvrez « Privacy settings and consents » et acceptez les conditions encore en attente.',
        place: 'web',
      },
    ],
  },
  '644d2a0f-6774-489b-b57d-07cf00261467': {
    title: 'Activer le service en ligne Car-Net dans le véhicule',
    description:
      'Car-Net est l’offre de services en ligne Volkswagen pour votre voiture, appelée We Connect ou VW Connect dans certains pays. Elle doit être activée pour votre voiture avant que celle-ci ne partage la moindre donnée.',
    preconditions: [
      'Vous avez un Volkswagen ID.',
      'Vous avez sous la main le numéro d’identification (VIN) de votre voiture.',
    ],
    steps: [
      {
        text: 'Ouvrez l’application Volkswagen et connectez-vous avec votre Volkswagen ID.',
        detail: 'En Amérique du Nord, l’application s’appelle myVW.',
        place: 'app',
      },
      {
        text: 'Ajoutez votre voiture : dans l’aperçu des véhicules, appuyez sur le symbole de voiture avec le signe plus.',
        detail: 'Saisissez ou scannez le VIN, puis confirmez.',
        place: 'app',
      },
      {
        text: 'Choisissez un S-PIN quand l’application vous le demande.',
        detail:
          'Utilisez quatre chiffres qui ne soient pas tous identiques et qui ne forment pas une suite simple comme 1234.',
        place: 'app',
      },
      {
        text: 'Suivez les instructions de l’application pour activer les services en ligne.',
        place: 'app',
      },
      {
        text: 'Dans la voiture, vérifiez que les services en ligne sont activés et que le mode hors ligne est désactivé.',
        detail:
          'Ne réinitialisez pas l’infodivertissement aux paramètres d’usine : cela retire la voiture de votre compte.',
        place: 'vehicle',
      },
    ],
  },
  'd88a46e9-fc8b-4f71-ae50-b8610f4faead': {
    title: 'Devenir utilisateur principal',
    description:
      'L’utilisateur principal est le détenteur ou le conducteur principal de la voiture, et lui seul peut commander et activer les services en ligne. Vous vous enregistrez comme utilisateur principal dans la voiture, à l’aide de l’application Volkswagen.',
    preconditions: [
      'Vous avez un Volkswagen ID et l’application Volkswagen sur votre téléphone.',
      'Vous êtes le détenteur de la voiture ou son conducteur sur la durée, par exemple en location longue durée.',
      'Vous avez une clé de la voiture.',
    ],
    steps: [
      {
        text: 'Installez-vous dans la voiture, mettez le contact et allumez l’infodivertissement.',
        place: 'vehicle',
      },
      {
        text: 'Dans l’infodivertissement, appuyez sur System settings > Connect to VW Connect.',
        detail: 'Sur les systèmes plus anciens, cherchez plutôt sous « User » ou « Manage users ».',
        place: 'vehicle',
      },
      { text: 'Scannez le code QR affiché à l’écran avec l’application Volkswagen.', place: 'app' },
      {
        text: 'Confirmez dans l’application pour devenir utilisateur principal.',
        detail:
          'Si quelqu’un d’autre était utilisateur principal, il perd ce rôle et en est informé.',
        place: 'app',
      },
      {
        text: 'Si l’application demande Volkswagen Ident, appuyez sur « Start » et suivez les écrans.',
        detail:
          'Gardez votre pièce d’identité à portée de main. Cette vérification n’est nécessaire que pour les services liés à la sécurité, et un réparateur agréé Volkswagen peut aussi la faire en personne.',
        place: 'app',
      },
    ],
  },
  'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9': {
    title: 'Souscrire aux services We Connect',
    description:
      'We Connect, désormais appelé VW Connect, nécessite son propre contrat avec Volkswagen, distinct de votre Volkswagen ID. Sans licence active, la voiture ne partage aucune donnée.',
    preconditions: ['Vous avez un Volkswagen ID.', 'Votre voiture est ajoutée à votre compte.'],
    steps: [
      { text: 'Ouvrez l’application Volkswagen ou myVolkswagen et connectez-vous.', place: 'app' },
      {
        text: 'Sélectionnez votre voiture et vérifiez quels services sont actifs et jusqu’à quand.',
        place: 'app',
      },
      {
        text: 'Souscrivez le contrat We Connect ou VW Connect, en ajoutant l’option Plus si vous le souhaitez.',
        detail:
          'Enregistrez la voiture dans les 90 jours suivant sa livraison pour profiter de toute la période gratuite.',
        place: 'app',
      },
      {
        text: 'Pour prolonger une licence expirée, achetez-la dans le Volkswagen Connect Shop.',
        detail:
          'Vous pouvez aussi l’acheter dans l’In-Car Shop de l’infodivertissement. Si un partenaire Volkswagen vous a remis un bon, saisissez-le comme code lors du paiement.',
        place: 'web',
      },
    ],
  },
  'b9acf87e-d7c8-426b-80a7-c925b5b90d6f': {
    title: 'Installer la mise à jour ID. Software 3.0 sur le véhicule',
    description:
      'ID. Software 3.0 est une mise à jour logicielle gratuite pour les modèles ID. de Volkswagen. Votre voiture en a besoin pour que la recharge puisse être programmée depuis l’extérieur du véhicule.',
    preconditions: [
      'Le mode en ligne est activé dans la voiture.',
      'Les paramètres de confidentialité de la voiture autorisent le transfert de données.',
    ],
    steps: [
      {
        text: 'Passez la voiture en mode en ligne dans ses paramètres de confidentialité.',
        place: 'vehicle',
      },
      {
        text: 'Roulez normalement pendant que la mise à jour se télécharge en arrière-plan.',
        detail: 'Le téléchargement est gratuit.',
        place: 'vehicle',
      },
      {
        text: 'Quand la voiture indique que la mise à jour est prête, garez-la et coupez le contact pour l’installer.',
        detail: 'La voiture ne peut pas démarrer pendant l’installation.',
        place: 'vehicle',
      },
      {
        text: 'À la fin de l’installation, confirmez avec la touche OK du volant.',
        place: 'vehicle',
      },
      {
        text: 'Si la mise à jour ne vous est jamais proposée, ou si elle a été refusée trop souvent, prenez rendez-vous à l’atelier.',
        place: 'dealer',
      },
    ],
  },
  '9e9af174-03ad-4448-9092-b2988b10cdb0': {
    title: 'Activer le service en ligne « Parking Position »',
    description:
      '« Parking Position » est le service en ligne Volkswagen qui indique où votre voiture est garée. Le service doit être activé, et la voiture doit partager sa position, pour que celle-ci puisse être lue.',
    preconditions: [
      'Votre voiture figure dans votre compte Volkswagen et ses services en ligne sont actifs.',
      'Les personnes qui utilisent la voiture acceptent que sa position soit partagée.',
    ],
    steps: [
      {
        text: 'Dans la voiture, ouvrez les paramètres de confidentialité et activez « Send location data ».',
        detail:
          'Sur les modèles ID. : HOME > Privacy settings. Chaque utilisateur de la voiture fait ce réglage pour lui-même.',
        place: 'vehicle',
      },
      { text: 'Ouvrez l’application Volkswagen et sélectionnez votre voiture.', place: 'app' },
      {
        text: 'Trouvez « Parking Position » dans la liste des services et activez-le.',
        detail: 'Si le service apparaît comme expiré, renouvelez d’abord sa licence.',
        place: 'app',
      },
    ],
  },
  '3e861d64-9c00-4c97-9475-a1b4a9881e79': {
    title: 'Activer le service en ligne « Charging »',
    description:
      '« Charging » est le service en ligne Volkswagen qui indique le niveau de charge et vous permet de démarrer et d’arrêter la recharge depuis l’extérieur de la voiture. Il doit être activé pour votre voiture, avec une licence valide.',
    preconditions: [
      'Votre voiture figure dans votre compte Volkswagen et ses services en ligne sont actifs.',
      'La voiture est en mode en ligne.',
    ],
    steps: [
      {
        text: 'Vérifiez que la voiture n’est pas en mode hors ligne.',
        detail: 'Le mode hors ligne interrompt tous les services en ligne.',
        place: 'vehicle',
      },
      { text: 'Ouvrez l’application Volkswagen et sélectionnez votre voiture.', place: 'app' },
      {
        text: 'Trouvez « Charging » dans la liste des services et activez-le.',
        detail: 'Si le service apparaît comme expiré, renouvelez d’abord sa licence.',
        place: 'app',
      },
    ],
  },
  '4099b5db-b050-40df-a1bb-e3633bf14d1f': {
    title: 'Activer le service en ligne « Departure times »',
    description:
      '« Departure times » est le service en ligne Volkswagen de recharge programmée, pour que la voiture soit prête à votre départ. Il doit être activé, avec une licence valide, avant que la recharge puisse être programmée.',
    preconditions: [
      'Votre voiture figure dans votre compte Volkswagen et ses services en ligne sont actifs.',
      'La voiture est en mode en ligne.',
    ],
    steps: [
      {
        text: 'Vérifiez que la voiture n’est pas en mode hors ligne.',
        detail: 'Le mode hors ligne interrompt tous les services en ligne.',
        place: 'vehicle',
      },
      { text: 'Ouvrez l’application Volkswagen et sélectionnez votre voiture.', place: 'app' },
      {
        text: 'Trouvez « Departure times » dans la liste des services et activez-le.',
        detail: 'Si le service apparaît comme expiré, renouvelez d’abord sa licence.',
        place: 'app',
      },
    ],
  },
  '392fef50-5468-47a0-aa51-0a1b23966585': {
    title: 'Activer la localisation GPS dans le véhicule',
    description:
      'Votre BMW vous laisse choisir, service par service, les données qu’elle envoie. Si les données de localisation sont désactivées dans ses paramètres de confidentialité, la voiture ne peut pas partager sa position.',
    preconditions: [
      'La voiture est à l’arrêt : ce réglage ne peut pas être modifié en roulant.',
      'Vous êtes dans la voiture, avec iDrive allumé.',
    ],
    steps: [
      {
        text: 'Garez la voiture et allumez iDrive.',
        place: 'vehicle',
      },
      {
        text: 'Ouvrez les paramètres « Data privacy ».',
        detail:
          'iDrive 7 : CAR > Settings > General settings > Data privacy. iDrive 8 : Apps menu > Vehicle > System settings > Data privacy. iDrive 8.5 et 9 : Apps menu > All > Data privacy.',
        place: 'vehicle',
      },
      {
        text: 'Autorisez la voiture à envoyer sa position.',
        detail:
          'Le nom de l’option varie selon les modèles. N’effacez pas les données personnelles ici : cela retire la voiture de l’application My BMW.',
        place: 'vehicle',
      },
      {
        text: 'Vérifiez dans l’application My BMW que votre voiture affiche désormais sa position.',
        place: 'app',
      },
    ],
  },
  '4802fd2c-4369-4914-a625-c3885d594cf8': {
    title: 'Abonnement à SEAT Connect',
    description:
      'SEAT CONNECT est l’ensemble des services en ligne qui relie votre SEAT à la My SEAT App. La voiture doit disposer d’un abonnement SEAT CONNECT actif avant de partager la moindre donnée.',
    preconditions: [
      'Vous avez un compte utilisateur SEAT, ou vous allez en créer un.',
      'Vous avez sous la main le VIN de votre voiture et ses deux clés.',
    ],
    steps: [
      {
        text: 'Ouvrez la My SEAT App, puis créez un compte ou connectez-vous.',
        detail: 'Vous pouvez aussi utiliser my.seat dans un navigateur web.',
        place: 'app',
      },
      {
        text: 'Ajoutez votre voiture avec son VIN, puis acceptez les conditions d’utilisation et la politique de confidentialité.',
        place: 'app',
      },
      {
        text: 'Activez SEAT CONNECT pour votre voiture.',
        detail:
          'Les services peuvent aussi être achetés dans l’InCar Store de l’infodivertissement.',
        place: 'app',
      },
      {
        text: 'Dans la voiture, devenez utilisateur principal : HOME > User management > Become a main user.',
        detail:
          'Contact mis et infodivertissement allumé, appuyez sur le bouton de déverrouillage d’une clé, puis de l’autre. Il peut vous être demandé de créer un S-PIN.',
        place: 'vehicle',
      },
      {
        text: 'Si l’application affiche plutôt un code d’appairage, saisissez-le dans les paramètres SEAT CONNECT de la voiture.',
        place: 'vehicle',
      },
    ],
  },
  '4245f5e6-e806-4de4-bb65-8673adecea83': {
    title: 'Associer le véhicule au compte',
    description:
      'Votre Renault ne partage ses données qu’une fois associée à votre compte My Renault, avec ses services connectés activés. La voiture elle-même doit aussi être autorisée à partager des données.',
    preconditions: [
      'Vous avez un compte My Renault.',
      'La voiture est à l’arrêt : la configuration dans la voiture ne se lance que véhicule stationné.',
    ],
    steps: [
      {
        text: 'Ouvrez l’application My Renault et connectez-vous.',
        detail: 'Vous pouvez aussi utiliser renault-connect.renault.com dans un navigateur web.',
        place: 'app',
      },
      {
        text: 'Ajoutez votre voiture à votre compte et activez ses services connectés.',
        detail:
          'Choisissez un PIN My Renault quand il vous est demandé : il protège les services connectés.',
        place: 'app',
      },
      {
        text: 'Dans la voiture, autorisez le partage des données.',
        detail:
          'openR link : dans la configuration, choisissez « Accept all », ou « Customise » en laissant My Renault activé. Easy Link : appuyez sur « Connection », puis sur « Activate ».',
        place: 'vehicle',
      },
      {
        text: 'Choisissez « ON » quand la voiture vous interroge sur la collecte de données au démarrage.',
        detail: 'Choisir « OFF » suspend les services connectés.',
        place: 'vehicle',
      },
      {
        text: 'Laissez à l’activation le temps de se terminer.',
        detail:
          'Elle peut prendre jusqu’à 72 heures, et « Connection » reste indisponible en attendant.',
        place: 'vehicle',
      },
    ],
  },
  '9ee6519c-c173-11ec-9d64-0242ac120002': {
    title: 'Activer les services Porsche Connect',
    description:
      'Les services Porsche Connect permettent à l’application My Porsche d’accéder à votre voiture. Ils doivent être activés pour votre voiture, et la voiture doit être connectée à votre Porsche ID.',
    preconditions: [
      'Vous avez un Porsche ID, ou l’e-mail d’activation qui permet d’en créer un.',
      'La voiture dispose d’une connexion de données.',
    ],
    steps: [
      {
        text: 'Ouvrez l’e-mail d’activation de Porsche et choisissez « Continue to activation ».',
        detail:
          'Vous pouvez aussi vous connecter à My Porsche avec un Porsche ID existant. Pas d’e-mail ? Vérifiez vos courriers indésirables ou demandez à votre partenaire Porsche.',
        place: 'web',
      },
      {
        text: 'Activez Porsche Connect pour votre voiture et vérifiez vos nom et adresse de facturation.',
        detail: 'Certains modèles vous demandent de choisir un code de sécurité à quatre chiffres.',
        place: 'web',
      },
      {
        text: 'Ouvrez l’application My Porsche et repérez le code d’appairage de votre voiture.',
        place: 'app',
      },
      {
        text: 'Dans la voiture, désactivez « Privacy Mode » et vérifiez que la voiture est en ligne.',
        detail:
          'Certains modèles ont besoin du Wi-Fi, d’un partage de connexion depuis un téléphone ou d’une carte SIM, à régler sous Settings > Device Manager > Data.',
        place: 'vehicle',
      },
      {
        text: 'Dans la voiture, connectez-vous à votre Porsche ID et saisissez le code d’appairage.',
        detail:
          'Sur les anciens systèmes PCM : APPS > Options > Porsche ID settings > Link new Porsche ID.',
        place: 'vehicle',
      },
    ],
  },
  'c88c2df3-9d75-46d0-8334-0e5b424bc237': {
    title: 'Définir et activer le véhicule dans Mercedes me',
    description:
      'Votre Mercedes-Benz doit être ajoutée à votre Mercedes me ID, avec ses services connect activés, avant de partager la moindre donnée.',
    preconditions: [
      'Vous avez un Mercedes me ID.',
      'Vous avez sous la main le VIN de votre voiture.',
      'Mercedes me connect est proposé dans votre pays.',
    ],
    steps: [
      {
        text: 'Ouvrez l’application Mercedes me et connectez-vous avec votre Mercedes me ID.',
        place: 'app',
      },
      {
        text: 'Associez votre voiture à votre compte en saisissant ses informations, comme le VIN.',
        place: 'app',
      },
      {
        text: 'Ouvrez le Mercedes me Store et activez les services connect de votre voiture.',
        detail: 'Vous pouvez aussi y prolonger ou y acheter des services expirés.',
        place: 'app',
      },
      {
        text: 'Si aucun service n’est proposé, demandez à un atelier Mercedes-Benz de vérifier le système d’appel d’urgence.',
        detail: 'Les services connect ne fonctionnent pas tant qu’il est désactivé.',
        place: 'dealer',
      },
    ],
  },
  'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe': {
    title: 'Activer « Mobile Access » dans le véhicule',
    description:
      '« Mobile Access » est le réglage de votre Tesla qui permet aux applications d’accéder à la voiture par Internet. Tant qu’il est désactivé, le niveau de charge et les autres données de la voiture ne peuvent pas être lus.',
    preconditions: [
      'Vous pouvez vous connecter au compte Tesla auquel la voiture est rattachée.',
      'La voiture et votre téléphone sont tous deux en ligne, en données mobiles ou en Wi-Fi.',
    ],
    steps: [
      {
        text: 'Installez l’application Tesla et connectez-vous avec votre compte Tesla.',
        place: 'app',
      },
      {
        text: 'Sur l’écran tactile de la voiture, appuyez sur Controls > Safety.',
        place: 'vehicle',
      },
      { text: 'Activez « Allow Mobile Access ».', place: 'vehicle' },
      { text: 'Vérifiez dans l’application Tesla que la voiture répond.', place: 'app' },
    ],
  },
  'faea347c-1274-4764-90df-75102f40a454': {
    title: 'Finaliser la configuration Audi',
    description:
      'Les services Audi connect nécessitent un compte myAudi vérifié auquel votre voiture est ajoutée, et que vous soyez défini comme utilisateur clé de la voiture. L’utilisateur clé obtient automatiquement l’accès à distance.',
    preconditions: [
      'Vous avez un compte myAudi, ou vous allez en créer un.',
      'Personne d’autre n’est défini comme utilisateur clé de la voiture.',
      'Pour les voitures plus anciennes, vous avez sous la main le code véhicule inscrit sur l’étiquette de la clé.',
    ],
    steps: [
      {
        text: 'Ouvrez l’application myAudi, connectez-vous ou créez un compte, puis ajoutez votre voiture.',
        place: 'app',
      },
      {
        text: 'Vérifiez votre compte avec le code à 6 chiffres qu’Audi vous envoie.',
        detail:
          'La vérification est aussi possible par appel vidéo avec le service client, ou chez un partenaire service Audi, mais certains services restent alors verrouillés jusqu’à votre visite. Si le code n’arrive pas, regardez dans vos courriers indésirables.',
        place: 'app',
      },
      {
        text: 'Choisissez un S-PIN à 4 chiffres quand il vous est demandé.',
        detail: 'Les fonctions à distance vous le demandent.',
        place: 'app',
      },
      {
        text: 'Dans la voiture, contact mis, définissez-vous comme utilisateur clé.',
        detail:
          'Voitures récentes : suivez les instructions de l’application myAudi. MMI plus ancien : MENU > Audi connect, appuyez sur la touche de commande droite, puis Audi connect user management > Primary user > Set primary user, et saisissez votre nom d’utilisateur myAudi et le code véhicule à 10 caractères.',
        place: 'vehicle',
      },
    ],
  },
  '52ec645f-7d29-4d21-be3c-6bb5e7c5f351': {
    title: 'Audi : partager la position GPS dans le véhicule',
    description:
      'Les paramètres de confidentialité de votre Audi déterminent si elle partage sa position. En confidentialité maximale, ou si le partage de position est désactivé, l’emplacement de la voiture ne peut pas être affiché.',
    preconditions: ['Vous êtes dans la voiture, contact mis.'],
    steps: [
      {
        text: 'Sur l’écran d’accueil du MMI, ouvrez SETTINGS > Privacy.',
        detail:
          'Appuyez sur le symbole de confidentialité dans la barre d’état pour voir ce que signifie le réglage actuel.',
        place: 'vehicle',
      },
      {
        text: 'Quittez la confidentialité maximale et autorisez la voiture à partager sa position.',
        detail:
          'Le nom de l’option varie selon les modèles. Une voiture laissée en confidentialité maximale ne reçoit pas non plus les mises à jour de sécurité.',
        place: 'vehicle',
      },
      {
        text: 'Coupez le contact, puis vérifiez dans l’application myAudi que la position de stationnement de la voiture s’affiche.',
        detail: 'La voiture envoie sa position au moment où le contact est coupé.',
        place: 'app',
      },
    ],
  },
  'a084d982-0667-4da5-ac2c-8e77e53eb86c': {
    title: 'Audi : autoriser l’accès aux données personnelles dans le véhicule',
    description:
      'Les paramètres de confidentialité de votre Audi peuvent l’empêcher d’envoyer des données personnelles. Dans ce cas, les services qui s’appuient sur votre compte myAudi ne peuvent pas lire les données de la voiture.',
    preconditions: [
      'Vous êtes dans la voiture, contact mis.',
      'Vous utilisez le MMI avec votre profil d’utilisateur myAudi, et non en tant qu’utilisateur local ou invité.',
    ],
    steps: [
      {
        text: 'Mettez le contact et vérifiez que vous êtes bien connecté avec votre profil d’utilisateur myAudi.',
        detail:
          'Les utilisateurs locaux et les invités ne peuvent pas utiliser les services myAudi. Si votre profil est protégé par un PIN, saisissez votre PIN myAudi.',
        place: 'vehicle',
      },
      { text: 'Sur l’écran d’accueil du MMI, ouvrez SETTINGS > Privacy.', place: 'vehicle' },
      {
        text: 'Autorisez la voiture à envoyer des données personnelles.',
        detail:
          'Les destinations enregistrées entre-temps dans la voiture seront alors synchronisées avec myAudi. Supprimez-les d’abord si vous voulez les garder uniquement dans la voiture.',
        place: 'vehicle',
      },
    ],
  },
  'adc1ef01-afde-404f-a255-bd487185cc28': {
    title: 'Installer le pack logiciel 3669 sur le véhicule',
    description:
      'Le pack logiciel 3669 est une mise à jour pour votre Audi. La voiture en a besoin pour que la recharge puisse être commandée depuis l’extérieur du véhicule.',
    preconditions: ['La voiture est en ligne et n’est pas en confidentialité maximale.'],
    steps: [
      {
        text: 'Vérifiez que la voiture est en ligne et qu’elle n’est pas en confidentialité maximale.',
        detail: 'Sur l’écran d’accueil du MMI : SETTINGS > Privacy.',
        place: 'vehicle',
      },
      {
        text: 'Si la voiture propose la mise à jour, suivez les instructions affichées à l’écran pour l’installer.',
        place: 'vehicle',
      },
      {
        text: 'Si la mise à jour n’est pas proposée, demandez à un partenaire service Audi de l’installer.',
        place: 'dealer',
      },
    ],
  },
  '394939c1-70bd-42d9-881f-24d15e3610e2': {
    title: 'Activer le service connect « Car finder »',
    description:
      '« Car finder » est le service Audi connect qui indique où votre voiture est garée. Il nécessite un utilisateur clé et une licence active, et la voiture doit être autorisée à partager sa position.',
    preconditions: [
      'Votre configuration Audi est terminée et vous êtes l’utilisateur clé de la voiture.',
      'La voiture n’est pas en confidentialité maximale.',
    ],
    steps: [
      { text: 'Ouvrez l’application myAudi et sélectionnez votre voiture.', place: 'app' },
      {
        text: 'Trouvez « Car finder » parmi les services de votre voiture et activez-le.',
        detail: 'Si sa licence a expiré, renouvelez-la dans myAudi.',
        place: 'app',
      },
      {
        text: 'Coupez le contact : c’est à ce moment que la voiture envoie sa position de stationnement.',
        detail:
          'Si la voiture est déplacée sans que le contact soit mis, par exemple lors d’un remorquage, sa nouvelle position reste inconnue.',
        place: 'vehicle',
      },
    ],
  },
  '27c663b3-a141-4fe8-b6fc-00c0639ba165': {
    title: 'Activer le service connect « Remote Charging »',
    description:
      '« Remote Charging » est le service Audi connect qui permet de consulter le niveau de charge et de démarrer ou d’arrêter la recharge depuis l’extérieur de la voiture. Il nécessite un utilisateur clé et une licence active.',
    preconditions: [
      'Votre configuration Audi est terminée et vous êtes l’utilisateur clé de la voiture.',
    ],
    steps: [
      { text: 'Ouvrez l’application myAudi et sélectionnez votre voiture.', place: 'app' },
      {
        text: 'Trouvez « Remote Charging » parmi les services de votre voiture et activez-le.',
        detail:
          'Ne le confondez pas avec l’e-tron Charging Service pour la recharge publique, qui fait l’objet d’un contrat distinct.',
        place: 'app',
      },
      {
        text: 'Si la licence a expiré, renouvelez-la dans myAudi.',
        detail: 'Un service renouvelé fonctionne à partir du prochain démarrage de la voiture.',
        place: 'app',
      },
    ],
  },
  '5fea0c74-0128-4b74-a7b4-53fef332a7fa': {
    title: 'Activer le service connect « Automation »',
    description:
      '« Automation » est le service Audi connect sur lequel reposent les programmations de recharge. Il doit être activé, avec une licence active, avant que la recharge puisse être programmée.',
    preconditions: [
      'Votre configuration Audi est terminée et vous êtes l’utilisateur clé de la voiture.',
    ],
    steps: [
      { text: 'Ouvrez l’application myAudi et sélectionnez votre voiture.', place: 'app' },
      {
        text: 'Trouvez « Automation » parmi les services de votre voiture et activez-le.',
        place: 'app',
      },
      {
        text: 'Si la licence a expiré, renouvelez-la dans myAudi.',
        detail: 'Un service renouvelé fonctionne à partir du prochain démarrage de la voiture.',
        place: 'app',
      },
    ],
  },
  '94b650dc-ec11-4558-930c-27bb09a42efc': {
    title: 'Installer le pack logiciel ME3.1 sur le véhicule',
    description:
      'ME3.1 est un pack logiciel pour votre ŠKODA, dont dépend la commande de la recharge. Il s’installe à distance dès que la voiture remplit quelques conditions.',
    preconditions: [
      'Le mode en ligne est activé dans la voiture.',
      'La batterie haute tension est chargée à au moins 50 %, et la voiture n’est pas en charge.',
      'La voiture est garée dans une zone couverte par le réseau mobile, pas dans un parking souterrain.',
    ],
    steps: [
      {
        text: 'Vérifiez que vous êtes l’utilisateur principal de la voiture.',
        detail:
          'La voiture doit apparaître dans votre application MyŠkoda, et vous-même sous Menu > Users dans la voiture. Sinon, ajoutez son VIN dans « Garage » dans l’application MyŠkoda et suivez les étapes.',
        place: 'app',
      },
      {
        text: 'Dans la voiture, vérifiez que le mode en ligne est activé sous Menu > Users > Settings.',
        detail: 'Voiture en marche, le voyant du module SOS de la console de pavillon est vert.',
        place: 'vehicle',
      },
      {
        text: 'Coupez le contact et cherchez l’avis de mise à jour sur l’écran Goodbye.',
        detail:
          'Les mises à jour sont déployées par vagues : cela peut donc prendre un moment. « Cancel » la reporte.',
        place: 'vehicle',
      },
      {
        text: 'Appuyez sur « Install », puis sortez de la voiture et verrouillez-la dans les 10 minutes.',
        detail:
          'La voiture ne peut pas rouler pendant l’installation. Si vous la déverrouillez, reverrouillez-la dans les 2 minutes, sinon la mise à jour ne se terminera pas.',
        place: 'vehicle',
      },
      {
        text: 'Si vous rechargiez sur une borne publique, relancez la recharge après la mise à jour.',
        detail: 'Une wallbox à domicile reprend la recharge d’elle-même.',
        place: 'vehicle',
      },
      {
        text: 'Si la mise à jour n’est pas proposée, adressez-vous à un partenaire service ŠKODA.',
        place: 'dealer',
      },
    ],
  },
  '88511fef-9e94-4a7b-a1bc-926b06c0e455': {
    title: 'Activer le service « Parking Position »',
    description:
      '« Parking Position » est le service en ligne ŠKODA qui indique où votre voiture est garée. La voiture ne partage sa position que si son niveau de confidentialité le permet et que le service est activé.',
    preconditions: [
      'Votre voiture figure dans votre application MyŠkoda et ses services en ligne sont actifs.',
      'Vous êtes dans la voiture, avec l’infodivertissement allumé.',
    ],
    steps: [
      {
        text: 'Dans la voiture, réglez le niveau de confidentialité sur « Share my location ».',
        detail:
          'User management > Set-up > Privacy and service management. Sur l’Enyaq : Menu > Users > Settings. Avec tout autre niveau, la position n’apparaît pas dans l’application.',
        place: 'vehicle',
      },
      {
        text: 'Dans la liste des services en ligne, cochez le service de position de stationnement.',
        detail:
          'ŠKODA Connect (Online Services) > Privacy and services. La liste indique aussi la date de fin de chaque licence.',
        place: 'vehicle',
      },
      {
        text: 'Ouvrez l’application MyŠkoda et vérifiez qu’elle indique où votre voiture est garée.',
        place: 'app',
      },
    ],
  },
};
