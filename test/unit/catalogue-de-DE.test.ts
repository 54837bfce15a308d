import { guidanceDeDE } from '../../src/catalogue/guidance/de-DE.js';
import { describeGuidanceTranslation } from './guidance-translation.js';

describeGuidanceTranslation('de-DE', guidanceDeDE);
