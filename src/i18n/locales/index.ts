import { enUS } from '../en-US/index.js';
import type { Messages } from '../messages.js';
import { daDK } from './da-DK.js';
import { deDE } from './de-DE.js';
import { enGB } from './en-GB.js';
import { esES } from './es-ES.js';
import { fiFI } from './fi-FI.js';
import { frFR } from './fr-FR.js';
import { itIT } from './it-IT.js';
import { jaJP } from './ja-JP.js';
import { ltLT } from './lt-LT.js';
import { lvLV } from './lv-LV.js';
import { nbNO } from './nb-NO.js';
import { nlBE } from './nl-BE.js';
import { nlNL } from './nl-NL.js';
import { plPL } from './pl-PL.js';
import { ptPT } from './pt-PT.js';
import { roRO } from './ro-RO.js';
import { svSE } from './sv-SE.js';

export {
  daDK,
  deDE,
  enGB,
  enUS,
  esES,
  fiFI,
  frFR,
  itIT,
  jaJP,
  ltLT,
  lvLV,
  nbNO,
  nlBE,
  nlNL,
  plPL,
  ptPT,
  roRO,
  svSE,
};

/**
 * Every locale the library speaks, 18 in all: each of the 17 languages the API serves
 * interventions in, and Italian. For hosts that switch language at run time; a host with one
 * language imports `intervention-ui/locales/<tag>`.
 */
export const allLocales: readonly Messages[] = [
  daDK,
  deDE,
  enGB,
  enUS,
  esES,
  fiFI,
  frFR,
  itIT,
  jaJP,
  ltLT,
  lvLV,
  nbNO,
  nlBE,
  nlNL,
  plPL,
  ptPT,
  roRO,
  svSE,
];
