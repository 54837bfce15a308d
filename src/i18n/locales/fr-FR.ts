/** French (fr-FR) messages, in the same shape as en-US. A no-break space (\u00a0) precedes every colon. */
import type { PluralForms } from '../format.js';
import type { Messages } from '../messages.js';

export const frFR: Messages = {
  locale: 'fr-FR',
  brand: {
    unknown: 'Marque inconnue',
  },
  capabilityLabels: {
    information: 'Infos sur l’appareil',
    chargeState: 'État de charge',
    location: 'Localisation',
    odometer: 'Compteur kilométrique',
    setMaxCurrent: 'Régler le courant max.',
    startCharging: 'Démarrer la recharge',
    stopCharging: 'Arrêter la recharge',
    smartCharging: 'Recharge intelligente',
    setFollowSchedule: 'Suivre un programme',
    setPermanentHold: 'Maintenir une température',
    productionState: 'Production',
    productionStatistics: 'Historique de production',
    importFocus: 'Priorité à l’achat',
    exportFocus: 'Priorité à la revente',
    timeOfUse: 'Heures creuses',
    selfReliance: 'Autoconsommation',
    idle: 'Mode veille',
    measuresConsumption: 'Consommation',
    measuresProduction: 'Mesure de production',
  },
  capabilityDescriptions: {
    information:
      'Récupère les informations de base comme le modèle, l’année et la capacité de la batterie.',
    chargeState:
      'Récupère le niveau de batterie et l’autonomie, et indique si le véhicule est branché et en charge.',
    location:
      'Récupère l’endroit où le véhicule est garé, pour adapter la recharge lorsqu’il est à la maison.',
    odometer: 'Récupère la distance parcourue par le véhicule.',
    setMaxCurrent: 'Limite le courant de charge pour protéger le disjoncteur du logement.',
    startCharging: 'Démarre une session de recharge à distance.',
    stopCharging: 'Arrête une session de recharge à distance.',
    smartCharging:
      'Recharge quand l’électricité est la moins chère et la plus verte, pour un véhicule prêt au départ.',
    setFollowSchedule:
      'Permet à l’appareil de suivre son propre programme de chauffage ou de climatisation.',
    setPermanentHold: 'Maintient la température choisie jusqu’à nouvel ordre.',
    productionState: 'Récupère la puissance produite en ce moment par les panneaux solaires.',
    productionStatistics: 'Récupère l’énergie produite par les panneaux solaires au fil du temps.',
    importFocus: 'Charge la batterie sur le réseau quand l’électricité est bon marché.',
    exportFocus: 'Revend l’énergie stockée au réseau quand les prix sont élevés.',
    timeOfUse: 'Décale la charge et la décharge selon les plages horaires du tarif.',
    selfReliance: 'Utilise l’énergie solaire stockée à la maison avant d’acheter au réseau.',
    idle: 'Met la batterie en pause\u00a0: elle ne se charge ni ne se décharge.',
    measuresConsumption: 'Récupère la quantité d’énergie consommée par le logement.',
    measuresProduction: 'Récupère la quantité d’énergie que le logement injecte dans le réseau.',
  },
  status: {
    status: {
      capable: 'Disponible',
      blocked: 'Action requise',
      missing: 'Non disponible',
    },
    actionsNeeded: {
      one: '{count} action requise',
      many: '{count} actions requises',
      other: '{count} actions requises',
    } as PluralForms,
    // Agrees with {total}, whatever {count} is: the noun comes first and the numbers last.
    available: {
      one: 'Fonctionnalité disponible\u00a0: {count} sur {total}',
      many: 'Fonctionnalités disponibles\u00a0: {count} sur {total}',
      other: 'Fonctionnalités disponibles\u00a0: {count} sur {total}',
    } as PluralForms,
    missingExplanation: 'Cet appareil ne le permet pas.',
    showHowTo: 'Voir comment débloquer',
    unknownAction: 'Action requise dans {portal}',
    unknownActionUnknownPortal: 'Action requise dans l’application du fabricant',
    listLabel: 'Fonctionnalités',
    separator: ', ',
    summaryDivider: ' · ',
    empty: 'Cet appareil n’a signalé aucune fonctionnalité.',
    notReported: 'Cet appareil ne signale pas\u00a0: {capabilities}.',
  },
  checklist: {
    progressLabel: 'Progression',
    // Agrees with the total {count}, as `available` does.
    progress: {
      one: 'Terminée\u00a0: {done} sur {count}',
      many: 'Terminées\u00a0: {done} sur {count}',
      other: 'Terminées\u00a0: {done} sur {count}',
    } as PluralForms,
    unlocks: 'Débloque\u00a0: {capabilities}',
    place: {
      app: 'Dans l’application',
      web: 'Sur le web',
      vehicle: 'Dans le véhicule',
      device: 'Sur l’appareil',
      dealer: 'Chez un concessionnaire',
    },
    agent: { User: 'Par vous', ThirdParty: 'Par un concessionnaire ou un garage' },
    state: { pending: 'À faire', done: 'Marquée comme faite', resolved: 'Résolue' },
    beforeYouStart: 'Avant de commencer',
    steps: 'Étapes',
    openPortal: 'Ouvrir {portal}',
    estimatedTime: {
      one: 'Environ {count} minute',
      many: 'Environ {count} minutes',
      other: 'Environ {count} minutes',
    } as PluralForms,
    markDone: 'Marquer comme faite',
    reconnect: 'Reconnecter',
    reconnectNeeded:
      'Cet appareil doit être reconnecté : connectez-vous au compte du fabricant là où vous l’avez connecté la première fois.',
    fallbackTitle: 'Action requise dans {portal}',
    fallbackTitleUnknownPortal: 'Action requise dans l’application du fabricant',
    fallbackBody:
      'Il n’existe pas encore de guide pas à pas pour cette action. Ouvrez {portal} et suivez les instructions, ou contactez l’assistance.',
    fallbackPortal: 'l’application du fabricant',
    reference: 'Référence pour l’assistance\u00a0:',
    missingVehicle: 'Non disponible sur ce véhicule',
    missingDevice: 'Non disponible sur cet appareil',
    allCapable: 'Tout fonctionne. Il n’y a rien à faire.',
    nothingToDo: 'Il n’y a rien à faire\u00a0: tout ce que cet appareil peut offrir fonctionne.',
    allResolved: 'Terminé\u00a0: toutes les fonctionnalités sont débloquées.',
    empty: 'Cet appareil n’a signalé aucune fonctionnalité.',
    recheck: 'Vérifier à nouveau',
    rechecking: 'Vérification de l’appareil…',
    recheckFailed: 'Impossible de vérifier l’appareil. Réessayez dans un instant.',
    recheckDone: 'Vérifié.',
  },
};
