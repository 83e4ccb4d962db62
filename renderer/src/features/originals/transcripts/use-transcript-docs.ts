import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { VaultClient } from '../../../../../shared/contract/bridge';
import type { Paragraph, TranscriptInfo } from '../../../../../shared/domain/media';
import { VaultError } from '../../../../../shared/errors';
import { useVault } from '../../../app/vault-client';
import { alignTranslation, checkDraft, draftOf, emptyParagraph, plainText, type DraftParagraph, type ParagraphProblem } from './draft';

export type DocNotice = { kind: 'saved'; version: number } | { kind: 'restored'; version: number; from: number } | { kind: 'reloaded'; version: number };

/** One transcript or translation open in the editor. Everything here is memory only. */
export interface DocState {
  info: TranscriptInfo;
  /** The version the draft started from (0: nothing saved yet): a save based on an older one is a CONFLICT. */
  base: number;
  /** What `base` holds, as the draft would save it (for "unsaved changes"). */
  baseline: Paragraph[];
  draft: DraftParagraph[];
  /** For a translation: the latest saved paragraphs of the transcript it translates, and its language. */
  source: { paragraphs: Paragraph[]; language: string } | null;
  busy: boolean;
  notice: DocNotice | null;
  /** Someone saved a newer version after `base`: nothing was overwritten. */
  conflict: { latest: number } | null;
  error: unknown;
  problems: Record<string, ParagraphProblem>;
  /** The person's own text from before a reload that followed a conflict, kept for them to copy. */
  kept: string | null;
}

export interface TranscriptDocs {
  docs: Readonly<Record<string, DocState>>;
  loadErrors: Readonly<Record<string, unknown>>;
  /** Loads a document unless it is loaded (its draft, if any, is kept). */
  open: (info: TranscriptInfo) => void;
  edit: (id: string, change: (draft: DraftParagraph[]) => DraftParagraph[]) => void;
  save: (id: string) => void;
  /** After a conflict: saves this draft over the newer version (which stays in the history). */
  saveOver: (id: string) => void;
  /** After a conflict: loads the latest version; the person's text stays beside it to copy. */
  reload: (id: string) => void;
  restore: (id: string, version: number) => void;
  /** Drops the draft's changes: the saved version is loaded again. */
  discard: (id: string) => void;
  dismiss: (id: string) => void;
}

async function fetchDoc(vault: VaultClient, id: string, timed: boolean): Promise<Pick<DocState, 'info' | 'base' | 'baseline' | 'draft' | 'source'>> {
  const got = await vault.call('transcripts.get', { transcriptId: id });
  const translation = got.transcript.kind === 'translation';
  let source: DocState['source'] = null;
  if (translation && got.transcript.sourceId) {
    const from = await vault.call('transcripts.get', { transcriptId: got.transcript.sourceId });
    source = { paragraphs: from.paragraphs, language: from.transcript.language };
  }
  // A new transcript opens with one paragraph to type in (from the start of the recording, when there is one).
  const draft = source ? alignTranslation(source.paragraphs, got.paragraphs) : got.paragraphs.length > 0 ? draftOf(got.paragraphs) : [emptyParagraph(timed ? 0 : null)];
  const checked = checkDraft(draft, { duration: 0, translation });
  return { info: got.transcript, base: got.version?.version ?? 0, baseline: checked.ok ? checked.paragraphs : got.paragraphs, draft, source };
}

const FRESH = { busy: false, notice: null, conflict: null, error: null, problems: {}, kept: null } as const;

/** Which paragraph a refusal names ("paragraphs.3.start"), among those that were sent. */
function refusedParagraph(error: unknown, sent: readonly Paragraph[]): { id: string; problem: ParagraphProblem } | null {
  if (!(error instanceof VaultError) || error.code !== 'BAD_INPUT') return null;
  const match = /^paragraphs\.(\d+)\.(\w+)/.exec(String(error.details?.field ?? ''));
  const paragraph = match ? sent[Number(match[1])] : undefined;
  if (!match || !paragraph) return null;
  return { id: paragraph.id, problem: match[2] === 'start' ? 'timeAfterEnd' : 'refused' };
}

/** The documents open in the transcripts panel, with their drafts, saves and conflicts. */
export function useTranscriptDocs(duration: number, timed: boolean): TranscriptDocs {
  const vault = useVault();
  const [docs, setDocs] = useState<Record<string, DocState>>({});
  const [loadErrors, setLoadErrors] = useState<Record<string, unknown>>({});
  // Async steps read the latest state (the person keeps typing while a save is in flight).
  const current = useRef(docs);
  useLayoutEffect(() => {
    current.current = docs;
  }, [docs]);
  const loading = useRef(new Set<string>());

  const patch = useCallback((id: string, change: (doc: DocState) => DocState) => {
    setDocs((all) => {
      const doc = all[id];
      return doc ? { ...all, [id]: change(doc) } : all;
    });
  }, []);

  const open = useCallback(
    (info: TranscriptInfo) => {
      if (current.current[info.id] || loading.current.has(info.id)) return;
      loading.current.add(info.id);
      setLoadErrors(({ [info.id]: _, ...rest }) => rest);
      fetchDoc(vault, info.id, timed).then(
        (fetched) => {
          loading.current.delete(info.id);
          setDocs((all) => ({ ...all, [info.id]: { ...fetched, ...FRESH } }));
        },
        (error: unknown) => {
          loading.current.delete(info.id);
          setLoadErrors((all) => ({ ...all, [info.id]: error }));
        },
      );
    },
    [vault, timed],
  );

  const edit = useCallback(
    (id: string, change: (draft: DraftParagraph[]) => DraftParagraph[]) => patch(id, (doc) => ({ ...doc, draft: change(doc.draft), notice: null })),
    [patch],
  );

  const write = useCallback(
    (id: string, over: number | null) => {
      const doc = current.current[id];
      if (!doc || doc.busy) return;
      const translation = doc.info.kind === 'translation';
      const checked = checkDraft(doc.draft, { duration, translation });
      if (!checked.ok) {
        patch(id, (d) => ({ ...d, problems: checked.problems, notice: null }));
        return;
      }
      patch(id, (d) => ({ ...d, busy: true, problems: {}, error: null, notice: null }));
      vault.call('transcripts.save', { transcriptId: id, baseVersion: over ?? doc.base, paragraphs: checked.paragraphs }).then(
        ({ version }) =>
          patch(id, (d) => ({ ...d, ...FRESH, kept: d.kept, info: { ...d.info, latestVersion: version }, base: version, baseline: checked.paragraphs, notice: { kind: 'saved', version } })),
        (error: unknown) => {
          const refused = refusedParagraph(error, checked.paragraphs);
          if (error instanceof VaultError && error.code === 'CONFLICT') {
            const latest = Number(error.details?.latest);
            patch(id, (d) => ({ ...d, busy: false, conflict: { latest: Number.isInteger(latest) ? latest : d.base + 1 } }));
          } else if (refused) {
            patch(id, (d) => ({ ...d, busy: false, problems: { [refused.id]: refused.problem } }));
          } else {
            patch(id, (d) => ({ ...d, busy: false, error }));
          }
        },
      );
    },
    [vault, duration, patch],
  );

  const save = useCallback((id: string) => write(id, null), [write]);
  const saveOver = useCallback((id: string) => write(id, current.current[id]?.conflict?.latest ?? null), [write]);

  const refetch = useCallback(
    (id: string, after: (fetched: Awaited<ReturnType<typeof fetchDoc>>, doc: DocState) => Partial<DocState>) => {
      patch(id, (d) => ({ ...d, busy: true, error: null }));
      fetchDoc(vault, id, timed).then(
        (fetched) => patch(id, (d) => ({ ...d, ...FRESH, kept: d.kept, ...fetched, ...after(fetched, d) })),
        (error: unknown) => patch(id, (d) => ({ ...d, busy: false, error })),
      );
    },
    [vault, timed, patch],
  );

  const reload = useCallback(
    (id: string) => refetch(id, (fetched, doc) => ({ kept: plainText(doc.draft), notice: { kind: 'reloaded', version: fetched.base } })),
    [refetch],
  );

  const restore = useCallback(
    (id: string, version: number) => {
      const doc = current.current[id];
      if (!doc || doc.busy) return;
      patch(id, (d) => ({ ...d, busy: true, error: null, notice: null }));
      vault.call('transcripts.restore', { transcriptId: id, version }).then(
        ({ version: made }) => refetch(id, () => ({ notice: { kind: 'restored', version: made, from: version } })),
        (error: unknown) => patch(id, (d) => ({ ...d, busy: false, error })),
      );
    },
    [vault, patch, refetch],
  );

  const discard = useCallback((id: string) => refetch(id, () => ({})), [refetch]);

  const dismiss = useCallback((id: string) => patch(id, (d) => ({ ...d, kept: null })), [patch]);

  return { docs, loadErrors, open, edit, save, saveOver, reload, restore, discard, dismiss };
}
