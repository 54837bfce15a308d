import { type Catalogue, createCatalogue } from '../catalogue.js';
import { bundledEntries } from '../entries.js';
import { guidanceDeDE } from '../guidance/de-DE.js';

/** The bundled catalogue in German: every intervention's title, steps and checks in German. */
export const catalogue: Catalogue = /* @__PURE__ */ createCatalogue(bundledEntries(guidanceDeDE), {
  locale: 'de-DE',
});
export { guidanceDeDE as guidance };
