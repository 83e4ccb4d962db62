import { useCallback, useEffect, useState } from 'react';
import type { EventPayload } from '../../../../shared/contract/events';
import type { ImportResult } from '../../../../shared/contract/operations';
import { useVault } from '../../app/vault-client';

export type ImportJob = EventPayload<'media.importProgress'>;
export type ImportOutcome = { results: ImportResult[] } | { error: unknown };

export interface Imports {
  /** Latest progress of every file being imported, by job id. */
  jobs: ReadonlyMap<string, ImportJob>;
  /** Testimonies with an import under way (the file dialog counts). */
  running: ReadonlySet<string>;
  /** What the last import into each testimony did. */
  outcomes: ReadonlyMap<string, ImportOutcome>;
  start: (testimonyId: string) => void;
  /** Imports files dropped on the originals (the same import, with its progress events). */
  importDropped: (testimonyId: string, files: File[]) => void;
  cancel: (jobId: string) => void;
}

function without<K, V>(map: ReadonlyMap<K, V>, drop: (key: K, value: V) => boolean): Map<K, V> {
  return new Map([...map].filter(([key, value]) => !drop(key, value)));
}

/**
 * Imports outlive the testimony on screen (a person may look at another one meanwhile), so
 * they are tracked here, at the level of the unlocked home, and vanish with it on lock.
 */
export function useImports(onFinished: (testimonyId: string) => void): Imports {
  const vault = useVault();
  const [jobs, setJobs] = useState<ReadonlyMap<string, ImportJob>>(new Map());
  const [running, setRunning] = useState<ReadonlySet<string>>(new Set());
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, ImportOutcome>>(new Map());

  useEffect(
    () => vault.on('media.importProgress', (job) => setJobs((current) => new Map(current).set(job.jobId, job))),
    [vault],
  );

  /** One import into a testimony (the dialog's or a drop's), tracked until it settles. */
  const run = useCallback(
    (testimonyId: string, call: () => Promise<{ results: ImportResult[] }>) => {
      setRunning((current) => new Set(current).add(testimonyId));
      setJobs((current) => without(current, (_, job) => job.testimonyId === testimonyId));
      setOutcomes((current) => without(current, (id) => id === testimonyId));
      const settle = (outcome: ImportOutcome) => {
        setOutcomes((current) => new Map(current).set(testimonyId, outcome));
        setRunning((current) => new Set([...current].filter((id) => id !== testimonyId)));
        onFinished(testimonyId);
      };
      call().then(
        ({ results }) => settle({ results }),
        (error: unknown) => settle({ error }),
      );
    },
    [onFinished],
  );

  const start = useCallback((testimonyId: string) => run(testimonyId, () => vault.call('media.import', { testimonyId })), [vault, run]);

  // The preload turns the dropped File objects into paths; the page never names one.
  const importDropped = useCallback(
    (testimonyId: string, files: File[]) => run(testimonyId, () => vault.importDropped(testimonyId, files)),
    [vault, run],
  );

  const cancel = useCallback(
    (jobId: string) => {
      // The job's own progress event reports the cancellation (or its failure).
      vault.call('media.cancelImport', { jobId }).catch(() => undefined);
    },
    [vault],
  );

  return { jobs, running, outcomes, start, importDropped, cancel };
}
