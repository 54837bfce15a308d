// Bundle budgets, enforced by `npm test`. One compression for all: brotli. React and Radix are
// external everywhere (hosts have them already), and the bundled catalogue's data has its own
// line, so each component line measures what the component itself adds.
//
// The product's targets are in `target`. Where the code does not meet one yet, `limit` is the
// ceiling today (so nothing grows unnoticed) and the comment says what the bytes pay for.

const external = ['react', 'react-dom', '@radix-ui/react-accordion'];
const withoutCatalogueData = [...external, '*/catalogue/bundled.js'];

const budgets = [
  { name: 'BrandBadge alone', import: '{ BrandBadge }', ignore: external, target: '1.5 kB' },
  {
    name: 'CapabilityStatus alone',
    import: '{ CapabilityStatus }',
    ignore: external,
    target: '3 kB',
    // Pays for: parsing raw API data with no crash on any input (~0.9 kB), the vendor
    // registry for naming the app behind unknown actions (~1.2 kB), plurals and lists, and
    // picking the nearest loaded locale with host overrides (~0.35 kB).
    limit: '5.8 kB',
  },
  {
    name: 'InterventionChecklist without Radix and without the catalogue data',
    import: '{ InterventionChecklist }',
    ignore: withoutCatalogueData,
    target: '5 kB',
    // Pays for: the same parsing and vendor registry, BrandBadge, the plan logic, structured
    // rich content for live Markdown (shown at any depth, deeper than the limit as text, and
    // in any shape a host's own entries give it: ~0.3 kB), locale matching, memoised items
    // (marking one done re-renders that item only), and every state of the checklist.
    limit: '8.4 kB',
  },
  {
    name: 'All three components without Radix and without the catalogue data',
    import: '{ BrandBadge, CapabilityStatus, InterventionChecklist }',
    ignore: withoutCatalogueData,
    target: '6 kB',
    limit: '9.6 kB',
  },
  {
    name: 'The en-US catalogue',
    path: 'dist/catalogue/index.js',
    import: '{ catalogue }',
    target: '6 kB',
    // Pays for: 24 interventions with 3 to 6 steps each, menu paths and details, written out.
    limit: '8.3 kB',
  },
  { name: 'styles.css', path: 'dist/styles.css', target: '3 kB' },
];

export default budgets.map(({ target, limit, ...check }) => ({
  path: 'dist/index.js',
  ...check,
  brotli: true,
  limit: limit ?? target,
}));
