import { type CSSProperties, useId } from 'react';
import { type UseInterventionChecklistOptions, useInterventionChecklist } from '../../src/index.js';

/**
 * A horizontal stepper built from `useInterventionChecklist` alone, as a host with its own
 * design system would: its own markup and styles, the checklist's behaviour and ARIA wiring.
 * The steps run in a row; the open step's guidance shows below them.
 */
export function StepperChecklist(options: UseInterventionChecklistOptions) {
  const checklist = useInterventionChecklist(options);
  const headingId = useId();
  return (
    <section {...checklist.getRootProps()} aria-labelledby={headingId} style={styles.root}>
      <h2 id={headingId} style={styles.heading}>
        Set up your car
      </h2>
      <div
        {...checklist.getProgressProps()}
        role="progressbar"
        aria-label="Steps done"
        aria-valuetext={`${checklist.finished} of ${checklist.total} steps done`}
        style={styles.track}
      >
        <div
          style={{
            ...styles.fill,
            inlineSize: `${checklist.total ? (checklist.finished / checklist.total) * 100 : 0}%`,
          }}
        />
      </div>
      <ol style={styles.steps}>
        {checklist.items.map(({ item, status }, index) => (
          <li key={item.id} style={styles.step}>
            <button {...checklist.getTriggerProps(item.id)} style={styles.trigger}>
              <span aria-hidden="true" style={styles.number}>
                {status === 'pending' ? index + 1 : '✓'}
              </span>
              {item.entry?.resolution.title ??
                `Action needed in ${item.portal ?? 'the maker’s app'}`}
            </button>
            <span style={styles.status}>
              {status === 'pending' ? 'To do' : status === 'done' ? 'Done' : 'Resolved'}
            </span>
          </li>
        ))}
      </ol>
      {checklist.items.map(({ item, status }) => (
        <div key={item.id} {...checklist.getPanelProps(item.id)} style={styles.panel}>
          <ol>
            {(item.entry?.steps ?? []).map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the steps are a fixed list, and two may read the same.
              <li key={index}>{step.text}</li>
            ))}
          </ol>
          {status !== 'resolved' ? (
            <button {...checklist.getCompleteButtonProps(item.id)} style={styles.done}>
              {status === 'done' ? 'Done ✓' : 'Mark as done'}
            </button>
          ) : null}
        </div>
      ))}
      {checklist.recheck !== undefined ? (
        <button {...checklist.getRecheckButtonProps()} style={styles.done}>
          {checklist.recheck === 'busy' ? 'Checking…' : 'Check again'}
        </button>
      ) : null}
    </section>
  );
}

const styles: Record<string, CSSProperties> = {
  root: { fontFamily: 'system-ui, sans-serif', color: '#1b1f24', maxInlineSize: '60rem' },
  heading: { fontSize: '1.25rem', marginBlock: '0 0.75rem' },
  track: { blockSize: 4, background: '#e5e7eb', borderRadius: 2, marginBlockEnd: '1rem' },
  fill: { blockSize: '100%', background: '#6b21a8', borderRadius: 2 },
  steps: {
    display: 'flex',
    gap: '0.5rem',
    listStyle: 'none',
    padding: 0,
    margin: 0,
    flexWrap: 'wrap',
  },
  step: { display: 'grid', gap: '0.25rem', flex: '1 1 10rem' },
  trigger: {
    display: 'flex',
    gap: '0.5rem',
    alignItems: 'center',
    textAlign: 'start',
    font: 'inherit',
    padding: '0.5rem 0.75rem',
    border: '1px solid #c4b5fd',
    borderRadius: 999,
    background: '#faf5ff',
    color: '#3b0764',
    cursor: 'pointer',
  },
  number: {
    display: 'inline-grid',
    placeItems: 'center',
    inlineSize: '1.5rem',
    blockSize: '1.5rem',
    borderRadius: '50%',
    background: '#6b21a8',
    color: '#fff',
    fontSize: '0.8rem',
    flex: 'none',
  },
  status: { fontSize: '0.85rem', color: '#4b5563', paddingInlineStart: '0.75rem' },
  panel: {
    marginBlockStart: '1rem',
    padding: '1rem',
    border: '1px solid #e5e7eb',
    borderRadius: 12,
  },
  done: {
    font: 'inherit',
    padding: '0.5rem 1rem',
    borderRadius: 8,
    border: 'none',
    background: '#6b21a8',
    color: '#fff',
    cursor: 'pointer',
    marginBlockStart: '0.75rem',
  },
};
