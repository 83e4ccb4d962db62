import { useId, type ReactNode } from 'react';
import type { Problem } from '../logic/problems';
import { ChoiceItem } from './choice-item';
import { useProblemText } from './problem-text';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  description?: string | undefined;
}

interface CheckboxGroupProps {
  legend: string;
  options: readonly CheckboxOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  problem?: Problem | undefined;
  hint?: string;
  /** What to say when there is nothing to choose from. */
  empty?: string;
  className?: string;
}

/** Several answers from a list, in a fieldset; the order of `options` is kept in the result. */
export function CheckboxGroup({ legend, options, values, onChange, problem, hint, empty, className }: CheckboxGroupProps) {
  const id = useId();
  const message = useProblemText();
  const toggle = (value: string, on: boolean) => {
    const next = new Set(values);
    if (on) next.add(value);
    else next.delete(value);
    // Values no option offers any more (a term removed) are kept, after the offered ones.
    onChange([...options.map((o) => o.value).filter((v) => next.has(v)), ...values.filter((v) => next.has(v) && !options.some((o) => o.value === v))]);
  };
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className={`checkbox-group ${className ?? ''}`} aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {options.length === 0 && empty ? <p className="muted">{empty}</p> : null}
      <div className="choices">
        {options.map((option, i) => (
          <ChoiceItem
            key={option.value}
            id={`${id}-${i}`}
            type="checkbox"
            label={option.label}
            description={option.description}
            input={{ checked: values.includes(option.value), onChange: (event) => toggle(option.value, event.target.checked) }}
          />
        ))}
      </div>
      {problem ? (
        <p className="error-text" id={`${id}-error`} role="alert">
          {message(problem)}
        </p>
      ) : null}
    </fieldset>
  );
}
