import type { GuidanceModule } from '../types.js';

/**
 * The bundled fr-FR guidance, by intervention id, step for step with en-US. A menu path or button
 * is quoted, in guillemets, only as the maker's French documentation writes it (Tesla's
 * Contrôles > Sécurité, Renault's « Sécurité et Confidentialité »); where no French label is
 * published, the step describes the place in plain French instead of guessing one or leaving the
 * English label. French typography: a no-break space (U+00A0) before `:`, `;`, `?`, `!` and `%`,
 * and inside guillemets.
 */
export const guidanceFrFR: GuidanceModule = {
  '06197b76-966e-414a-b174-7a00cde49f30': {
    title: 'Activer FordPass Connect',
    description:
      'FordPass Connect est le modem intégré à votre Ford. Tant que vous ne l’avez pas activé dans l’application FordPass et confirmé dans la voiture, celle-ci n’envoie que des données d’entretien de base et ne peut pas être jointe à distance.',
    preconditions: [
      'Votre voiture est équipée d’un modem FordPass Connect intégré.',
      'La voiture figure parmi vos véhicules dans l’application FordPass.',
      'Votre téléphone et la voiture captent tous deux bien le réseau mobile.',
    ],
    steps: [
      { text: 'Ouvrez l’application FordPass et sélectionnez votre voiture.', place: 'app' },
      {
        text: 'Lancez dans l’application l’activation du véhicule, puis appuyez sur l’icône d’activation.',
        detail:
          'Dans les versions récentes de l’application, ce bouton porte un autre nom : il connecte l’application au véhicule.',
        place: 'app',
      },
      {
        text: 'Démarrez la voiture et laissez-la en marche en position P, dans un endroit dégagé.',
        detail:
          'Le mode accessoires ne suffit pas. Un espace dégagé aide la voiture à bien capter le signal.',
        place: 'vehicle',
      },
      {
        text: 'Autorisez l’accès quand la demande s’affiche sur l’écran SYNC.',
        detail: 'La demande peut mettre jusqu’à 10 minutes à s’afficher.',
        place: 'vehicle',
      },
      {
        text: 'Vérifiez que les commandes à distance apparaissent désormais dans l’application.',
        detail:
          'Si l’application revient à l’activation au bout de 90 secondes, réessayez. Après trois échecs, contactez Ford depuis l’aide de votre compte dans l’application.',
        place: 'app',
      },
    ],
    successSign:
      'Le verrouillage, le déverrouillage et le démarrage à distance apparaissent dans l’application FordPass et répondent.',
    waiting: 'La demande dans la voiture peut mettre jusqu’à 10 minutes à s’afficher.',
    alternatives: [
      {
        case: 'otherUser',
        text: 'Si l’application indique que la voiture est déjà activée, ou vous propose de demander l’accès, quelqu’un d’autre l’a activée. Demandez-lui de vous inviter par e-mail depuis son application FordPass.',
      },
      {
        case: 'usedCar',
        text: 'Voiture d’occasion ? Retirez d’abord les anciens propriétaires : voiture en marche en position P, ouvrez les réglages sur l’écran SYNC, choisissez la réinitialisation, puis celle de FordPass Connect. Activez ensuite la voiture à nouveau.',
      },
    ],
  },
  '0defa374-8a1a-4eb1-a85f-b7cb09501097': {
    title: 'Compléter votre profil Volkswagen',
    description:
      'Votre Volkswagen ID est l’identifiant unique de toutes les applications et de tous les services Volkswagen. Son profil doit être complet avant que le moindre service en ligne puisse être commandé ou utilisé pour votre voiture.',
    preconditions: [
      'Vous êtes majeur.',
      'Vous connaissez l’adresse e-mail et le mot de passe de votre Volkswagen ID, ou vous allez en créer un.',
    ],
    steps: [
      {
        text: 'Connectez-vous à myVolkswagen dans un navigateur web.',
        detail:
          'Pas encore de Volkswagen ID ? Inscrivez-vous depuis la page de connexion. Vous pouvez aussi en créer un dans l’application Volkswagen, mais les étapes suivantes décrivent le site web.',
        place: 'web',
      },
      {
        text: 'Dans votre profil, ouvrez les données de votre Volkswagen ID pour les modifier.',
        place: 'web',
      },
      {
        text: 'Complétez les informations manquantes, comme vos nom, adresse et numéro de téléphone, puis enregistrez.',
        place: 'web',
      },
      {
        text: 'Ouvrez vos réglages de confidentialité et de consentements, et acceptez les conditions encore en attente.',
        place: 'web',
      },
    ],
    successSign:
      'L’application Volkswagen et la commande de services n’indiquent plus que votre profil est incomplet.',
  },
  '644d2a0f-6774-489b-b57d-07cf00261467': {
    title: 'Activer le service en ligne Car-Net dans le véhicule',
    description:
      'Car-Net est le nom des services en ligne Volkswagen en Amérique du Nord ; ailleurs, ils s’appellent We Connect ou VW Connect. Ils doivent être activés pour votre voiture avant qu’elle ne partage la moindre donnée.',
    preconditions: [
      'Vous avez un Volkswagen ID.',
      'Vous avez sous la main le numéro d’identification (VIN) de votre voiture.',
    ],
    steps: [
      {
        text: 'Ouvrez l’application Volkswagen et connectez-vous avec votre Volkswagen ID.',
        detail:
          'En Amérique du Nord, utilisez plutôt l’application myVW et suivez son inscription.',
        place: 'app',
      },
      {
        text: 'Ajoutez votre voiture avec son VIN et suivez les instructions de l’application.',
        detail:
          'Une autre voiture figure déjà dans l’application ? Ajoutez celle-ci avec le symbole de voiture et le signe plus, dans l’aperçu des véhicules.',
        place: 'app',
      },
      {
        text: 'Choisissez un S-PIN quand l’application vous le demande.',
        detail:
          'Utilisez quatre chiffres qui ne soient pas tous identiques et qui ne forment pas une suite simple comme 1234.',
        place: 'app',
      },
      {
        text: 'En dehors de l’Amérique du Nord, devenez utilisateur principal de la voiture.',
        detail:
          'Dans la voiture : dans les paramètres système, choisissez la connexion à VW Connect, puis scannez le code QR avec l’application. Seul l’utilisateur principal peut activer les services.',
        place: 'vehicle',
      },
      {
        text: 'Dans la voiture, vérifiez qu’elle est en ligne.',
        detail:
          'Modèles ID. : dans les paramètres de confidentialité, activez l’envoi des données du véhicule et d’utilisation. Autres modèles : quittez le mode hors ligne. Ne réinitialisez pas l’infodivertissement aux paramètres d’usine : cela retire la voiture de votre compte.',
        place: 'vehicle',
      },
    ],
    successSign:
      'L’application affiche l’état de votre voiture, par exemple son kilométrage ou son niveau de charge.',
    alternatives: [
      {
        case: 'otherRegion',
        text: 'En Amérique du Nord, l’application s’appelle myVW et les services Car-Net. Beaucoup d’entre eux demandent un forfait Car-Net payant après l’essai ; les appels d’urgence et d’assistance fonctionnent sans.',
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
        text: 'Dans l’infodivertissement, ouvrez les paramètres système et choisissez la connexion à VW Connect.',
        detail: 'Sur les systèmes plus anciens, cherchez plutôt dans la gestion des utilisateurs.',
        place: 'vehicle',
      },
      {
        text: 'Scannez le code QR affiché à l’écran avec l’application Volkswagen.',
        place: 'app',
      },
      {
        text: 'Confirmez dans l’application pour devenir utilisateur principal.',
        detail:
          'Si quelqu’un d’autre était utilisateur principal, il perd ce rôle et en est informé.',
        place: 'app',
      },
      {
        text: 'Si l’application demande Volkswagen Ident, lancez la vérification et suivez les écrans.',
        detail:
          'Gardez votre pièce d’identité à portée de main. Cette vérification n’est nécessaire que pour les services liés à la sécurité, et un réparateur agréé Volkswagen peut aussi la faire en personne.',
        place: 'app',
      },
    ],
    successSign:
      'L’application Volkswagen vous indique comme utilisateur principal, et les services en ligne de la voiture sont activés.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'Sur une voiture d’occasion, l’infodivertissement indique si quelqu’un est encore utilisateur principal. Vous enregistrer vous-même le retire ; vous pouvez aussi le supprimer à cet endroit.',
      },
      {
        case: 'olderCar',
        text: 'Les premières ID.3 demandent d’abord une preuve de propriété et d’identité chez un partenaire service Volkswagen. Après cette visite, l’infodivertissement propose la connexion à We Connect et affiche le code QR.',
      },
    ],
  },
  'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9': {
    title: 'Souscrire aux services We Connect',
    description:
      'Volkswagen vend ses services en ligne par un contrat à part, distinct de votre Volkswagen ID : We Connect ou VW Connect selon la voiture. Sans licence active, la voiture ne partage aucune donnée.',
    preconditions: [
      'Vous êtes l’utilisateur principal de la voiture : lui seul peut commander des services.',
      'Votre voiture est ajoutée à votre Volkswagen ID.',
    ],
    steps: [
      {
        text: 'Ouvrez l’application Volkswagen ou myVolkswagen et connectez-vous.',
        place: 'app',
      },
      {
        text: 'Sélectionnez votre voiture et vérifiez quels services sont actifs et jusqu’à quand.',
        place: 'app',
      },
      {
        text: 'Commandez l’offre proposée pour votre voiture : We Connect ou VW Connect, avec l’option Plus si vous le souhaitez.',
        detail:
          'Enregistrez la voiture dans les 90 jours suivant sa livraison pour profiter de toute la période gratuite de Plus.',
        place: 'app',
      },
      {
        text: 'Pour prolonger une licence expirée, achetez-la dans le Volkswagen Connect Shop.',
        detail:
          'Vous pouvez aussi l’acheter dans l’In-Car Shop de l’infodivertissement. Si un partenaire Volkswagen vous a remis un bon, saisissez-le comme code lors du paiement.',
        place: 'web',
      },
    ],
    successSign: 'Chaque service de votre voiture affiche une date de fin à venir.',
    alternatives: [
      {
        case: 'otherRegion',
        text: 'En Amérique du Nord, les services s’appellent Car-Net et se commandent dans l’application myVW.',
      },
    ],
  },
  'b9acf87e-d7c8-426b-80a7-c925b5b90d6f': {
    title: 'Installer la mise à jour ID. Software 3.0 sur le véhicule',
    description:
      'ID. Software 3.0 est une mise à jour logicielle gratuite pour les modèles ID. de Volkswagen. Votre voiture en a besoin, ou d’une version plus récente, pour que la recharge puisse être programmée depuis l’extérieur du véhicule.',
    preconditions: [
      'Votre voiture n’a pas encore ID. Software 3.0 ou plus récent : sinon, il n’y a rien à faire.',
      'La voiture est en ligne : l’envoi des données du véhicule et d’utilisation est activé dans les paramètres de confidentialité.',
      'Vous pouvez laisser la voiture garée plusieurs heures : elle ne roule pas pendant l’installation.',
    ],
    steps: [
      {
        text: 'Roulez normalement pendant que la mise à jour se télécharge en arrière-plan.',
        detail: 'Le téléchargement est gratuit et peut durer plusieurs trajets.',
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
        text: 'Si aucune mise à jour n’est proposée, ou si vous l’avez refusée trop souvent, prenez rendez-vous à l’atelier.',
        detail: 'La visite peut durer une journée entière.',
        place: 'dealer',
      },
    ],
    successSign: 'La voiture indique que la mise à jour est installée.',
    waiting:
      'Le téléchargement s’étale sur plusieurs trajets, et l’installation immobilise la voiture, parfois plusieurs heures. Volkswagen n’indique aucune durée.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'Les ID. des deux premières années ont eu besoin d’une visite à l’atelier, avec un nouveau logiciel et une nouvelle batterie 12 volts, avant de pouvoir recevoir des mises à jour à distance. Prenez rendez-vous chez un partenaire service Volkswagen ; la visite peut durer une journée entière.',
      },
    ],
  },
  '9e9af174-03ad-4448-9092-b2988b10cdb0': {
    title: 'Activer le service en ligne de position de stationnement',
    description:
      'Le service en ligne de position de stationnement indique où votre Volkswagen est garée. La voiture doit partager sa position, et le service être activé, pour que celle-ci puisse être lue.',
    preconditions: [
      'Votre voiture figure dans votre compte Volkswagen et ses services en ligne sont actifs.',
      'Les personnes qui utilisent la voiture acceptent que sa position soit partagée.',
    ],
    steps: [
      {
        text: 'Dans la voiture, ouvrez les paramètres de confidentialité et activez l’envoi des données de localisation.',
        detail:
          'Sur les modèles ID., on les ouvre depuis l’écran d’accueil. Chaque utilisateur de la voiture fait ce réglage pour lui-même.',
        place: 'vehicle',
      },
      {
        text: 'Si le service a été désactivé, réactivez-le.',
        detail:
          'Dans l’application Volkswagen, ou dans la voiture parmi les paramètres de confidentialité et les services. S’il apparaît comme expiré, renouvelez d’abord sa licence.',
        place: 'app',
      },
      {
        text: 'Garez la voiture et coupez le contact, puis cherchez sa position dans l’application Volkswagen.',
        place: 'app',
      },
    ],
    successSign:
      'Après le prochain arrêt de la voiture, sa position de stationnement s’affiche dans l’application.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'Les modèles autres qu’ID. ont des modes de confidentialité : choisissez celui qui partage votre position. Avec tout autre mode, la position n’apparaît pas dans l’application.',
      },
    ],
  },
  '3e861d64-9c00-4c97-9475-a1b4a9881e79': {
    title: 'Activer le service en ligne de recharge',
    description:
      'Le service en ligne de recharge indique le niveau de charge et démarre ou arrête la recharge depuis l’extérieur de la voiture. Volkswagen ne décrit pas où il s’active ; ces étapes vérifient ce qui est connu.',
    preconditions: [
      'Vous êtes l’utilisateur principal de la voiture, ou pouvez le lui demander.',
      'Votre voiture figure dans votre compte Volkswagen et ses services en ligne sont actifs.',
    ],
    steps: [
      {
        text: 'Vérifiez que la voiture est en ligne.',
        detail:
          'Modèles ID. : dans les paramètres de confidentialité, activez l’envoi des données du véhicule et d’utilisation. Le mode hors ligne interrompt tous les services en ligne.',
        place: 'vehicle',
      },
      {
        text: 'Dans l’application Volkswagen, sélectionnez votre voiture et vérifiez ses services et leurs dates de fin.',
        detail:
          'Si la licence a expiré, l’utilisateur principal peut la renouveler dans le Volkswagen Connect Shop.',
        place: 'app',
      },
      {
        text: 'Si la recharge n’apparaît toujours pas, contactez le service client Volkswagen ou un partenaire service.',
        detail:
          'Un utilisateur a peut-être désactivé le service. Volkswagen ne publie pas où le réactiver.',
        place: 'dealer',
      },
    ],
    successSign: 'Le niveau de charge de votre voiture s’affiche dans l’application Volkswagen.',
  },
  '4099b5db-b050-40df-a1bb-e3633bf14d1f': {
    title: 'Activer le service en ligne des heures de départ',
    description:
      'Le service en ligne des heures de départ programme la recharge, pour que la voiture soit prête à votre départ. Volkswagen ne décrit pas où il s’active ; ces étapes vérifient ce qui est connu.',
    preconditions: [
      'Vous êtes l’utilisateur principal de la voiture, ou pouvez le lui demander.',
      'Votre voiture figure dans votre compte Volkswagen et ses services en ligne sont actifs.',
    ],
    steps: [
      {
        text: 'Vérifiez que la voiture est en ligne.',
        detail:
          'Modèles ID. : dans les paramètres de confidentialité, activez l’envoi des données du véhicule et d’utilisation. Le mode hors ligne interrompt tous les services en ligne.',
        place: 'vehicle',
      },
      {
        text: 'Dans l’application Volkswagen, sélectionnez votre voiture et vérifiez ses services et leurs dates de fin.',
        detail:
          'Si la licence a expiré, l’utilisateur principal peut la renouveler dans le Volkswagen Connect Shop.',
        place: 'app',
      },
      {
        text: 'Si les heures de départ ne se règlent toujours pas dans l’application, contactez le service client Volkswagen ou un partenaire service.',
        detail:
          'Les minuteries réglées dans la voiture elle-même, comme celles de l’e-Manager d’une e-Golf, ne sont pas ce service en ligne.',
        place: 'dealer',
      },
    ],
    successSign: 'Les heures de départ se règlent et se modifient dans l’application Volkswagen.',
  },
  '392fef50-5468-47a0-aa51-0a1b23966585': {
    title: 'Activer la localisation GPS dans le véhicule',
    description:
      'Votre BMW vous laisse choisir, service par service, les données qu’elle envoie. Si les données de localisation sont désactivées dans ses paramètres de confidentialité, la voiture ne peut pas partager sa position.',
    preconditions: [
      'Pour les étapes dans la voiture : elle est à l’arrêt, iDrive allumé, car ce réglage ne se modifie pas en roulant.',
    ],
    steps: [
      {
        text: 'Vérifiez d’abord les paramètres de protection des données dans l’application My BMW.',
        detail:
          'BMW permet aussi de les modifier dans l’application, ce qui peut vous éviter d’aller à la voiture.',
        place: 'app',
      },
      {
        text: 'Dans la voiture garée, ouvrez les paramètres de protection des données.',
        detail:
          'iDrive 7 : depuis le menu du véhicule, dans les réglages puis les réglages généraux. iDrive 8 : depuis le menu des applications, par le véhicule et les réglages système. iDrive 8.5 et 9 : depuis le menu des applications, parmi toutes les applications.',
        place: 'vehicle',
      },
      {
        text: 'Choisissez le réglage qui autorise la transmission de données pour les services liés à la localisation.',
        detail:
          'BMW ne nomme pas l’option ; elle varie selon les modèles. N’effacez pas les données personnelles ici : cela retire la voiture de l’application My BMW.',
        place: 'vehicle',
      },
      {
        text: 'Vérifiez dans l’application My BMW que votre voiture affiche désormais sa position.',
        place: 'app',
      },
    ],
    successSign: 'L’application My BMW indique où se trouve votre voiture.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'Avec iDrive 6 et plus ancien, le chemin figure dans la notice d’utilisation de votre voiture, au chapitre sur la protection des données.',
      },
    ],
  },
  '4802fd2c-4369-4914-a625-c3885d594cf8': {
    title: 'Abonnement à SEAT Connect',
    description:
      'SEAT CONNECT est l’ensemble des services en ligne qui relie votre SEAT à la My SEAT App. Il doit être actif avant que la voiture ne partage la moindre donnée ; il est gratuit pendant une période après la livraison.',
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
          'À la fin de la période gratuite, les services s’achètent dans l’application ou dans l’InCar Store de l’infodivertissement.',
        place: 'app',
      },
      {
        text: 'Dans la voiture, devenez utilisateur principal depuis la gestion des utilisateurs de l’infodivertissement.',
        detail:
          'Contact mis et infodivertissement allumé, appuyez sur le bouton de déverrouillage d’une clé, puis de l’autre. Il peut vous être demandé de créer un S-PIN.',
        place: 'vehicle',
      },
      {
        text: 'Si l’application affiche plutôt un code d’appairage, saisissez-le dans les paramètres SEAT CONNECT de la voiture.',
        place: 'vehicle',
      },
    ],
    successSign: 'Votre voiture apparaît dans la My SEAT App avec son état.',
    alternatives: [
      {
        case: 'otherModel',
        text: 'Mii electric : SEAT CONNECT s’active uniquement sur my.seat ; les étapes dans la voiture ne s’appliquent pas.',
      },
      {
        case: 'otherModel',
        text: 'Les voitures CUPRA utilisent plutôt la My CUPRA App et CUPRA CONNECT.',
      },
    ],
  },
  '4245f5e6-e806-4de4-bb65-8673adecea83': {
    title: 'Associer le véhicule au compte',
    description:
      'Votre Renault ne partage ses données qu’une fois associée à votre compte My Renault, avec ses services connectés activés. La voiture elle-même doit aussi être autorisée à partager des données.',
    preconditions: [
      'Vous avez un compte My Renault.',
      'Si la voiture a eu un précédent propriétaire, il l’a supprimée de son compte My Renault.',
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
          'Choisissez un code PIN My Renault quand il vous est demandé : il protège les services connectés.',
        place: 'app',
      },
      {
        text: 'Dans la voiture, autorisez le partage des données.',
        detail:
          'openR link : dans l’assistant de configuration, acceptez tout, ou personnalisez en laissant My Renault activé. Easy Link : appuyez sur le bouton de connexion, puis confirmez l’activation.',
        place: 'vehicle',
      },
      {
        text: 'Au démarrage, laissez la collecte des données activée dans la fenêtre « Sécurité et Confidentialité ».',
        detail: 'Choisir « OFF » suspend les services connectés.',
        place: 'vehicle',
      },
      {
        text: 'Laissez à l’activation le temps de se terminer.',
        detail:
          'Elle peut prendre jusqu’à 72 heures, et le bouton de connexion reste indisponible en attendant.',
        place: 'vehicle',
      },
    ],
    successSign:
      'Le bouton de connexion est de nouveau disponible dans la voiture, et l’application My Renault affiche le niveau de charge.',
    waiting: 'Après votre part, l’activation peut prendre jusqu’à 72 heures.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'La voiture reste associée au précédent propriétaire tant qu’il ne l’a pas supprimée de son application My Renault et n’a pas réinitialisé le système multimédia (« Réglages », « Système », « Options de réinitialisation », puis « Rétablir les réglages usine »). S’il ne le peut pas, adressez-vous à un concessionnaire Renault.',
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
        text: 'Ouvrez l’e-mail d’activation de Porsche et suivez le lien d’activation.',
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
        text: 'Dans la voiture, désactivez le mode privé et vérifiez que la voiture est en ligne.',
        detail:
          'Certains modèles ont besoin du Wi-Fi, d’un partage de connexion depuis un téléphone ou d’une carte SIM, à régler dans les données du gestionnaire d’appareils.',
        place: 'vehicle',
      },
      {
        text: 'Dans la voiture, connectez-vous à votre Porsche ID.',
        detail:
          'La plupart des modèles : avec votre e-mail et votre mot de passe, et sur certains le code de sécurité. D’autres demandent le code d’appairage affiché dans l’application My Porsche. Ancien PCM : dans les options des applications, associez un nouveau Porsche ID depuis les réglages du Porsche ID.',
        place: 'vehicle',
      },
    ],
    successSign:
      'Le symbole du Porsche ID apparaît en haut de l’écran du PCM, et l’application My Porsche affiche l’état de votre voiture.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'Pas d’e-mail d’activation, par exemple parce que vous avez acheté la voiture d’occasion ? Adressez-vous à un partenaire Porsche. Les services achetés pour la voiture restent avec elle lors d’une revente.',
      },
    ],
  },
  'c88c2df3-9d75-46d0-8334-0e5b424bc237': {
    title: 'Définir et activer le véhicule dans Mercedes me',
    description:
      'Votre Mercedes-Benz doit être associée à votre Mercedes me ID, avec ses services Mercedes me connect activés, avant de partager la moindre donnée.',
    preconditions: [
      'Vous avez un Mercedes me ID.',
      'Vous avez sous la main le VIN de votre voiture.',
      'Mercedes me connect est proposé dans votre pays.',
    ],
    steps: [
      {
        text: 'Ouvrez l’application Mercedes-Benz (anciennement Mercedes me) et connectez-vous avec votre Mercedes me ID.',
        place: 'app',
      },
      {
        text: 'Associez votre voiture à votre compte avec son VIN.',
        detail:
          'Si l’application vous demande de confirmer dans la voiture, suivez ses instructions : Mercedes-Benz ne décrit pas cette étape.',
        place: 'app',
      },
      {
        text: 'Dans le Mercedes-Benz Store, activez les services Mercedes me connect proposés pour votre voiture.',
        detail:
          'Ils s’appellent Digital Extras. Vous y prolongez aussi ceux qui ont expiré : dans l’application, sur le web ou dans la voiture.',
        place: 'app',
      },
      {
        text: 'Si aucun service n’est proposé, demandez à un atelier Mercedes-Benz de vérifier le système d’appel d’urgence.',
        detail: 'Ces services ne fonctionnent pas tant qu’il est désactivé.',
        place: 'dealer',
      },
    ],
    successSign:
      'L’application Mercedes-Benz affiche l’état de votre voiture et ses fonctions à distance.',
  },
  'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe': {
    title: 'Autoriser l’accès mobile dans le véhicule',
    description:
      'L’accès mobile est le réglage de votre Tesla qui permet aux applications d’accéder à la voiture par Internet. Tant qu’il est désactivé, le niveau de charge et les autres données de la voiture ne peuvent pas être lus.',
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
        text: 'Sur l’écran tactile de la voiture, touchez Contrôles > Sécurité.',
        detail:
          'Sur les logiciels plus anciens, le réglage se trouve dans la partie sûreté et sécurité.',
        place: 'vehicle',
      },
      { text: 'Activez « Autoriser l’accès mobile ».', place: 'vehicle' },
      {
        text: 'Vérifiez dans l’application Tesla que la voiture répond.',
        detail:
          'Si l’application d’énergie ne peut toujours pas envoyer de commandes, elle vous demandera peut-être d’ajouter sa clé virtuelle dans l’application Tesla.',
        place: 'app',
      },
    ],
    successSign:
      'L’application Tesla affiche le niveau de charge de la voiture et peut la verrouiller et la déverrouiller.',
  },
  'faea347c-1274-4764-90df-75102f40a454': {
    title: 'Finaliser la configuration Audi',
    description:
      'Les services Audi connect nécessitent un compte myAudi vérifié auquel votre voiture est ajoutée, et que vous soyez défini comme utilisateur clé de la voiture. L’utilisateur clé obtient automatiquement l’accès à distance.',
    preconditions: [
      'Vous avez un compte myAudi, ou vous allez en créer un avec votre date et votre lieu de naissance.',
      'Personne d’autre n’est défini comme utilisateur clé de la voiture.',
      'Pour l’étape dans la voiture, celle-ci est garée à l’extérieur, avec un bon signal GPS et mobile.',
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
          'Il arrive en général par SMS ; si vous avez choisi l’e-mail, regardez aussi dans vos courriers indésirables. La vérification est aussi possible par appel vidéo ou chez un partenaire service Audi, mais certains services restent alors verrouillés jusque-là.',
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
          'Voitures récentes : suivez les instructions de l’application myAudi. MMI plus ancien : ouvrez Audi connect avec la touche du menu, appuyez sur la touche de commande droite, définissez l’utilisateur principal dans la gestion des utilisateurs d’Audi connect, puis saisissez votre nom d’utilisateur myAudi et le code véhicule à 10 caractères.',
        place: 'vehicle',
      },
    ],
    successSign: 'L’application myAudi vous indique comme utilisateur clé de votre voiture.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'Si quelqu’un d’autre est utilisateur clé, retirez-le dans la voiture, contact mis et avec une clé à bord, depuis les réglages de la gestion des utilisateurs. Cela retire aussi tous les autres utilisateurs de la voiture.',
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
        text: 'Sur l’écran d’accueil du MMI, ouvrez les réglages, puis la confidentialité.',
        detail:
          'Appuyez sur le symbole de confidentialité dans la barre d’état pour voir ce que signifie le réglage actuel.',
        place: 'vehicle',
      },
      {
        text: 'Quittez la confidentialité maximale et autorisez la voiture à partager sa position.',
        detail:
          'Audi ne publie pas le nom de l’option. Une voiture laissée en confidentialité maximale ne reçoit pas non plus les mises à jour de sécurité.',
        place: 'vehicle',
      },
      {
        text: 'Coupez le contact, puis vérifiez dans l’application myAudi que la position de stationnement de la voiture s’affiche.',
        detail: 'La voiture envoie sa position au moment où le contact est coupé.',
        place: 'app',
      },
    ],
    successSign: 'Une fois le contact coupé, l’application myAudi indique où la voiture est garée.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'Les MMI plus anciens, avec une touche de menu, ont leurs paramètres de confidentialité dans le menu Audi connect ; la notice d’utilisation de votre voiture donne le chemin.',
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
      {
        text: 'Sur l’écran d’accueil du MMI, ouvrez les réglages, puis la confidentialité.',
        place: 'vehicle',
      },
      {
        text: 'Autorisez la voiture à transmettre des données personnelles.',
        detail:
          'Le nom de l’option varie selon les modèles. Les destinations enregistrées entre-temps dans la voiture se synchronisent alors avec myAudi : supprimez-les d’abord pour les garder uniquement dans la voiture.',
        place: 'vehicle',
      },
    ],
    successSign:
      'L’application myAudi affiche les données de votre voiture, comme son kilométrage.',
  },
  'adc1ef01-afde-404f-a255-bd487185cc28': {
    title: 'Mettre à jour le logiciel du véhicule vers le progiciel 3669',
    description:
      'Le progiciel 3669 est une mise à jour de votre Audi dont dépend le pilotage de la recharge. Audi ne publie rien à son sujet : c’est donc à un partenaire service Audi qu’il faut le demander.',
    preconditions: ['Vous avez sous la main le VIN de votre voiture.'],
    steps: [
      {
        text: 'Demandez à un partenaire service Audi si le progiciel 3669, ou un plus récent, est disponible pour votre voiture.',
        detail:
          'Donnez-lui votre VIN et demandez s’il s’installe à distance ou s’il faut une visite.',
        place: 'dealer',
      },
      {
        text: 'D’ici là, gardez la voiture en ligne et hors de la confidentialité maximale, pour qu’elle puisse recevoir des mises à jour.',
        detail: 'Sur l’écran d’accueil du MMI, dans les réglages de confidentialité.',
        place: 'vehicle',
      },
    ],
    successSign:
      'Le partenaire service confirme que votre voiture dispose du progiciel 3669 ou plus récent.',
    waiting:
      'Jusqu’à ce qu’un partenaire service ait installé le progiciel, ou que la voiture l’ait reçu. Audi n’indique aucune durée.',
  },
  '394939c1-70bd-42d9-881f-24d15e3610e2': {
    title: 'Activer le service Audi connect « Car Finder »',
    description:
      'Car Finder est le service Audi connect qui indique où votre voiture est garée. Il nécessite un utilisateur clé et une licence valide, et la voiture doit être autorisée à partager sa position.',
    preconditions: [
      'Votre configuration Audi est terminée et vous êtes l’utilisateur clé de la voiture.',
      'La voiture n’est pas en confidentialité maximale.',
    ],
    steps: [
      { text: 'Ouvrez l’application myAudi et sélectionnez votre voiture.', place: 'app' },
      {
        text: 'Vérifiez que Car Finder figure parmi les services de votre voiture et que sa licence est valide.',
        detail:
          'Si elle a expiré, renouvelez-la dans myAudi : le service fonctionne dès le démarrage suivant.',
        place: 'app',
      },
      {
        text: 'Coupez le contact : la voiture envoie sa position de stationnement à ce moment-là.',
        detail:
          'Si la voiture est déplacée sans contact mis, par exemple remorquée, sa nouvelle position est inconnue.',
        place: 'vehicle',
      },
    ],
    successSign: 'Une fois le contact coupé, myAudi indique où la voiture est garée.',
  },
  '27c663b3-a141-4fe8-b6fc-00c0639ba165': {
    title: 'Activer le service Audi connect de recharge à distance',
    description:
      'Le service Audi connect de recharge à distance permet de consulter le niveau de charge et de démarrer ou d’arrêter la recharge depuis l’extérieur de la voiture. Il nécessite un utilisateur clé et une licence valide.',
    preconditions: [
      'Votre configuration Audi est terminée et vous êtes l’utilisateur clé de la voiture.',
    ],
    steps: [
      { text: 'Ouvrez l’application myAudi et sélectionnez votre voiture.', place: 'app' },
      {
        text: 'Vérifiez que la recharge à distance figure parmi les services de votre voiture et que sa licence est valide.',
        detail:
          'Il ne s’agit pas du e-tron Charging Service pour la recharge publique, qui est un contrat distinct. Sur les modèles récents, le service peut porter un autre nom.',
        place: 'app',
      },
      {
        text: 'Si la licence a expiré, renouvelez-la dans myAudi.',
        detail: 'Un service renouvelé fonctionne dès le démarrage suivant de la voiture.',
        place: 'app',
      },
    ],
    successSign:
      'myAudi affiche le niveau de charge, et la recharge démarre et s’arrête depuis l’application.',
  },
  '5fea0c74-0128-4b74-a7b4-53fef332a7fa': {
    title: 'Activer le service Audi connect « Automation »',
    description:
      '« Automation » désigne ici le service Audi connect des minuteries de recharge. Audi n’affiche aucun service de ce nom : cherchez plutôt les minuteries de recharge.',
    preconditions: [
      'Votre configuration Audi est terminée et vous êtes l’utilisateur clé de la voiture.',
    ],
    steps: [
      { text: 'Ouvrez l’application myAudi et sélectionnez votre voiture.', place: 'app' },
      {
        text: 'Vérifiez que les minuteries de recharge figurent parmi les services de votre voiture, avec une licence.',
        place: 'app',
      },
      {
        text: 'Si la licence a expiré, renouvelez-la dans myAudi.',
        detail: 'Un service renouvelé fonctionne dès le démarrage suivant de la voiture.',
        place: 'app',
      },
    ],
    successSign: 'Les minuteries de recharge se règlent dans myAudi et parviennent à la voiture.',
    alternatives: [
      {
        case: 'otherModel',
        text: 'Les hybrides rechargeables ont aussi des minuteries dans la voiture, dans le menu du véhicule, à la rubrique recharge et efficience. Elles ne s’appliquent que si la recharge programmée est active.',
      },
    ],
  },
  '94b650dc-ec11-4558-930c-27bb09a42efc': {
    title: 'Mettre à jour le véhicule vers le progiciel ME3.1',
    description:
      'ME3.1 est un progiciel de votre ŠKODA dont dépend le pilotage de la recharge. Les voitures en ME3.0 le reçoivent à distance dès qu’elles remplissent quelques conditions.',
    preconditions: [
      'La voiture est déjà en ME3.0 : une voiture encore en ME2.x ne reçoit ME3 que chez un partenaire service ŠKODA.',
      'Le mode en ligne est activé dans la voiture.',
      'La batterie haute tension est chargée à au moins 50 %, et la voiture n’est pas en charge.',
      'La voiture est garée dans une zone couverte par le réseau mobile, pas dans un parking souterrain.',
    ],
    steps: [
      {
        text: 'Vérifiez que vous êtes l’utilisateur principal de la voiture.',
        detail:
          'La voiture doit apparaître dans votre application MyŠkoda, et vous parmi les utilisateurs de la voiture. Sinon, ajoutez son VIN dans le garage de l’application MyŠkoda et suivez les étapes.',
        place: 'app',
      },
      {
        text: 'Dans la voiture, vérifiez que le mode en ligne est activé dans les paramètres de confidentialité des utilisateurs.',
        detail: 'Voiture en marche, le voyant du module SOS dans la console de pavillon est vert.',
        place: 'vehicle',
      },
      {
        text: 'Coupez le contact et cherchez l’avis de mise à jour sur l’écran qui s’affiche à l’arrêt.',
        detail:
          'Les mises à jour arrivent par vagues, cela peut donc prendre un moment. Vous pouvez aussi la reporter depuis cet écran.',
        place: 'vehicle',
      },
      {
        text: 'Lancez l’installation, puis sortez et verrouillez la voiture dans les 10 minutes.',
        detail:
          'La voiture ne peut pas rouler pendant l’installation. Si vous la déverrouillez, reverrouillez-la dans les 2 minutes, sinon la mise à jour ne se termine pas.',
        place: 'vehicle',
      },
      {
        text: 'Si vous rechargiez sur une borne publique, relancez la recharge après la mise à jour.',
        detail: 'Une wallbox à domicile reprend la recharge d’elle-même.',
        place: 'vehicle',
      },
      {
        text: 'Si la mise à jour ne vous est pas proposée, adressez-vous à un partenaire service ŠKODA.',
        place: 'dealer',
      },
    ],
    successSign:
      'Après l’installation, l’infodivertissement affiche les notes de version dans ses informations complémentaires.',
    waiting:
      'Les mises à jour arrivent par vagues, et l’installation immobilise la voiture. ŠKODA n’indique aucune durée.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'Une voiture encore en ME2.x, comme un des premiers Enyaq, reçoit sa mise à jour ME3 chez un partenaire service ŠKODA ; la visite dure plusieurs heures. Ensuite, les mises à jour arrivent à distance.',
      },
    ],
  },
  '88511fef-9e94-4a7b-a1bc-926b06c0e455': {
    title: 'Activer le service de position de stationnement',
    description:
      'Le service de position de stationnement est le service en ligne ŠKODA qui indique où votre voiture est garée. La voiture ne partage sa position que si son niveau de confidentialité le permet et que le service est activé.',
    preconditions: [
      'Votre voiture figure dans votre application MyŠkoda et ses services en ligne sont actifs.',
      'Vous êtes dans la voiture, infodivertissement allumé.',
    ],
    steps: [
      {
        text: 'Dans la voiture, réglez le niveau de protection des données personnelles sur celui qui partage votre position.',
        detail:
          'Dans la gestion des utilisateurs, parmi les réglages de confidentialité et de services. À tout autre niveau, la position n’apparaît pas dans l’application.',
        place: 'vehicle',
      },
      {
        text: 'Dans la liste des services en ligne, cochez le service de position de stationnement.',
        detail:
          'Dans le menu ŠKODA Connect, parmi la confidentialité et les services. La liste indique aussi la date de fin de chaque licence.',
        place: 'vehicle',
      },
      {
        text: 'Coupez le contact, puis vérifiez que l’application MyŠkoda indique où la voiture est garée.',
        place: 'app',
      },
    ],
    successSign:
      'Après le prochain arrêt de la voiture, MyŠkoda affiche sa dernière position de stationnement.',
    alternatives: [
      {
        case: 'otherModel',
        text: 'Enyaq et Elroq : les paramètres de confidentialité se trouvent dans le menu des utilisateurs, à la rubrique des réglages. Activez-y le mode en ligne et le partage de la position ; ŠKODA ne publie pas le nom des niveaux.',
      },
    ],
  },
};
