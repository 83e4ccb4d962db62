import type { EventName } from '../../../shared/contract/names';
import { ScriptedHost } from '../../harness/scripted-host';

/** The harness's scripted host, recording the events core pushes (there is no page here). */
export type RecordingHost = ScriptedHost & { events: { event: EventName; payload: unknown }[] };

export function scriptedHost(): RecordingHost {
  const host = Object.assign(new ScriptedHost(), { events: [] as { event: EventName; payload: unknown }[] });
  host.connect((event, payload) => host.events.push({ event, payload }));
  return host;
}
