import { type Catalogue, createCatalogue } from './catalogue.js';
import { bundledEntries } from './entries.js';
import { guidanceEnUS } from './guidance/en-US.js';

/** The bundled catalogue in US English: every intervention of the source document. */
export const catalogue: Catalogue = /* @__PURE__ */ createCatalogue(bundledEntries(guidanceEnUS), {
  locale: 'en-US',
});
