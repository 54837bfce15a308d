import { type Catalogue, createCatalogue } from '../catalogue.js';
import { bundledEntries } from '../entries.js';
import { guidanceNbNO } from '../guidance/nb-NO.js';

/** The bundled catalogue in Norwegian Bokmål: every intervention's title, steps and checks in Norwegian Bokmål. */
export const catalogue: Catalogue = /* @__PURE__ */ createCatalogue(bundledEntries(guidanceNbNO), {
  locale: 'nb-NO',
});
export { guidanceNbNO as guidance };
