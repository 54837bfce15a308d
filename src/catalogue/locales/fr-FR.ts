import { type Catalogue, createCatalogue } from '../catalogue.js';
import { bundledEntries } from '../entries.js';
import { guidanceFrFR } from '../guidance/fr-FR.js';

/** The bundled catalogue in French: every intervention's title, steps and checks in French. */
export const catalogue: Catalogue = /* @__PURE__ */ createCatalogue(bundledEntries(guidanceFrFR), {
  locale: 'fr-FR',
});
export { guidanceFrFR as guidance };
