import type { Ref } from 'react';
import type { Problem } from '../logic/problems';
import { Field } from './field';

interface LineInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: Problem | undefined;
  hint?: string;
  /** "auto" for what may be Arabic or Latin; "ltr" for codes, numbers, dates. */
  dir?: 'auto' | 'ltr';
  type?: 'text' | 'time' | 'search';
  inputMode?: 'text' | 'numeric' | 'decimal';
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
  live?: string;
  spellCheck?: boolean;
}

/** A one-line text field. */
export function LineInput({ label, value, onChange, problem, hint, dir = 'auto', type = 'text', inputMode, className, inputRef, live, spellCheck }: LineInputProps) {
  return (
    <Field label={label} hint={hint} problem={problem} className={className} live={live}>
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          type={type}
          dir={dir}
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={spellCheck ?? false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
