import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { OperationOutput } from '../../../../shared/contract/operations';
import type { EntityView, Narrative, PublicationDetails } from '../../../../shared/contract/publish-operations';
import type { RedactionDocument } from '../../../../shared/redaction/types';
import { VaultError } from '../../../../shared/errors';
import { useVault } from '../../app/vault-client';

export type PublicationConsent = OperationOutput<'publish.get'>['consent'];

/** What the editor changes before saving; everything else is the core's. */
export interface NarrativeDraft {
  title: string;
  publication: PublicationDetails;
  document: RedactionDocument;
}

export type NarrativeNotice = 'saved' | 'submitted' | 'approved' | 'returned' | 'reloaded';

export interface NarrativeState {
  narrative: Narrative | null;
  entities: readonly EntityView[];
  consent: PublicationConsent | null;
  draft: NarrativeDraft | null;
  dirty: boolean;
  busy: boolean;
  error: unknown;
  notice: NarrativeNotice | null;
  /** A save or transition found a newer version than the one on screen: nothing was overwritten. */
  conflict: boolean;
  edit: (change: (draft: NarrativeDraft) => NarrativeDraft) => void;
  save: () => Promise<boolean>;
  /** After a conflict: saves this draft over the newer version. */
  saveOver: () => Promise<void>;
  /** Loads the stored narrative again; the draft's changes are dropped. */
  reload: () => Promise<void>;
  submit: () => Promise<void>;
  approve: () => Promise<void>;
  returnToDraft: (note: string) => Promise<void>;
}

const draftOf = (n: Narrative): NarrativeDraft => ({ title: n.title, publication: n.publication, document: n.document });
const same = (a: NarrativeDraft, b: NarrativeDraft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One narrative open in the editor: the stored version, the editor's draft, saves and review
 * transitions that each name the version the person looked at. Memory only: a lock drops it.
 */
export function useNarrative(narrativeId: string, onChanged: () => void): NarrativeState {
  const vault = useVault();
  const [narrative, setNarrative] = useState<Narrative | null>(null);
  const [entities, setEntities] = useState<readonly EntityView[]>([]);
  const [consent, setConsent] = useState<PublicationConsent | null>(null);
  const [draft, setDraft] = useState<NarrativeDraft | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<NarrativeNotice | null>(null);
  const [conflict, setConflict] = useState(false);
  const mounted = useRef(true);
  const latest = useRef<{ narrative: Narrative | null; draft: NarrativeDraft | null }>({ narrative: null, draft: null });
  // Async steps read the latest state (the person keeps working while a write is in flight).
  useLayoutEffect(() => {
    latest.current = { narrative, draft };
  });

  const load = useCallback(async () => {
    const got = await vault.call('publish.get', { narrativeId });
    if (!mounted.current) return;
    setNarrative(got.narrative);
    setEntities(got.entities);
    setConsent(got.consent);
    setDraft(draftOf(got.narrative));
    setConflict(false);
  }, [vault, narrativeId]);

  useEffect(() => {
    mounted.current = true;
    load().catch((caught: unknown) => mounted.current && setError(caught));
    return () => {
      mounted.current = false;
    };
  }, [load]);

  /** Runs a write; a CONFLICT shows the conflict notice, anything else the error. */
  const run = useCallback(
    async (write: () => Promise<Narrative>, done: NarrativeNotice, keepDraft: boolean): Promise<boolean> => {
      setBusy(true);
      setError(null);
      setNotice(null);
      try {
        const next = await write();
        if (!mounted.current) return false;
        setNarrative(next);
        // The entities may change with the custom ones just saved.
        const fresh = await vault.call('publish.get', { narrativeId });
        if (!mounted.current) return false;
        setEntities(fresh.entities);
        setConsent(fresh.consent);
        setDraft((current) => (keepDraft && current ? current : draftOf(next)));
        setConflict(false);
        setNotice(done);
        onChanged();
        return true;
      } catch (caught) {
        if (!mounted.current) return false;
        if (caught instanceof VaultError && caught.code === 'CONFLICT' && caught.details?.status === undefined) setConflict(true);
        else setError(caught);
        return false;
      } finally {
        if (mounted.current) setBusy(false);
      }
    },
    [vault, narrativeId, onChanged],
  );

  const saveAt = useCallback(
    (expectedVersion: number) => {
      const d = latest.current.draft;
      if (!d) return Promise.resolve(false);
      return run(() => vault.call('publish.save', { narrativeId, expectedVersion, title: d.title, publication: d.publication, document: d.document }), 'saved', false);
    },
    [run, vault, narrativeId],
  );

  const version = () => latest.current.narrative?.version ?? 1;

  return {
    narrative,
    entities,
    consent,
    draft,
    dirty: narrative !== null && draft !== null && !same(draft, draftOf(narrative)),
    busy,
    error,
    notice,
    conflict,
    edit: (change) => {
      setNotice(null);
      setDraft((current) => (current ? change(current) : current));
    },
    save: () => saveAt(version()),
    saveOver: async () => {
      const got = await vault.call('publish.get', { narrativeId });
      await saveAt(got.narrative.version);
    },
    reload: async () => {
      setBusy(true);
      try {
        await load();
        setNotice('reloaded');
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    },
    submit: async () => {
      await run(() => vault.call('publish.submit', { narrativeId, expectedVersion: version() }), 'submitted', true);
    },
    approve: async () => {
      await run(() => vault.call('publish.approve', { narrativeId, expectedVersion: version() }), 'approved', true);
    },
    returnToDraft: async (note) => {
      await run(() => vault.call('publish.returnToDraft', { narrativeId, expectedVersion: version(), note }), 'returned', true);
    },
  };
}
