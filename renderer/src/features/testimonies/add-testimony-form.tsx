import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestimonySummary } from '../../../../shared/domain/testimony';
import { useVault } from '../../app/vault-client';
import { VaultError } from '../../../../shared/errors';
import { errorCodeOf } from '../../i18n/error-message';
import { ErrorText, useErrorMessage } from '../../ui/error-text';
import { TextField } from '../../ui/text-field';
import { checkCode, checkTitle, type FieldProblem } from './testimony-validation';

/** Which field of this form a vault error is about, if any. */
function fieldOf(error: unknown): 'code' | 'title' | null {
  const code = errorCodeOf(error);
  if (code === 'DUPLICATE_CODE') return 'code';
  const field = error instanceof VaultError ? error.details?.field : undefined;
  return code === 'BAD_INPUT' && (field === 'code' || field === 'title') ? field : null;
}

interface AddTestimonyFormProps {
  onAdded: (testimony: TestimonySummary) => void;
  onClose: () => void;
}

/** Code and title of a new testimony; Enter adds, Escape closes. */
export function AddTestimonyForm({ onAdded, onClose }: AddTestimonyFormProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const errorMessage = useErrorMessage();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [codeProblem, setCodeProblem] = useState<FieldProblem | null>(null);
  const [titleProblem, setTitleProblem] = useState<FieldProblem | null>(null);
  const [codeError, setCodeError] = useState<unknown>(null);
  const [titleError, setTitleError] = useState<unknown>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const codeField = useRef<HTMLInputElement>(null);
  const titleField = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const problems = [checkCode(code), checkTitle(title)] as const;
    setCodeProblem(problems[0]);
    setTitleProblem(problems[1]);
    setCodeError(null);
    setTitleError(null);
    setFormError(null);
    if (problems[0]) return codeField.current?.focus();
    if (problems[1]) return titleField.current?.focus();
    setBusy(true);
    try {
      const created = await vault.call('testimonies.create', { code, title });
      onAdded(created);
    } catch (caught) {
      setBusy(false);
      // A duplicate or a refused code belongs to the code field, a refused title to the title
      // field (the core names the field in `details.field`); anything else to the form.
      const field = fieldOf(caught);
      if (field === 'code') {
        setCodeError(caught);
        codeField.current?.focus();
      } else if (field === 'title') {
        setTitleError(caught);
        titleField.current?.focus();
      } else {
        setFormError(caught);
      }
    }
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  }

  const shown = (problem: FieldProblem | null) => (problem ? t(problem.key, problem.values ?? {}) : null);
  return (
    <form className="stack add-testimony" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} noValidate aria-labelledby="add-testimony-heading">
      <h2 id="add-testimony-heading" className="subheading">
        {t('testimony.addHeading')}
      </h2>
      <TextField
        label={t('testimony.code')}
        value={code}
        onChange={setCode}
        inputRef={codeField}
        autoFocus
        dir="auto"
        hint={t('testimony.codeHint')}
        error={shown(codeProblem) ?? (codeError ? errorMessage(codeError, { code: code.trim() }) : null)}
      />
      <TextField
        label={t('testimony.title')}
        value={title}
        onChange={setTitle}
        inputRef={titleField}
        dir="auto"
        spellCheck
        error={shown(titleProblem) ?? (titleError ? errorMessage(titleError) : null)}
      />
      {formError ? <ErrorText error={formError} /> : null}
      <div className="actions">
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? t('testimony.adding') : t('testimony.save')}
        </button>
      </div>
    </form>
  );
}
