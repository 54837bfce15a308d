import { type Catalogue, mergeInterventions } from '../catalogue/catalogue.js';
import { parseInterventions } from '../model/parse.js';
import type { ParseProblem } from '../model/problems.js';
import { apiTextToMarkdown } from './api-text.js';
import { markdownToRich } from './markdown.js';

export { isSafeHref, maxContentDepth } from '../model/rich.js';
export { apiTextToMarkdown } from './api-text.js';
export { markdownToRich, maxMarkdownLength, maxMarkdownLines } from './markdown.js';

/** The result of merging a live API response into a catalogue. */
export interface LiveMergeResult {
  /** A new catalogue: live text over the bundled guidance, unknown interventions added. */
  catalogue: Catalogue;
  /** What could not be read from the response; the rest was merged. */
  problems: readonly ParseProblem[];
}

/** Options of {@link withLiveInterventions}. */
export interface LiveMergeOptions {
  /**
   * The language the live data was requested in (the `language` parameter of the request):
   * the merged catalogue's `locale`.
   * @default the catalogue's own `locale`
   */
  locale?: string;
}

/**
 * Merges a live `GET /interventions` response (or one intervention) into a catalogue. The
 * response is parsed as untrusted input and each description, Markdown with `<br>` tags
 * between its lines as the API writes it, becomes safe structured content. Lives in its own entry point so that only hosts using live data ship the
 * Markdown parser. The result is plain data, like every catalogue: a Server Component can merge
 * and pass it to the components.
 */
export function withLiveInterventions(
  catalogue: Catalogue,
  response: unknown,
  options: LiveMergeOptions = {},
): LiveMergeResult {
  const { value, problems } = parseInterventions(response);
  const live = value.map((intervention) => ({
    ...intervention,
    content: markdownToRich(apiTextToMarkdown(intervention.resolution.description)),
  }));
  return { catalogue: mergeInterventions(catalogue, live, options), problems };
}
