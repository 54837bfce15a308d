import { fireEvent, screen } from '@testing-library/react';
import { catalogue } from '../../src/catalogue/index.js';
import {
  BrandBadge,
  brandBadgeAnatomy,
  CapabilityStatus,
  capabilityStatusAnatomy,
  InterventionChecklist,
  interventionChecklistAnatomy,
} from '../../src/index.js';
import { withLiveInterventions } from '../../src/live/index.js';
import { fullyCapableVehicle, volkswagenId4 } from '../fixtures/devices.js';
import { interventionsApiResponse } from '../fixtures/interventions-api.js';
import {
  specInterventionsResponse,
  teslaRelinkIntervention,
} from '../fixtures/interventions-spec.js';
import { describeConformance } from '../helpers/conformance.js';

describeConformance('BrandBadge', {
  anatomy: brandBadgeAnatomy,
  render: (props) => <BrandBadge vendor="SKODA" {...props} />,
  rootClass: 'iu-brand-badge',
  states: {
    'with its name': (props) => <BrandBadge vendor="SKODA" {...props} />,
    'mark only, unknown vendor': (props) => (
      <BrandBadge vendor="NOT_A_MAKER" showName={false} {...props} />
    ),
    "with a logo of the host's": (props) => (
      <BrandBadge vendor="BMW" logo={<img src="/logos/bmw.svg" alt="" />} {...props} />
    ),
  },
});

describeConformance('CapabilityStatus', {
  anatomy: capabilityStatusAnatomy,
  render: (props) => <CapabilityStatus capabilities={volkswagenId4} {...props} />,
  rootClass: 'iu-capability-status',
  states: {
    'a list with action titles and buttons': (props) => (
      <CapabilityStatus
        capabilities={volkswagenId4}
        catalogue={catalogue}
        onSelectCapability={() => {}}
        {...props}
      />
    ),
    'a summary': (props) => (
      <CapabilityStatus capabilities={volkswagenId4} variant="summary" {...props} />
    ),
    'one capability': (props) => (
      <CapabilityStatus capabilities={volkswagenId4} capability="location" {...props} />
    ),
    empty: (props) => <CapabilityStatus capabilities={null} {...props} />,
  },
});

const live = withLiveInterventions(catalogue, [
  ...interventionsApiResponse,
  ...specInterventionsResponse,
]).catalogue;
const weConnect = 'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9';
/** The Volkswagen, plus an id no catalogue knows and one resolved by reconnecting. */
const everyKindOfItem = {
  ...volkswagenId4,
  capabilities: {
    ...volkswagenId4.capabilities,
    chargeRate: {
      isCapable: false,
      interventionIds: ['not-in-any-catalogue', teslaRelinkIntervention.id],
    },
  },
};

/** Presses the checklist's "Check again". */
const checkAgain = () => {
  fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
};

describeConformance('InterventionChecklist', {
  anatomy: interventionChecklistAnatomy,
  render: (props) => <InterventionChecklist capabilities={volkswagenId4} {...props} />,
  rootClass: 'iu-intervention-checklist',
  states: {
    // The We Connect subscription unlocks more than the header names ("+3 more"), and is
    // marked done (Undo); the other Volkswagen items open their app and its store pages.
    'every kind of item, all open, one marked done': (props) => (
      <InterventionChecklist
        capabilities={everyKindOfItem}
        catalogue={live}
        defaultExpanded={live.entries.map((entry) => entry.id).concat('not-in-any-catalogue')}
        defaultCompleted={[weConnect]}
        onRecheck={() => {}}
        onRelink={() => {}}
        {...props}
      />
    ),
    'reconnecting left to the host': (props) => (
      <InterventionChecklist
        capabilities={everyKindOfItem}
        catalogue={live}
        defaultExpanded={[teslaRelinkIntervention.id]}
        {...props}
      />
    ),
    'everything works': (props) => (
      <InterventionChecklist capabilities={fullyCapableVehicle} {...props} />
    ),
  },
  interactions: {
    'a check running': {
      // A check that never settles stays busy.
      render: (props) => (
        <InterventionChecklist
          capabilities={volkswagenId4}
          onRecheck={() => new Promise(() => {})}
          {...props}
        />
      ),
      interact: checkAgain,
    },
    'a failed check': {
      render: (props) => (
        <InterventionChecklist
          capabilities={volkswagenId4}
          onRecheck={() => Promise.reject(new Error('offline'))}
          {...props}
        />
      ),
      interact: checkAgain,
    },
    // Printing shows the guidance of the closed items too.
    printing: {
      render: (props) => <InterventionChecklist capabilities={volkswagenId4} {...props} />,
      interact: () => {
        window.dispatchEvent(new Event('beforeprint'));
      },
    },
  },
});
