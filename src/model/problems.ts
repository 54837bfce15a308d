/**
 * Problems found while reading data from outside the host's control. Parsing never fails: it
 * keeps what it can use and lists what it had to drop or correct, so a host can log or show it.
 */

/** One thing that was wrong in the input, and where. */
export interface ParseProblem {
  /** Where in the input, written like code (`chargeState.interventionIds[1]`, `[2].id`). */
  path: string;
  /** What was wrong, and what was done about it (`expected a string, got 42`). */
  message: string;
}

/** What a parser returns: always a usable value, plus every problem found on the way. */
export interface Parsed<T> {
  value: T;
  problems: ParseProblem[];
}

/** The path written for a problem with the input as a whole. */
export const rootPath = '(root)';

/** Strings longer than this are cut in messages so one bad value cannot flood a log. */
const maxQuotedLength = 40;

const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * Describes a received value for a message: `got 42`, `got "text"`, `got null`, `got an array`.
 * Works for any value, including symbols and BigInt, without calling code from the input.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'got nothing';
  if (value === null) return 'got null';
  if (Array.isArray(value)) return 'got an array';
  switch (typeof value) {
    case 'string':
      return `got ${quote(value)}`;
    case 'number':
    case 'boolean':
      return `got ${String(value)}`;
    case 'bigint':
      return `got ${String(value)}n`;
    case 'symbol':
      return 'got a symbol';
    case 'function':
      return 'got a function';
    default:
      return 'got an object';
  }
}

/** Quotes a string for a message, shortened, with quotes and line breaks escaped. */
export function quote(text: string): string {
  const short = text.length > maxQuotedLength ? `${text.slice(0, maxQuotedLength - 1)}…` : text;
  return JSON.stringify(short);
}

/**
 * The path of a child: `[1]` for an index, `.name` for a property, `["odd key"]` for a key that
 * is not an identifier, so every path reads like the code that would reach the value.
 */
export function childPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (!identifier.test(key)) return `${base}[${JSON.stringify(key)}]`;
  return base === '' ? key : `${base}.${key}`;
}

/** One line for a log or an error list: `chargeState.interventionIds[1]: expected a string…`. */
export function formatProblem(problem: ParseProblem): string {
  return `${problem.path}: ${problem.message}`;
}
