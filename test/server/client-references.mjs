// Registers the loader hooks of client-references-hooks.mjs: Node then loads the built package
// the way a React Server Components bundler does. Used with `--import` by react-server.mjs.
import { register } from 'node:module';

register('./client-references-hooks.mjs', import.meta.url);
