import {
  BrandBadge,
  CapabilityStatus,
  InterventionChecklist,
  LocaleProvider,
} from 'intervention-ui';
import { catalogue } from 'intervention-ui/catalogue/de-DE';
import { deDE } from 'intervention-ui/locales/de-DE';
import type { Metadata } from 'next';
import { tesla } from '../../data/devices';

export const metadata: Metadata = { title: 'Einrichtung abschließen' };

/**
 * German, chosen on the server: the provider and the German catalogue are set here, in a Server
 * Component, and handed to the components as props.
 */
export default function German() {
  return (
    <main lang="de">
      <LocaleProvider locale="de-DE" locales={[deDE]}>
        <h1>
          <BrandBadge vendor={tesla.vendor} /> Ihr Tesla
        </h1>
        <CapabilityStatus capabilities={tesla.capabilities} variant="summary" />
        <CapabilityStatus capabilities={tesla.capabilities} catalogue={catalogue} />
        <InterventionChecklist
          capabilities={tesla.capabilities}
          catalogue={catalogue}
          vendor={tesla.vendor}
        />
      </LocaleProvider>
    </main>
  );
}
