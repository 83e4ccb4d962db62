import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REDACTION_CATEGORIES, REPLACEMENT_POLICIES, defaultPolicy, type Entity, type RedactionCategory, type ReplacementPolicy } from '../../../../../shared/redaction/types';
import { SelectInput } from '../../record/form/select-input';

export interface MarkChoice {
  readonly category: RedactionCategory;
  readonly policy: ReplacementPolicy;
  /** null: the marked text becomes a new entity of its own. */
  readonly entityId: string | null;
}

interface MarkFormProps {
  /** The words to redact, as written (the first occurrence when several). */
  text: string;
  /** How many occurrences the form redacts at once (the search finds several). */
  count: number;
  entities: readonly Entity[];
  onMark: (choice: MarkChoice) => void;
  onCancel: () => void;
}

const NEW_ENTITY = '';

/**
 * Redacting words the suggestions missed: what they are (category), how the publication
 * replaces them (policy) and whom they belong to: a person the record knows (so they share
 * that person's pseudonym) or a new entity named by the words themselves.
 */
export function MarkForm({ text, count, entities, onMark, onCancel }: MarkFormProps) {
  const { t } = useTranslation();
  const [category, setCategory] = useState<RedactionCategory>('person');
  const [policy, setPolicy] = useState<ReplacementPolicy>(defaultPolicy('person'));
  const [entityId, setEntityId] = useState(NEW_ENTITY);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), [text]);

  const chooseEntity = (id: string) => {
    setEntityId(id);
    const entity = entities.find((e) => e.id === id);
    if (entity) {
      setCategory(entity.category);
      setPolicy(defaultPolicy(entity.category));
    }
  };

  return (
    <form
      className="pb-mark-form"
      aria-labelledby="pb-mark-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onMark({ category, policy, entityId: entityId === NEW_ENTITY ? null : entityId });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h4 id="pb-mark-heading" ref={heading} tabIndex={-1}>
        {count > 1 ? t('redaction.mark.headingMany', { n: count }) : t('redaction.mark.heading')}
      </h4>
      <p className="pb-mark-quote" dir="auto">
        {text}
      </p>
      <SelectInput
        label={t('redaction.mark.entity')}
        value={entityId}
        onChange={chooseEntity}
        options={[{ value: NEW_ENTITY, label: t('redaction.mark.newEntity') }, ...entities.map((e) => ({ value: e.id, label: `${e.display} (${t(`redaction.category.${e.category}`)})` }))]}
      />
      <SelectInput
        label={t('redaction.mark.category')}
        value={category}
        onChange={(value) => {
          const next = value as RedactionCategory;
          setCategory(next);
          setPolicy(defaultPolicy(next));
        }}
        options={REDACTION_CATEGORIES.map((c) => ({ value: c, label: t(`redaction.category.${c}`) }))}
      />
      <SelectInput
        label={t('redaction.mark.policy')}
        value={policy}
        onChange={(value) => setPolicy(value as ReplacementPolicy)}
        options={REPLACEMENT_POLICIES.map((p) => ({ value: p, label: t(`redaction.policy.${p}`) }))}
        hint={t(`redaction.policyHint.${policy}`)}
      />
      <div className="pb-actions">
        <button type="submit" className="button-primary">
          {count > 1 ? t('redaction.mark.submitMany', { n: count }) : t('redaction.mark.submit')}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
