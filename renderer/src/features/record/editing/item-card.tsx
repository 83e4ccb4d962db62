import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EditButton } from './edit-button';
import { EditorStatus } from './editor-status';
import { RemoveButton } from './remove-button';
import type { Editor } from './use-editor';

export interface Removal {
  label?: string;
  /** Accessible name of the remove button, when "Remove" alone is ambiguous. */
  name?: string;
  title: string;
  text: string;
  confirmLabel: string;
  run: () => Promise<void>;
}

interface ItemCardProps<D> {
  editor: Editor<D>;
  /** The item's name: its heading, and what its buttons say they act on. */
  name: string;
  /** Shown in the heading after the name (a time, a role). */
  headingExtra?: ReactNode;
  removal: Removal;
  /** Shown above the view or the form (earlier interviews of a person). */
  notice?: ReactNode;
  form: (draft: D) => ReactNode;
  view: ReactNode;
  /** data-* attributes, for what people and tests look the item up by. */
  data?: Record<`data-${string}`, string>;
  className?: string;
}

/** One item of a list section (a session, a person, an event): its view, or its form while edited. */
export function ItemCard<D>({ editor, name, headingExtra, removal, notice, form, view, data, className }: ItemCardProps<D>) {
  const { t } = useTranslation();
  return (
    <li className={`item-card ${className ?? ''}`} {...data}>
      <div className="item-header">
        <h3 className="item-heading">
          <bdi>{name}</bdi>
          {headingExtra}
        </h3>
        <div className="item-actions">
          <EditButton editor={editor} name={t('record.editItem', { item: name })} className="button-quiet" />
          <RemoveButton
            hidden={editor.draft !== null}
            label={removal.label ?? t('record.remove')}
            name={removal.name ?? t('record.removeItem', { item: name })}
            title={removal.title}
            text={removal.text}
            confirmLabel={removal.confirmLabel}
            run={removal.run}
          />
        </div>
      </div>
      {notice}
      <EditorStatus editor={editor} />
      {editor.draft !== null ? form(editor.draft) : view}
    </li>
  );
}
