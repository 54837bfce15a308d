/** US English, the built-in default, as a locale module like the others. */
export { enUS } from '../en-US/index.js';
