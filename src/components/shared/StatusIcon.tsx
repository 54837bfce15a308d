import type { CapabilityState } from '../../model/capabilities.js';

/** The statuses an icon is drawn for; each has its own shape (see src/styles/icons.css). */
export type StatusIconStatus = CapabilityState | 'done' | 'resolved' | 'error';

/**
 * A small icon per status, each a different shape (tick, exclamation, dash, cross) so status never
 * rests on colour alone. Decorative: the status word beside it is what is read.
 *
 * One element, drawn by the stylesheet (a mask filled with the text colour): a list of a
 * thousand statuses would otherwise create thousands of SVG nodes and attributes.
 */
export function StatusIcon({
  scope,
  status,
  className,
}: {
  /** The component it is drawn in, whose stylesheet rules size and colour it. */
  scope: 'capability-status' | 'intervention-checklist';
  status: StatusIconStatus;
  /** The host's class for the icon part. */
  className?: string | undefined;
}) {
  return (
    <span
      data-scope={scope}
      data-part="icon"
      data-status={status}
      className={className}
      aria-hidden="true"
    />
  );
}
