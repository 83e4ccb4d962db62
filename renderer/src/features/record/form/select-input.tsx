import type { Problem } from '../logic/problems';
import { Field } from './field';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectGroup {
  label: string;
  options: readonly SelectOption[];
}

interface SelectInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options?: readonly SelectOption[];
  groups?: readonly SelectGroup[];
  /** The label of the empty choice ('' = not recorded); none when a choice is required. */
  emptyLabel?: string;
  problem?: Problem | undefined;
  hint?: string;
  className?: string;
}

/** A native select: keyboard, type-ahead and screen readers work as everywhere else. */
export function SelectInput({ label, value, onChange, options = [], groups = [], emptyLabel, problem, hint, className }: SelectInputProps) {
  const known = options.some((o) => o.value === value) || groups.some((g) => g.options.some((o) => o.value === value));
  return (
    <Field label={label} hint={hint} problem={problem} className={className}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {emptyLabel !== undefined || value === '' ? <option value="">{emptyLabel ?? ''}</option> : null}
          {/* A stored value nobody offers any more (an import, a removed term) stays visible as itself. */}
          {!known && value !== '' ? <option value={value}>{value}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
