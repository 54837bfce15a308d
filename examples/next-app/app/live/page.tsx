import { CapabilityStatus, InterventionChecklist } from 'intervention-ui';
import { catalogue } from 'intervention-ui/catalogue';
import { withLiveInterventions } from 'intervention-ui/live';
import type { Metadata } from 'next';
import { teslaWithNewIntervention as vehicle } from '../../data/devices';
// The API's GET /interventions response body. A host fetches it on the server, in the owner's
// language; here it is a saved response so that the page needs no network.
import response from './interventions.json';

export const metadata: Metadata = { title: 'Live guidance' };

/**
 * Live API text merged over the bundled guidance on the server. Only the merged catalogue, plain
 * data, crosses to the browser; the Markdown parser stays on the server.
 */
export default function Live() {
  const { catalogue: live, problems } = withLiveInterventions(catalogue, response);
  return (
    <main>
      <h1>Your car, with live guidance</h1>
      {problems.length > 0 && (
        <p role="alert">{problems.length} live interventions could not be read.</p>
      )}
      <CapabilityStatus capabilities={vehicle.capabilities} catalogue={live} />
      <InterventionChecklist
        capabilities={vehicle.capabilities}
        catalogue={live}
        vendor={vehicle.vendor}
      />
    </main>
  );
}
