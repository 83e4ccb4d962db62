import type { MediaItem, Provenance } from '../../../shared/domain/media';
import type { Source } from '../../../shared/domain/record';
import type { PackageEvent } from './package-verify-audit';

/**
 * What an imported testimony keeps of where it came from (Berkeley Protocol: chain of custody):
 * which package, from whom, when; how the sender first received each original and with which
 * hashes; and the sender's audit events about it (verified against the sender's signed
 * checkpoint before the import). Written as provenance notes, in English like the audit log.
 */
export interface PackageOrigin {
  bagId: string;
  organization: string;
  contact: string;
  baggingDate: string;
  /** The day of the import (YYYY-MM-DD). */
  receivedOn: string;
  /** The sender's audit log: its origin and the size of the signed checkpoint the events were proven against. */
  log: { origin: string; treeSize: number } | null;
  /** Agent ids to names, from the PREMIS files of the package. */
  agents: ReadonlyMap<string, string>;
}

const NOTES_MAX = 5000;
const PROVENANCE_LINE = 300;

/** Fits text into a field's limit, saying that something was left out and where to find it. */
function fit(lines: readonly string[], max: number, rest: string): string {
  const kept: string[] = [];
  let length = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const tail = `… ${lines.length - i} more lines: ${rest}`;
    if (length + line.length + 1 + (i < lines.length - 1 ? tail.length + 1 : 0) > max) {
      kept.push(tail.slice(0, Math.max(0, max - length - 1)));
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}

export function received(origin: PackageOrigin): string {
  return `Received in custody package ${origin.bagId} from ${origin.organization} (contact: ${origin.contact}), bagged ${origin.baggingDate}, imported ${origin.receivedOn}.`;
}

function eventLines(events: readonly PackageEvent[], origin: PackageOrigin): string[] {
  if (events.length === 0) return [];
  const where = origin.log ? `the sender's audit log ${origin.log.origin}, proven against its signed checkpoint of ${origin.log.treeSize} events` : "the sender's audit log";
  return [
    `Custody history (${where}):`,
    ...events.map((e) => {
      const hashes = typeof e.detail.sha256 === 'string' ? ` sha256 ${e.detail.sha256}` : '';
      const action = typeof e.detail.action === 'string' ? ` (${e.detail.action})` : '';
      return `- event ${e.seq}, ${e.time}: ${e.type}${action} of ${e.object.type} ${e.object.id} by ${origin.agents.get(e.actor) ?? e.actor}${hashes}`;
    }),
  ];
}

/** The provenance of an imported original: this hand-over, then the sender's. */
export function originalProvenance(sender: MediaItem, events: readonly PackageEvent[], origin: PackageOrigin): Provenance {
  const earlier = sender.provenance;
  const lines = [
    received(origin),
    `First ingested by the sender on ${sender.createdAt} as "${sender.originalName}" (media ${sender.id}): ${sender.size} bytes, SHA-256 ${sender.sha256}, SHA-512 ${sender.sha512}.`,
    ...(earlier.handedOverBy || earlier.method || earlier.receivedOn || earlier.device
      ? [`Earlier provenance: handed over by ${earlier.handedOverBy || '(not recorded)'}; method ${earlier.method || '(not recorded)'}; received on ${earlier.receivedOn ?? '(not recorded)'}; device ${earlier.device || '(not recorded)'}.`]
      : []),
    ...(earlier.notes ? [`Earlier notes: ${earlier.notes}`] : []),
    ...eventLines(events, origin),
  ];
  return {
    handedOverBy: `${origin.organization} (${origin.contact})`.slice(0, PROVENANCE_LINE),
    method: `custody package ${origin.bagId} (BagIt, age-encrypted, minisign-signed)`.slice(0, PROVENANCE_LINE),
    receivedOn: origin.receivedOn,
    device: '',
    notes: fit(lines, NOTES_MAX, 'see data/audit/events.json of the package'),
  };
}

/** The record's source, with this hand-over and the testimony's history added to its notes. */
export function testimonySource(source: Source, senderId: string, senderCreatedAt: string, events: readonly PackageEvent[], origin: PackageOrigin): Source {
  const lines = [
    received(origin),
    `The sender's testimony ${senderId}, created ${senderCreatedAt}.`,
    ...eventLines(events, origin),
    ...(source.notes ? ['Notes as received:', ...source.notes.split('\n')] : []),
  ];
  return { ...source, notes: fit(lines, NOTES_MAX, 'see the package') };
}

/** Agent names of the package's PREMIS files (ids of the sender's users, names as the sender recorded them). */
export function premisAgents(held: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const agents = new Map<string, string>();
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  for (const [path, bytes] of held) {
    if (!/^data\/metadata\/[^/]+\/premis\.xml$/.test(path)) continue;
    const text = Buffer.from(bytes).toString('utf8');
    for (const m of text.matchAll(/<premis:agentIdentifierValue>([^<]*)<\/premis:agentIdentifierValue>\s*<\/premis:agentIdentifier>\s*<premis:agentName>([^<]*)<\/premis:agentName>/g)) {
      agents.set(unescape(m[1]!), unescape(m[2]!).slice(0, 200));
    }
  }
  return agents;
}
