import type { CapabilityState } from '../../model/capabilities.js';

/**
 * A small icon per status, each a different shape (tick, exclamation, dash) so status never
 * rests on colour alone. Decorative: the status word beside it is what is read.
 */
export function StatusIcon({
  scope,
  status,
  className,
}: {
  /** The component it is drawn in, whose stylesheet rules size and colour it. */
  scope: 'capability-status' | 'intervention-checklist';
  status: CapabilityState | 'done' | 'resolved';
  /** The host's class for the icon part. */
  className?: string | undefined;
}) {
  const tick = status === 'capable' || status === 'done' || status === 'resolved';
  return (
    <svg
      data-scope={scope}
      data-part="icon"
      data-status={status}
      className={className}
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
    >
      <circle cx="8" cy="8" r="7" fill="currentColor" opacity="0.15" />
      {tick ? (
        <path d="M4.5 8.5l2.2 2.2 4.8-5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      ) : status === 'blocked' ? (
        <path d="M8 4v5M8 11.2v.8" fill="none" stroke="currentColor" strokeWidth="1.8" />
      ) : (
        <path d="M4.5 8h7" fill="none" stroke="currentColor" strokeWidth="1.8" />
      )}
    </svg>
  );
}
