import { enUS } from '../en-US/index.js';
import { mergeMessages } from '../merge.js';
import type { Messages } from '../messages.js';

/**
 * British English: the US English messages, with British wording where the two differ, so a
 * change to the English text reaches both.
 */
export const enGB: Messages = mergeMessages(enUS, {
  locale: 'en-GB',
  checklist: { agent: { ThirdParty: 'By a dealer or garage' } },
});
