import { randomUUID } from 'node:crypto';
import { CONSENT_SCOPES, type ConsentScope, type Person, type TestimonyRecord } from '../../../shared/domain/record';
import { consentDecision } from '../../../shared/domain/consent';
import { missingItems } from '../../../shared/domain/completeness';

/**
 * CSV of testimonies, one row per testimony, for spreadsheets (columns documented in
 * docs/records-csv.md). Lists inside a cell are separated by semicolons. Import reads the
 * columns marked importable; the others are written for reading only (people and events
 * travel in the JSON format, which holds the whole record).
 */
export interface CsvColumn {
  name: string;
  importable: boolean;
  get(record: TestimonyRecord, people: ReadonlyMap<string, Person>, mediaCount: number): string;
}

const list = (values: readonly string[]) => values.join(';');
const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');
const snake = (scope: ConsentScope) => scope.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** `consent_share_un_mechanisms` and so on, one per scope. */
export const CONSENT_COLUMNS: ReadonlyMap<string, ConsentScope> = new Map(CONSENT_SCOPES.map((scope) => [`consent_${snake(scope)}`, scope]));

const first = (r: TestimonyRecord) => r.sessions[0];

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'code', importable: true, get: (r) => r.code },
  { name: 'title', importable: true, get: (r) => r.title },
  { name: 'summary', importable: true, get: (r) => r.summary },
  { name: 'languages', importable: true, get: (r) => list(r.languages) },
  { name: 'status', importable: true, get: (r) => r.status },
  { name: 'sensitivity', importable: true, get: (r) => r.sensitivity },
  { name: 'content_warnings', importable: true, get: (r) => list(r.contentWarnings) },
  { name: 'tags', importable: true, get: (r) => list(r.tags) },
  { name: 'interview_date', importable: true, get: (r) => first(r)?.date ?? '' },
  { name: 'interview_place', importable: true, get: (r) => first(r)?.place.text ?? '' },
  { name: 'interview_admin_area', importable: true, get: (r) => first(r)?.place.adminArea ?? '' },
  { name: 'interviewers', importable: true, get: (r) => list(first(r)?.interviewers ?? []) },
  { name: 'consent_obtained', importable: true, get: (r) => r.consent.obtained },
  { name: 'consent_obtained_on', importable: true, get: (r) => r.consent.obtainedOn ?? '' },
  { name: 'consent_method', importable: true, get: (r) => r.consent.method ?? '' },
  ...[...CONSENT_COLUMNS].map(([name, scope]): CsvColumn => ({ name, importable: true, get: (r) => yesNo(r.consent.scopes[scope]) })),
  { name: 'consent_restrictions', importable: true, get: (r) => r.consent.restrictions },
  {
    name: 'consent_withdrawn',
    importable: false,
    get: (r) => list(CONSENT_SCOPES.filter((s) => consentDecision(r.consent, s) === 'withdrawn')),
  },
  { name: 'source_channel', importable: true, get: (r) => r.source.channel ?? '' },
  { name: 'source_connection', importable: true, get: (r) => r.source.connection ?? '' },
  { name: 'source_reliability', importable: true, get: (r) => r.source.reliability ?? '' },
  { name: 'source_received_on', importable: true, get: (r) => r.source.receivedOn ?? '' },
  { name: 'entered_by', importable: true, get: (r) => r.source.enteredBy },
  { name: 'act_types', importable: false, get: (r) => list([...new Set(r.events.map((e) => e.actType))]) },
  { name: 'people', importable: false, get: (r, people) => list(r.people.map((p) => `${people.get(p.personId)?.code ?? p.personId}:${p.role}`)) },
  { name: 'missing', importable: false, get: (r, _people, mediaCount) => list(missingItems(r, mediaCount)) },
  { name: 'created_at', importable: false, get: (r) => r.createdAt },
  { name: 'updated_at', importable: false, get: (r) => r.updatedAt },
];

const splitList = (cell: string) =>
  cell
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v !== '');

const answer = (cell: string): boolean | null | string => {
  const v = cell.trim().toLowerCase();
  if (v === '') return null;
  if (v === 'yes' || v === 'y' || v === 'true' || v === '1' || v === 'نعم') return true;
  if (v === 'no' || v === 'n' || v === 'false' || v === '0' || v === 'لا') return false;
  return cell; // not a yes/no: left for the schema to refuse with the field named
};

/**
 * One CSV row as the input of a testimony record (validated afterwards by the record schema,
 * which names the field of any problem). Empty cells leave the defaults.
 */
export function recordInputFromRow(cells: ReadonlyMap<string, string>, now: string): Record<string, unknown> {
  const get = (name: string) => cells.get(name) ?? '';
  const orNull = (name: string) => (get(name).trim() === '' ? null : get(name).trim());
  const hasSession = ['interview_date', 'interview_place', 'interview_admin_area', 'interviewers'].some((n) => get(n).trim() !== '');
  return {
    id: randomUUID(),
    code: get('code'),
    title: get('title'),
    summary: get('summary'),
    languages: splitList(get('languages')),
    ...(get('status').trim() ? { status: get('status').trim() } : {}),
    ...(get('sensitivity').trim() ? { sensitivity: get('sensitivity').trim() } : {}),
    contentWarnings: splitList(get('content_warnings')),
    tags: splitList(get('tags')),
    sessions: hasSession
      ? [
          {
            id: randomUUID(),
            date: orNull('interview_date'),
            place: { text: get('interview_place'), adminArea: get('interview_admin_area') },
            interviewers: splitList(get('interviewers')),
          },
        ]
      : [],
    consent: {
      ...(get('consent_obtained').trim() ? { obtained: get('consent_obtained').trim().toLowerCase() } : {}),
      obtainedOn: orNull('consent_obtained_on'),
      method: orNull('consent_method'),
      scopes: Object.fromEntries([...CONSENT_COLUMNS].map(([name, scope]) => [scope, answer(get(name))])),
      restrictions: get('consent_restrictions'),
    },
    source: {
      channel: orNull('source_channel'),
      connection: orNull('source_connection'),
      reliability: orNull('source_reliability'),
      receivedOn: orNull('source_received_on'),
      enteredBy: get('entered_by'),
    },
    createdAt: now,
    updatedAt: now,
  };
}
