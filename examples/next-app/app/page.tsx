import {
  BrandBadge,
  CapabilityStatus,
  InterventionChecklist,
  planInterventions,
} from 'intervention-ui';
import { catalogue } from 'intervention-ui/catalogue';
import { volkswagen } from '../data/devices';

/**
 * A Server Component: the plan is computed here, on the server, and the components render on
 * the server first, then hydrate in the browser.
 */
export default function Home() {
  const plan = planInterventions(volkswagen.capabilities, catalogue, { vendor: volkswagen.vendor });
  return (
    <main>
      <h1>
        <BrandBadge vendor={volkswagen.vendor} /> Your Volkswagen
      </h1>
      <CapabilityStatus capabilities={volkswagen.capabilities} variant="summary" />
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">Your plan, in order</h2>
        <ol data-testid="server-plan">
          {plan.items.map((item) => (
            <li key={item.id}>
              {item.entry?.resolution.title ??
                `Action needed in ${item.portal ?? 'the maker’s app'}`}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="features-title">
        <h2 id="features-title">Features</h2>
        <CapabilityStatus capabilities={volkswagen.capabilities} />
      </section>
      {/* Its own heading, "Finish setting up your car", is an h2 here. */}
      <InterventionChecklist capabilities={volkswagen.capabilities} vendor={volkswagen.vendor} />
    </main>
  );
}
