import { useRef, type ReactNode } from 'react';
import type { Editor } from './use-editor';

interface NewItemProps<D> {
  editor: Editor<D>;
  addLabel: string;
  heading: string;
  form: (draft: D) => ReactNode;
}

/** "Add a session" / "Add an event": the button, and the new item's form in a card of its own. */
export function useNewItem<D>({ editor, addLabel, heading, form }: NewItemProps<D>): { button: ReactNode; card: ReactNode } {
  const button = useRef<HTMLButtonElement>(null);
  return {
    button: (
      <button type="button" ref={button} className="button-secondary" hidden={editor.draft !== null} onClick={() => editor.start(button.current)}>
        {addLabel}
      </button>
    ),
    card:
      editor.draft !== null ? (
        <div className="item-card item-new">
          <h3 className="item-heading">{heading}</h3>
          {form(editor.draft)}
        </div>
      ) : null,
  };
}
