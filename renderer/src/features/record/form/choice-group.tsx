import { useId } from 'react';
import type { Problem } from '../logic/problems';
import { ChoiceItem } from './choice-item';
import { useProblemText } from './problem-text';

export interface Choice<V extends string> {
  value: V;
  label: string;
  description?: string | undefined;
}

interface ChoiceGroupProps<V extends string> {
  legend: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
  problem?: Problem | undefined;
  /** Choices side by side (yes / no / not asked) rather than one per line. */
  inline?: boolean;
  className?: string;
}

/** Radio buttons in a fieldset: one answer, arrow keys move between the choices. */
export function ChoiceGroup<V extends string>({ legend, choices, value, onChange, problem, inline, className }: ChoiceGroupProps<V>) {
  const name = useId();
  const message = useProblemText();
  const errorId = `${name}-error`;
  return (
    <fieldset className={`choice-group ${inline ? 'choice-inline' : ''} ${className ?? ''}`} aria-describedby={problem ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="choices">
        {choices.map((choice, i) => (
          <ChoiceItem
            key={choice.value}
            id={`${name}-${i}`}
            type="radio"
            label={choice.label}
            description={choice.description}
            input={{ name, value: choice.value, checked: value === choice.value, onChange: () => onChange(choice.value) }}
          />
        ))}
      </div>
      {problem ? (
        <p className="error-text" id={errorId} role="alert">
          {message(problem)}
        </p>
      ) : null}
    </fieldset>
  );
}
