import { useId, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ariaShortcut, shortcutLabel } from '../../app/use-shortcut';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * The search field. Escape clears it (and only then: an empty field lets Escape through).
 * dir="auto": the query may be Arabic or Latin, and each must read in its own direction.
 */
export function SearchBox({ value, onChange, inputRef }: SearchBoxProps) {
  const { t } = useTranslation();
  const id = useId();

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Escape' && value !== '') {
      event.preventDefault();
      onChange('');
    }
  }

  return (
    <div className="field list-search">
      <label htmlFor={id}>{t('list.searchLabel')}</label>
      <div className="field-row">
        <input
          id={id}
          ref={inputRef}
          type="search"
          dir="auto"
          value={value}
          maxLength={500}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          aria-keyshortcuts={ariaShortcut('F')}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {value !== '' ? (
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              onChange('');
              inputRef.current?.focus();
            }}
          >
            {t('list.clearSearch')}
          </button>
        ) : null}
      </div>
      <p className="field-hint" id={`${id}-hint`}>
        {t('list.searchHint')} <span className="shortcut-hint">{t('common.shortcut', { shortcut: shortcutLabel('F') })}</span>
      </p>
    </div>
  );
}
