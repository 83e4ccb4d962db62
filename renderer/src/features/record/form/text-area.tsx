import type { Problem } from '../logic/problems';
import { Field } from './field';

interface TextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: Problem | undefined;
  hint?: string;
  rows?: number;
  className?: string;
}

/** A free text (notes, summary): Enter is a new line here, never a submit. */
export function TextArea({ label, value, onChange, problem, hint, rows = 3, className }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} problem={problem} className={className}>
      {(control) => <textarea {...control} dir="auto" rows={rows} spellCheck value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}
