import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../logic/problems';
import type { CodeOption } from '../logic/codes';
import { useProblemText } from './problem-text';

interface ChipListProps {
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  problem?: Problem | undefined;
  hint?: string;
  /** Turns what was typed into the value to add; null refuses it with `refused`. */
  resolve?: (typed: string) => string | null;
  refused?: Problem;
  /** Suggestions while typing (a datalist): codes with their names. */
  suggestions?: readonly CodeOption[];
  /** How a value is shown in its chip (e.g. a language code as its name). */
  render?: (value: string) => ReactNode;
  dir?: 'auto' | 'ltr';
  className?: string;
}

/**
 * A list of short values (tags, interviewers, languages): type one and press Enter or Add;
 * each is removed with its own button. What is still in the box when focus leaves is added,
 * so a value typed but not confirmed is not lost on Save.
 */
export function ChipList({ label, values, onChange, problem, hint, resolve, refused, suggestions, render, dir = 'auto', className }: ChipListProps) {
  const { t } = useTranslation();
  const id = useId();
  const message = useProblemText();
  const [typed, setTyped] = useState('');
  const [refusal, setRefusal] = useState<Problem | null>(null);
  const shown = refusal ?? problem;

  function add(): boolean {
    const text = typed.trim();
    if (text === '') return false;
    const value = resolve ? resolve(text) : text;
    if (value === null) {
      setRefusal(refused ?? { key: 'record.problems.invalid' });
      return false;
    }
    setRefusal(null);
    setTyped('');
    if (!values.includes(value)) onChange([...values, value]);
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      // Enter adds the value; it must not submit the section's form.
      event.preventDefault();
      add();
    }
  }

  const describedBy = [hint ? `${id}-hint` : null, shown ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field chip-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {values.length > 0 ? (
        <ul className="chips">
          {values.map((value) => (
            <li key={value} className="chip">
              <span dir="auto">{render ? render(value) : <bdi>{value}</bdi>}</span>
              <button type="button" className="chip-remove" aria-label={t('record.removeValue', { value })} onClick={() => onChange(values.filter((v) => v !== value))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field-row">
        <input
          id={id}
          dir={dir}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          list={suggestions ? `${id}-list` : undefined}
          aria-describedby={describedBy || undefined}
          aria-invalid={shown ? true : undefined}
          onChange={(event) => {
            setTyped(event.target.value);
            setRefusal(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => void add()}
        />
        <button type="button" className="button-quiet" onClick={() => void add()}>
          {t('record.addValue')}
        </button>
      </div>
      {suggestions ? (
        <datalist id={`${id}-list`}>
          {suggestions.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </datalist>
      ) : null}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {shown ? (
        <p className="error-text" id={`${id}-error`} role="alert">
          {message(shown)}
        </p>
      ) : null}
    </div>
  );
}
