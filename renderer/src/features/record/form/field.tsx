import { useId, type ReactNode } from 'react';
import { useProblemText } from './problem-text';
import type { Problem } from '../logic/problems';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  problem?: Problem | undefined;
  /** Shown under the control, announced politely (e.g. how a date reads). */
  live?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/**
 * A labelled control whose hint, reading and error are tied to it for screen readers; the
 * error is an alert so it is announced when Save finds it.
 */
export function Field({ label, hint, problem, live, className, children }: FieldProps) {
  const id = useId();
  const message = useProblemText();
  const hintId = `${id}-hint`;
  const liveId = `${id}-live`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, live ? liveId : null, problem ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': problem ? true : undefined })}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <p className="field-live" id={liveId} aria-live="polite">
        {live}
      </p>
      {problem ? (
        <p className="error-text" id={errorId} role="alert">
          {message(problem)}
        </p>
      ) : null}
    </div>
  );
}
