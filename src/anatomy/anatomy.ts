/**
 * A component's anatomy: its scope and the names of its parts, as data. Every element of a
 * part carries `data-scope` and `data-part`, so styles and tests find it and another library's
 * "trigger" or "panel" never matches; the `classNames` prop of each component takes a class
 * per part name.
 */
export interface Anatomy<Scope extends string, Part extends string> {
  /** The component's `data-scope`. */
  readonly scope: Scope;
  /** Every part's `data-part`, in the order the parts appear. */
  readonly parts: readonly Part[];
}

/** The parts of an anatomy, as a type: `PartName<typeof checklistAnatomy>`. */
export type PartName<A> = A extends Anatomy<string, infer Part> ? Part : never;

/** A class per part, for hosts that style with class names (Tailwind, CSS modules). */
export type PartClassNames<A> = Partial<Record<PartName<A>, string>>;

export function createAnatomy<const Scope extends string, const Part extends string>(
  scope: Scope,
  parts: readonly Part[],
): Anatomy<Scope, Part> {
  return Object.freeze({ scope, parts: Object.freeze([...parts]) });
}

/** The attributes that mark an element as one part, with the host's class for it. */
export interface PartAttributes {
  'data-scope': string;
  'data-part': string;
  className?: string;
}

/**
 * A function that gives the attributes of each part of one anatomy, with the host's class
 * names (one per part) and, for the root, the component's own class.
 */
export function partAttributes<Part extends string>(
  anatomy: Anatomy<string, Part>,
  classNames: Partial<Record<Part, string>> | undefined,
): (part: Part, ...classes: (string | false | undefined)[]) => PartAttributes {
  return (part, ...classes) => {
    const className = [...classes, classNames?.[part]].filter(Boolean).join(' ');
    return {
      'data-scope': anatomy.scope,
      'data-part': part,
      ...(className ? { className } : {}),
    };
  };
}
