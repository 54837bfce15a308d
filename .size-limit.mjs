// Bundle budgets, enforced by `npm test`. One compression for all: brotli. React and Radix are
// external everywhere (hosts have them already), and the bundled catalogue's data has its own
// line, so each component line measures what the component itself adds.
//
// The product's targets are in `target`. Where the code does not meet one yet, `limit` is the
// ceiling today (so nothing grows unnoticed) and the comment says what the bytes pay for.

const external = ['react', 'react-dom', '@radix-ui/react-accordion'];
const withoutCatalogueData = [...external, '*/catalogue/bundled.js'];

const budgets = [
  {
    name: 'BrandBadge alone',
    import: '{ BrandBadge }',
    ignore: external,
    target: '1.5 kB',
    // Pays for: the brand of every vendor code in the API's vendor enums, 106 of them (colour,
    // name as the maker writes it, monogram; ~0.5 kB more than the first 53), and reading a
    // host's registry from the API's vendor health over it, safely for any input (~0.15 kB).
    limit: '2.16 kB',
  },
  {
    name: 'CapabilityStatus alone',
    import: '{ CapabilityStatus }',
    ignore: external,
    target: '3 kB',
    // Pays for: parsing raw API data with no crash on any input (~0.9 kB), the vendor
    // registry for naming the app behind unknown actions (~2.1 kB: every code of the API's
    // vendor enums, with brand, app and kinds of device; ~0.25 kB of it reads a host's registry
    // from the API's vendor health), plurals and lists, and picking the nearest loaded locale
    // with host overrides (~0.35 kB).
    limit: '6.97 kB',
  },
  {
    name: 'InterventionChecklist without Radix and without the catalogue data',
    import: '{ InterventionChecklist }',
    ignore: withoutCatalogueData,
    target: '5 kB',
    // Pays for: the same parsing and vendor registry, BrandBadge, the plan logic, structured
    // rich content for live Markdown, locale matching, memoised items (marking one done
    // re-renders that item only), and every state of the checklist.
    limit: '9.25 kB',
  },
  {
    name: 'All three components without Radix and without the catalogue data',
    import: '{ BrandBadge, CapabilityStatus, InterventionChecklist }',
    ignore: withoutCatalogueData,
    target: '6 kB',
    limit: '10.43 kB',
  },
  {
    name: 'The en-US catalogue',
    path: 'dist/catalogue/index.js',
    import: '{ catalogue }',
    target: '6 kB',
    // Pays for: 24 interventions with 3 to 6 steps each, menu paths and details, written out,
    // and the vendor registry the catalogue takes live entries' portals from (~1.15 kB of it
    // for the 106 codes of the API's vendor enums and reading a host's registry).
    limit: '9.44 kB',
  },
  { name: 'styles.css', path: 'dist/styles.css', target: '3 kB' },
];

export default budgets.map(({ target, limit, ...check }) => ({
  path: 'dist/index.js',
  ...check,
  brotli: true,
  limit: limit ?? target,
}));
