import { parseCapabilities, planInterventions, resolveCapabilities } from 'intervention-ui';
import { catalogue } from 'intervention-ui/catalogue';
import { volkswagenId4 } from '../../../test/fixtures/devices';

/** The pure logic on its own, as a host with its own UI would call it. */
export function LogicOnly() {
  const { value, problems } = parseCapabilities(volkswagenId4);
  const features = resolveCapabilities(value, catalogue);
  const plan = planInterventions(value, catalogue, { vendor: volkswagenId4.vendor });
  return (
    <section aria-labelledby="logic-title" data-testid="logic">
      <h2 id="logic-title">Logic without the components</h2>
      <p>
        {features.filter((feature) => feature.status === 'blocked').length} blocked,{' '}
        {problems.length} problems
      </p>
      <ol>
        {plan.items.map((item) => (
          <li key={item.id}>
            {item.entry?.resolution.title}: {item.unlocks.join(', ')}
          </li>
        ))}
      </ol>
    </section>
  );
}
