import { expect } from 'vitest';
import { guidanceFrFR } from '../../src/catalogue/guidance/fr-FR.js';
import { describeGuidanceTranslation } from './guidance-translation.js';

describeGuidanceTranslation('fr-FR', guidanceFrFR, {
  eachString: (text, where) => {
    // French spacing: a no-break space (U+00A0 or U+202F), never a plain one, before : ; ? ! %
    // and inside « ».
    expect(text, where).not.toMatch(/ [:;?!%»]|« /);
    expect(text, where).not.toMatch(/[^\s\u00a0\u202f][:;?!»]|«[^\u00a0\u202f]/u);
  },
});
