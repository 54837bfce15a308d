// Bundle budgets, enforced by `npm test`. One compression for all: brotli. React and Radix are
// external everywhere (hosts have them already), and the bundled catalogue's data has its own
// line, so each component line measures what the component itself adds.
//
// The product's targets are in `target`. Where the code does not meet one yet, `limit` is the
// ceiling today (so nothing grows unnoticed) and the comment says what the bytes pay for.

// Every Radix package is external: the accordion brings use-controllable-state with it, so
// hosts of the checklist have it already.
const external = ['react', 'react-dom', '@radix-ui/*'];
const withoutCatalogueData = [...external, '*/catalogue/bundled.js'];

const budgets = [
  {
    name: 'BrandBadge alone',
    import: '{ BrandBadge }',
    ignore: external,
    target: '1.5 kB',
    // Pays for: a class per part (classNames) and data-scope on every part, beside the
    // brand of every vendor code in the API's vendor enums, 106 of them (colour, name as the
    // maker writes it, monogram; ~0.5 kB more than the first 53), and reading a host's registry
    // from the API's vendor health over it, safely for any input (~0.15 kB). Since marks that
    // hold (~0.65 kB): the monogram fitted to the mark's square from an estimate of its
    // letters' widths in every script, on the server too; the outline where a brand colour is
    // too close to a theme's surfaces; a logo of the host's in place of the monogram.
    limit: '2.9 kB',
  },
  {
    name: 'CapabilityStatus alone',
    import: '{ CapabilityStatus }',
    ignore: external,
    target: '3 kB',
    // Pays for: parsing raw API data with no crash on any input (~0.9 kB), the vendor
    // registry for naming the app behind unknown actions (~2.3 kB: every code of the API's
    // vendor enums with brand, app and kinds of device, and reading a host's registry from the
    // API's vendor health, ~0.25 kB of it), plurals and lists, and picking the nearest loaded
    // locale with host overrides (~0.35 kB), and since the headless layer: the hook, the
    // summary and order functions, labels merged one by one, the anatomy and classNames per
    // part (~0.6 kB).
    // Device facts kept apart from capabilities, and every capability name of the API's six
    // device types (~0.45 kB).
    // The fast plan (~0.6 kB): capabilities read in one pass into lists and records without
    // Object.fromEntries, a reading for plans that skips problems, facts and capable entries'
    // ids, the record's order kept for any input, exact-length id lists, and bounded caches of
    // bundled vendors and derived labels.
    limit: '8.5 kB',
  },
  {
    name: 'InterventionChecklist without Radix and without the catalogue data',
    import: '{ InterventionChecklist }',
    ignore: withoutCatalogueData,
    target: '5 kB',
    // Pays for: the same parsing and vendor registry, BrandBadge, the plan logic, structured
    // rich content for live Markdown (shown at any depth, deeper than the limit as text, and
    // in any shape a host's own entries give it: ~0.3 kB), locale matching, memoised items
    // (marking one done re-renders that item only), every state of the checklist, and since
    // the headless layer: its state hook, the Reconnect action, the anatomy and classNames per
    // part (~1.2 kB). The vendor registry is the one CapabilityStatus pays for (~2.3 kB), and
    // so is the fast plan (~0.6 kB). BrandBadge's marks that hold (~0.65 kB, see above). The
    // owner's-experience redesign (~2 kB): the heading, step markers and order cues, the open
    // first step, chips with "+N more", links to the maker's app and stores checked to be web
    // addresses, Undo, polite announcements of each change and check, truthful end states,
    // checking by itself with its bounds, printing every item's guidance, and the 30 strings
    // these say.
    limit: '14.6 kB',
  },
  {
    name: 'All three components without Radix and without the catalogue data',
    import: '{ BrandBadge, CapabilityStatus, InterventionChecklist }',
    ignore: withoutCatalogueData,
    target: '6 kB',
    // The fast plan: ~0.6 kB, as in CapabilityStatus; the redesign, as in the checklist.
    limit: '16 kB',
  },
  {
    name: 'The en-US catalogue',
    path: 'dist/catalogue/index.js',
    import: '{ catalogue }',
    target: '6 kB',
    // Pays for: 24 interventions with 3 to 6 steps each, menu paths and details, written out
    // (about 8.2 kB); the makers' pages each entry rests on, with titles (about 3 kB); success
    // signs, the ways for older and used cars, waits, and the makers' app and portal links
    // (about 2.6 kB); and the vendor registry the catalogue takes live entries' portals from
    // (~1.15 kB of it for the 106 codes of the API's vendor enums).
    limit: '15.4 kB',
  },
  {
    name: 'styles.css',
    path: 'dist/styles.css',
    target: '3 kB',
    // Pays for, past the target: the status icons drawn as masks (one element each, see
    // src/styles/icons.css), the item grid the header shares, the phone, forced-colours and
    // print layouts (~0.2 kB).
    limit: '3.2 kB',
  },
];

/** Measured as a host's production build ships it: development-only warnings left out. */
const asProduction = (config) => ({
  ...config,
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
});

export default budgets.map(({ target, limit, ...check }) => ({
  path: 'dist/index.js',
  ...check,
  brotli: true,
  limit: limit ?? target,
  modifyEsbuildConfig: asProduction,
}));
