import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { CapabilityStatus, InterventionChecklist, planInterventions } from '../../src/index.js';

/** A whole Tesla, as the API returns it, listing an intervention no catalogue knows. */
const tesla = {
  id: 'car-1',
  vendor: 'TESLA',
  capabilities: {
    chargeState: { isCapable: false, interventionIds: ['not-in-any-catalogue'] },
    information: { isCapable: true, interventionIds: [] },
  },
};

describe('one rule for device input', () => {
  it('lets CapabilityStatus and InterventionChecklist name the same app for the same whole device', () => {
    render(
      <>
        <CapabilityStatus capabilities={tesla} catalogue={catalogue} />
        <InterventionChecklist capabilities={tesla} />
      </>,
    );
    const list = screen.getByRole('list', { name: /features/i });
    expect(within(list).getByText('Action needed in Tesla app')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Action needed in Tesla app' })).toBeVisible();
  });

  it('gives the plan the same vendor from a whole device as from the vendor option', () => {
    const fromDevice = planInterventions(tesla, catalogue);
    const fromOption = planInterventions(tesla.capabilities, catalogue, { vendor: 'TESLA' });
    expect(fromDevice).toEqual(fromOption);
    expect(fromDevice.items[0]).toMatchObject({ vendor: 'TESLA', portal: 'Tesla app' });
  });
});
