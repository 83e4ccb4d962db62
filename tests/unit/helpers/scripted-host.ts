import type { EventName } from '../../../shared/contract/names';
import type { EventPayload } from '../../../shared/contract/events';
import type { Host } from '../../../electron/core/host';

/** A Host whose dialogs answer from queues the test fills, recording every event pushed. */
export interface ScriptedHost extends Host {
  importAnswers: string[][];
  saveAnswers: (string | null)[];
  events: { event: EventName; payload: unknown }[];
}

export function scriptedHost(): ScriptedHost {
  const host: ScriptedHost = {
    importAnswers: [],
    saveAnswers: [],
    events: [],
    pickImportFiles: () => Promise.resolve(host.importAnswers.shift() ?? []),
    pickSavePath: () => Promise.resolve(host.saveAnswers.shift() ?? null),
    emit<E extends EventName>(event: E, payload: EventPayload<E>) {
      host.events.push({ event, payload });
    },
  };
  return host;
}
