export interface ChecklistProgressProps {
  /** Items marked done or resolved. */
  finished: number;
  /** Every item in the list. */
  total: number;
  /** The bar's accessible name. */
  label: string;
  /** "3 of 5 done": shown, and read as the bar's value. */
  text: string;
}

/**
 * The checklist's progress bar and count. A component of its own so that marking an item done
 * re-renders this and that item, and reads that way in React's profiler.
 */
export function ChecklistProgress({ finished, total, label, text }: ChecklistProgressProps) {
  return (
    <div data-scope="intervention-checklist" data-part="progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={finished}
        aria-valuetext={text}
        data-scope="intervention-checklist"
        data-part="progress-bar"
      >
        <div
          data-scope="intervention-checklist"
          data-part="progress-fill"
          style={{ inlineSize: `${(finished / total) * 100}%` }}
        />
      </div>
      <p data-scope="intervention-checklist" data-part="progress-text" aria-hidden="true">
        {text}
      </p>
    </div>
  );
}
