import { labelOf } from '../../../shared/domain/vocabularies';
import { consentDecision } from '../../../shared/domain/consent';
import { CONSENT_SCOPES } from '../../../shared/domain/record';
import type { RecordView } from '../../../shared/contract/record-operations';
import type { MediaItem } from '../../../shared/domain/media';
import type { AuditEvent } from '../../../shared/domain/audit';

/**
 * The metadata of a testimony in a custody package: Dublin Core for catalogues, PREMIS for
 * preservation (the originals with their fixity, the events that happened to them, and who
 * did them). The full record travels as JSON beside them (with its JSON Schema).
 */
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped rather than escaped.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

function element(name: string, value: string | null | undefined, indent = '  '): string {
  return value === null || value === undefined || value === '' ? '' : `${indent}<${name}>${xml(value)}</${name}>\n`;
}

const DCMI_TYPE: Record<MediaItem['kind'], string> = { audio: 'Sound', video: 'MovingImage', document: 'Text', image: 'StillImage', text: 'Text', other: 'Dataset' };

export function dublinCore(view: RecordView, media: readonly MediaItem[], publisher: string): string {
  const r = view.record;
  const subjects = [...new Set(r.events.map((e) => labelOf('actTypes', e.actType, 'en')))];
  const places = [...new Set([...r.sessions.map((s) => s.place.text), ...r.events.map((e) => e.place.text)].filter((p) => p.trim() !== ''))];
  const rights = CONSENT_SCOPES.map((scope) => `${scope}: ${consentDecision(r.consent, scope)}`).join('; ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">\n',
    element('dc:identifier', r.code),
    element('dc:title', r.title),
    element('dc:description', r.summary),
    ...r.languages.map((l) => element('dc:language', l)),
    ...r.sessions.map((s) => element('dc:date', s.date)),
    ...[...new Set(media.map((m) => DCMI_TYPE[m.kind]))].map((t) => element('dc:type', t)),
    ...[...new Set(media.map((m) => m.contentType))].map((f) => element('dc:format', f)),
    ...subjects.map((s) => element('dc:subject', s)),
    ...places.map((p) => element('dc:coverage', p)),
    element('dc:rights', `Consent as recorded: ${rights}. Restrictions: ${r.consent.restrictions || 'none recorded'}`),
    element('dc:publisher', publisher),
    element('dcterms:created', r.createdAt),
    element('dcterms:modified', r.updatedAt),
    '</metadata>\n',
  ].join('');
}

export interface PremisAgent {
  id: string;
  name: string;
  type: 'person' | 'software' | 'organization';
}

/** PREMIS 3: objects with fixity, events with their agents and objects, agents. */
export function premis(view: RecordView, media: readonly MediaItem[], events: readonly AuditEvent[], agents: readonly PremisAgent[], paths: ReadonlyMap<string, string>): string {
  const id = (type: string, value: string, indent: string) =>
    `${indent}<premis:${type}IdentifierType>local</premis:${type}IdentifierType>\n${indent}<premis:${type}IdentifierValue>${xml(value)}</premis:${type}IdentifierValue>\n`;
  const objects = media.map(
    (m) =>
      `  <premis:object xsi:type="premis:file">\n` +
      `    <premis:objectIdentifier>\n${id('object', m.id, '      ')}    </premis:objectIdentifier>\n` +
      `    <premis:objectCharacteristics>\n` +
      `      <premis:compositionLevel>0</premis:compositionLevel>\n` +
      `      <premis:fixity>\n        <premis:messageDigestAlgorithm>SHA-256</premis:messageDigestAlgorithm>\n        <premis:messageDigest>${m.sha256}</premis:messageDigest>\n        <premis:messageDigestOriginator>Testimony Vault (at ingest)</premis:messageDigestOriginator>\n      </premis:fixity>\n` +
      `      <premis:fixity>\n        <premis:messageDigestAlgorithm>SHA-512</premis:messageDigestAlgorithm>\n        <premis:messageDigest>${m.sha512}</premis:messageDigest>\n        <premis:messageDigestOriginator>Testimony Vault (at ingest)</premis:messageDigestOriginator>\n      </premis:fixity>\n` +
      `      <premis:size>${m.size}</premis:size>\n` +
      `      <premis:format>\n        <premis:formatDesignation>\n          <premis:formatName>${xml(m.contentType)}</premis:formatName>\n        </premis:formatDesignation>\n      </premis:format>\n` +
      `    </premis:objectCharacteristics>\n` +
      `    <premis:originalName>${xml(m.originalName)}</premis:originalName>\n` +
      (paths.has(m.id) ? `    <premis:storage>\n      <premis:contentLocation>\n        <premis:contentLocationType>bag path</premis:contentLocationType>\n        <premis:contentLocationValue>${xml(paths.get(m.id)!)}</premis:contentLocationValue>\n      </premis:contentLocation>\n    </premis:storage>\n` : '') +
      `  </premis:object>\n`,
  );
  const premisEvents = events.map(
    (e) =>
      `  <premis:event>\n` +
      `    <premis:eventIdentifier>\n${id('event', `audit-${e.seq}`, '      ')}    </premis:eventIdentifier>\n` +
      `    <premis:eventType>${xml(e.type)}</premis:eventType>\n` +
      `    <premis:eventDateTime>${xml(e.time)}</premis:eventDateTime>\n` +
      `    <premis:linkingAgentIdentifier>\n${id('linkingAgent', e.actor, '      ')}    </premis:linkingAgentIdentifier>\n` +
      `    <premis:linkingObjectIdentifier>\n${id('linkingObject', e.objectId, '      ')}    </premis:linkingObjectIdentifier>\n` +
      `  </premis:event>\n`,
  );
  const premisAgents = agents.map(
    (a) =>
      `  <premis:agent>\n    <premis:agentIdentifier>\n${id('agent', a.id, '      ')}    </premis:agentIdentifier>\n` +
      `    <premis:agentName>${xml(a.name)}</premis:agentName>\n    <premis:agentType>${a.type}</premis:agentType>\n  </premis:agent>\n`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<premis:premis xmlns:premis="http://www.loc.gov/premis/v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="3.0">\n',
    `  <!-- Testimony ${xml(view.record.code)}: originals, events recorded in the vault's audit log, agents. -->\n`,
    ...objects,
    ...premisEvents,
    ...premisAgents,
    '</premis:premis>\n',
  ].join('');
}
