import type { PartAttributes } from '../../anatomy/index.js';

export interface ChecklistProgressProps {
  /** Items marked done or resolved. */
  finished: number;
  /** Every item in the list. */
  total: number;
  /** The bar's accessible name. */
  label: string;
  /** "3 of 5 done": shown, and read as the bar's value. */
  text: string;
  /** The attributes of each part, with the host's classes. */
  part: (name: 'progress' | 'progress-bar' | 'progress-fill' | 'progress-text') => PartAttributes;
}

/**
 * The checklist's progress bar and count. A component of its own so that marking an item done
 * re-renders this and that item, and reads that way in React's profiler.
 */
export function ChecklistProgress({ finished, total, label, text, part }: ChecklistProgressProps) {
  return (
    <div {...part('progress')}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={finished}
        aria-valuetext={text}
        {...part('progress-bar')}
      >
        <div {...part('progress-fill')} style={{ inlineSize: `${(finished / total) * 100}%` }} />
      </div>
      <p {...part('progress-text')} aria-hidden="true">
        {text}
      </p>
    </div>
  );
}
