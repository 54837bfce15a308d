'use client';

import { CapabilityStatus, InterventionChecklist } from 'intervention-ui';
import { useState } from 'react';
import { tesla } from '../../data/devices';

/**
 * A Client Component page: "Check again" fetches the device from the app's own route handler
 * and the checklist shows what the new snapshot resolved.
 */
export default function Recheck() {
  const [capabilities, setCapabilities] = useState<unknown>(tesla.capabilities);
  return (
    <main>
      <h1>Your Tesla</h1>
      <CapabilityStatus capabilities={capabilities} variant="summary" />
      <InterventionChecklist
        capabilities={capabilities}
        vendor={tesla.vendor}
        onRecheck={async () => {
          const response = await fetch(`/api/vehicles/${tesla.id}`, { cache: 'no-store' });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          setCapabilities((await response.json()).capabilities);
        }}
      />
    </main>
  );
}
