import { BrandBadge, CapabilityStatus, InterventionChecklist, planFleet } from 'intervention-ui';
import { catalogue } from 'intervention-ui/catalogue';
import { withLiveInterventions } from 'intervention-ui/live';
import { useMemo, useState } from 'react';
import 'intervention-ui/styles.css';
// Realistic API payloads, shared with the library's own tests.
import {
  chargerEasee,
  teslaSample,
  unknownIdsVehicle,
  volkswagenId4,
} from '../../../test/fixtures/devices';
import { interventionsApiResponse } from '../../../test/fixtures/interventions-api';
import { LogicOnly } from './LogicOnly';

const devices = [
  { ...teslaSample, name: 'Family car' },
  { ...volkswagenId4, name: 'Company car' },
  { ...volkswagenId4, id: 'vw-2', name: 'Pool car' },
  { ...unknownIdsVehicle, name: 'Test drive' },
  { ...chargerEasee, name: 'Garage charger' },
];

/** A host's fleet view: the most impactful interventions first, then each device in detail. */
export function FleetDashboard() {
  // Live API text merged over the bundled guidance, as a host with live data would.
  const live = useMemo(
    () => withLiveInterventions(catalogue, interventionsApiResponse).catalogue,
    [],
  );
  const fleet = useMemo(() => planFleet(devices, live), [live]);
  const [selected, setSelected] = useState<string>();

  return (
    <main>
      <h1>Fleet dashboard</h1>
      <LogicOnly />
      <section aria-labelledby="fleet-title">
        <h2 id="fleet-title">Actions across the fleet</h2>
        <ol data-testid="fleet-groups">
          {fleet.groups.map((group) => (
            <li key={group.id}>
              {group.entry?.resolution.title ??
                `Action needed in ${group.portal ?? 'the maker’s app'}`}{' '}
              — {group.devices.length} device(s)
            </li>
          ))}
        </ol>
      </section>
      {devices.map((device) => (
        <section key={device.id} aria-labelledby={`device-${device.id}`} data-testid="device">
          <h2 id={`device-${device.id}`}>
            <BrandBadge vendor={device.vendor} /> {device.name}
          </h2>
          <CapabilityStatus capabilities={device.capabilities} variant="summary" />
          <CapabilityStatus
            capabilities={device.capabilities}
            catalogue={live}
            onSelectCapability={(name) => setSelected(`${device.id}:${name}`)}
          />
          <InterventionChecklist
            capabilities={device.capabilities}
            catalogue={live}
            vendor={device.vendor}
            headingLevel={4}
            filter={
              selected?.startsWith(`${device.id}:`) ? [selected.split(':')[1] ?? ''] : undefined
            }
          />
        </section>
      ))}
    </main>
  );
}
