import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { type Checked, type Problem, type Problems, type ProblemKey } from '../logic/problems';
import { fieldRefusal } from '../logic/server-problems';
import { useMarkUnsaved } from './unsaved-edits';

export interface EditorOptions<D, V> {
  /** Names this editor among the page's unsaved edits ("consent", "session:<id>"). */
  id: string;
  /** The section named in "unsaved changes in …". */
  label: string;
  /** A fresh draft from what the vault holds, when editing starts. */
  initial: () => D;
  check: (draft: D) => Checked<V>;
  /** Writes to the vault and waits until the page shows the result. */
  save: (value: V, draft: D) => Promise<void>;
  /** The operation input's key for this section ("session"), stripped from refused field paths. */
  prefix?: string;
  duplicate?: ProblemKey;
}

export type EditorStatus = 'saved' | 'discarded' | null;

/** How long "Saved." stays beside the section (it is announced at once; after that it is clutter). */
export const SAVED_NOTICE_MS = 8000;

export interface Editor<D> {
  draft: D | null;
  update: (change: (draft: D) => D) => void;
  problems: Problems;
  /** A refusal that is about no single field. */
  failure: unknown;
  busy: boolean;
  dirty: boolean;
  status: EditorStatus;
  /** Opens the form (with `draft`, else `initial()`); focus comes back to `opener` when it closes. */
  start: (opener?: HTMLElement | null, draft?: D) => void;
  /** Closes the form, keeping what was typed for `restore`. */
  cancel: () => void;
  /** Reopens the form with the edits just discarded. */
  restore: (() => void) | null;
  submit: (event?: FormEvent) => void;
}

/**
 * One editable part of the page (a section, a session, a person), saved on its own: a draft
 * taken when editing starts, checked with the contract's schema before it is sent, refusals
 * shown on the field the vault names, Cancel (or Escape) undone by Restore.
 */
export function useEditor<D, V>(options: EditorOptions<D, V>): Editor<D> {
  const { id, label, initial, check, save, prefix, duplicate } = options;
  const [draft, setDraft] = useState<D | null>(null);
  const [original, setOriginal] = useState<string>('');
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<EditorStatus>(null);
  const [discarded, setDiscarded] = useState<{ draft: D; original: string } | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [closedCount, setClosedCount] = useState(0);
  const dirty = draft !== null && JSON.stringify(draft) !== original;
  useMarkUnsaved(id, dirty ? label : null);

  // Back to whatever opened the form, once it is gone from the page.
  useEffect(() => {
    if (closedCount > 0 && opener.current?.isConnected) opener.current.focus();
  }, [closedCount]);

  const open = useCallback((next: D, from: string) => {
    setDraft(next);
    setOriginal(from);
    setProblems({});
    setFailure(null);
    setStatus(null);
  }, []);

  const start = useCallback(
    (from?: HTMLElement | null, given?: D) => {
      opener.current = from ?? null;
      const fresh = given ?? initial();
      setDiscarded(null);
      open(fresh, JSON.stringify(fresh));
    },
    [initial, open],
  );

  const close = useCallback(() => {
    setDraft(null);
    setProblems({});
    setFailure(null);
    setClosedCount((n) => n + 1);
  }, []);

  const cancel = useCallback(() => {
    if (busy) return;
    if (draft !== null && dirty) {
      setDiscarded({ draft, original });
      setStatus('discarded');
    } else {
      setStatus(null);
    }
    close();
  }, [busy, draft, dirty, original, close]);

  const restore = discarded
    ? () => {
        open(discarded.draft, discarded.original);
        setDiscarded(null);
      }
    : null;

  const update = useCallback((change: (d: D) => D) => setDraft((d) => (d === null ? d : change(d))), []);

  const submit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      if (busy || draft === null) return;
      const checked = check(draft);
      setFailure(null);
      if (!checked.ok) {
        setProblems(checked.problems);
        return;
      }
      setProblems({});
      setBusy(true);
      save(checked.value, draft).then(
        () => {
          setBusy(false);
          setStatus('saved');
          setTimeout(() => setStatus((current) => (current === 'saved' ? null : current)), SAVED_NOTICE_MS);
          setDiscarded(null);
          close();
        },
        (error: unknown) => {
          setBusy(false);
          const refusal = fieldRefusal(error, { prefix, duplicate });
          if (refusal) setProblems({ [refusal.path]: refusal.problem } satisfies Record<string, Problem>);
          else setFailure(error);
        },
      );
    },
    [busy, draft, check, save, prefix, duplicate, close],
  );

  return { draft, update, problems, failure, busy, dirty, status, start, cancel, restore, submit };
}
