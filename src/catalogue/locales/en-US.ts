/**
 * The bundled catalogue in US English, the default: the same as `intervention-ui/catalogue`,
 * under a tag like the other languages.
 */
export { catalogue } from '../bundled.js';
export { guidanceEnUS as guidance } from '../guidance/en-US.js';
