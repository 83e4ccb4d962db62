import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/**
 * Which parts of the page hold edits not yet saved, so that leaving the page asks first. The
 * drafts live only in React state under the unlocked home: a lock unmounts them with
 * everything else (a lock is never delayed to ask about them; they are simply dropped).
 */
export interface UnsavedEdits {
  /** Labels of the sections with unsaved edits (each once). */
  sections: readonly string[];
  /** Keys of the editors with unsaved edits ("consent", "sessions:<id>"). */
  keys: readonly string[];
  mark: (key: string, label: string | null) => void;
}

export const UnsavedEditsContext = createContext<UnsavedEdits | null>(null);

export function useUnsavedEditsState(): UnsavedEdits {
  const [marks, setMarks] = useState<ReadonlyMap<string, string>>(new Map());
  const mark = useCallback((key: string, label: string | null) => {
    setMarks((current) => {
      if ((current.get(key) ?? null) === label) return current;
      const next = new Map(current);
      if (label === null) next.delete(key);
      else next.set(key, label);
      return next;
    });
  }, []);
  return useMemo(() => ({ sections: [...new Set(marks.values())], keys: [...marks.keys()], mark }), [marks, mark]);
}

/** Reports this editor's unsaved state while it is mounted. */
export function useMarkUnsaved(key: string, label: string | null): void {
  const context = useContext(UnsavedEditsContext);
  const mark = context?.mark;
  useEffect(() => {
    mark?.(key, label);
  }, [mark, key, label]);
  useEffect(() => () => mark?.(key, null), [mark, key]);
}
