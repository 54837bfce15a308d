import { type Catalogue, mergeInterventions } from '../catalogue/catalogue.js';
import { parseInterventions } from '../model/parse.js';
import type { ParseProblem } from '../model/problems.js';
import { markdownToRich } from './markdown.js';

export { isSafeHref, maxContentDepth } from '../model/rich.js';
export { markdownToRich, maxMarkdownLength, maxMarkdownLines } from './markdown.js';

/** The result of merging a live API response into a catalogue. */
export interface LiveMergeResult {
  /** A new catalogue: live text over the bundled guidance, unknown interventions added. */
  catalogue: Catalogue;
  /** What could not be read from the response; the rest was merged. */
  problems: readonly ParseProblem[];
}

/**
 * Merges a live `GET /interventions` response (or one intervention) into a catalogue. The
 * response is parsed as untrusted input and each Markdown description becomes safe
 * structured content. Lives in its own entry point so that only hosts using live data ship the
 * Markdown parser.
 */
export function withLiveInterventions(catalogue: Catalogue, response: unknown): LiveMergeResult {
  const { value, problems } = parseInterventions(response);
  const live = value.map((intervention) => ({
    ...intervention,
    content: markdownToRich(intervention.resolution.description),
  }));
  return { catalogue: mergeInterventions(catalogue, live), problems };
}
