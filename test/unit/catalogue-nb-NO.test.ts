import { guidanceNbNO } from '../../src/catalogue/guidance/nb-NO.js';
import { describeGuidanceTranslation } from './guidance-translation.js';

describeGuidanceTranslation('nb-NO', guidanceNbNO);
