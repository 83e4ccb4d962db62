import { useId, type KeyboardEvent, type ReactNode, type Ref } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  /** An already translated message; shown under the field and announced. */
  error?: ReactNode;
  type?: 'text' | 'password';
  inputRef?: Ref<HTMLInputElement>;
  /** A textarea of this many rows instead of an input (long values such as a recovery key). */
  rows?: number;
  textareaRef?: Ref<HTMLTextAreaElement>;
  autoFocus?: boolean;
  autoComplete?: string;
  /** "auto" for values that may be Arabic or Latin (codes, titles, names). */
  dir?: 'auto' | 'ltr';
  spellCheck?: boolean;
  maxLength?: number;
  required?: boolean;
  /** The on-screen keyboard to offer, e.g. "numeric" for a count typed as text. */
  inputMode?: 'text' | 'numeric';
  /** Something placed after the input on the same line (e.g. a show/hide button). */
  trailing?: ReactNode;
  className?: string;
}

/** In a one-value textarea, Enter submits the form as it would in an input. */
function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function TextField({ label, value, onChange, hint, error, type, inputRef, rows, textareaRef, trailing, className, ...rest }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  const shared = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    autoFocus: rest.autoFocus,
    autoComplete: rest.autoComplete ?? 'off',
    dir: rest.dir,
    spellCheck: rest.spellCheck ?? false,
    maxLength: rest.maxLength,
    required: rest.required,
    inputMode: rest.inputMode,
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        {rows ? (
          <textarea {...shared} ref={textareaRef} rows={rows} onChange={(event) => onChange(event.target.value)} onKeyDown={submitOnEnter} />
        ) : (
          <input {...shared} ref={inputRef} type={type ?? 'text'} onChange={(event) => onChange(event.target.value)} />
        )}
        {trailing}
      </div>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error-text" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
