import type { InputHTMLAttributes, ReactNode } from 'react';

interface ChoiceItemProps {
  id: string;
  type: 'radio' | 'checkbox';
  label: ReactNode;
  description?: string | undefined;
  input: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'aria-describedby'>;
}

/**
 * A radio button or a checkbox with its label and, outside the label, its description: the
 * choice's accessible name stays short and the rest is read as its description.
 */
export function ChoiceItem({ id, type, label, description, input }: ChoiceItemProps) {
  return (
    <div className="choice">
      <input {...input} id={id} type={type} aria-describedby={description ? `${id}-description` : undefined} />
      <span className="choice-text">
        <label htmlFor={id}>{label}</label>
        {description ? (
          <span className="choice-description" id={`${id}-description`}>
            {description}
          </span>
        ) : null}
      </span>
    </div>
  );
}
