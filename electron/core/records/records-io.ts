import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { z } from 'zod';
import { VaultError } from '../../../shared/errors';
import type { ImportProblem } from '../../../shared/contract/record-operations';
import { RECORDS_FILE_FORMAT, RECORDS_FILE_VERSION, type Person, type RecordsFile, type TestimonyRecord } from '../../../shared/domain/record';
import { importFileSchema, importedRecordSchema, type ImportedRecord } from '../../../shared/domain/record-file';
import { codeExists, insertTestimony } from '../db/queries/testimonies';
import { getPerson, insertPerson, listAllPeople, personCodeTaken } from '../db/queries/people';
import { saveConsent, saveOverview, saveSource, upsertEvent, upsertLink, upsertSession } from '../db/queries/records';
import { encodeIdentity, encodeRecipient, generateIdentity } from '../crypto/age/identity';
import { writeFileAtomic } from '../fs/atomic-write';
import type { VaultSession } from '../vault/session';
import type { Db } from '../db/connection';
import { CsvSyntaxError, formatCsv, parseCsv } from './csv';
import { CSV_COLUMNS, recordInputFromRow } from './records-csv';
import { edtfBounds, refreshDerived, requireRecord } from './record-store';
import { checkConsent, checkEvent, checkIdentity, checkLink, checkOverview, checkSession, checkSource } from './vocabulary-check';

/**
 * Moving records in and out: JSON (the whole record, shared/domain/record-file.ts) and CSV
 * (one row per testimony, docs/records-csv.md). An import is validated completely first and
 * every problem reported with its row and field; only a clean file is written, in one
 * transaction, so nothing is ever half-imported.
 */
const MAX_IMPORT_BYTES = 256 * 1024 * 1024;
const MAX_PROBLEMS = 500;

export type ImportOutcome = { status: 'imported'; testimonies: number; people: number } | { status: 'refused'; problems: ImportProblem[] };

function allRecords(db: Db): TestimonyRecord[] {
  const ids = db.prepare('SELECT id FROM testimonies ORDER BY code COLLATE NOCASE').pluck().all() as string[];
  return ids.map((id) => requireRecord(db, id));
}

export function exportJson(db: Db, now: string): RecordsFile {
  const testimonies = allRecords(db);
  const referenced = new Set(testimonies.flatMap((t) => t.people.map((p) => p.personId)));
  const people = listAllPeople(db).filter((p) => referenced.has(p.id));
  return { format: RECORDS_FILE_FORMAT, version: RECORDS_FILE_VERSION, exportedAt: now, people, testimonies };
}

export function exportCsv(db: Db): { csv: string; count: number } {
  const testimonies = allRecords(db);
  const people = new Map(listAllPeople(db).map((p) => [p.id, p]));
  const mediaCount = db.prepare('SELECT count(*) FROM media WHERE testimony_id = ?').pluck();
  const rows = [CSV_COLUMNS.map((c) => c.name), ...testimonies.map((t) => CSV_COLUMNS.map((c) => c.get(t, people, mediaCount.get(t.id) as number)))];
  return { csv: formatCsv(rows), count: testimonies.length };
}

/** Writes an export the user asked for (plaintext by nature), atomically and readable by them only. */
export async function writeExport(session: VaultSession, target: string, format: 'json' | 'csv'): Promise<number> {
  const now = session.now();
  const { text, count } =
    format === 'json'
      ? (() => {
          const file = exportJson(session.db, now);
          return { text: `${JSON.stringify(file, null, 2)}\n`, count: file.testimonies.length };
        })()
      : (() => {
          const { csv, count: n } = exportCsv(session.db);
          return { text: csv, count: n };
        })();
  await writeFileAtomic(target, text, 0o600);
  await session.commit((record) => record({ type: 'dissemination', objectType: 'records', objectId: session.vaultId, detail: { action: `export records (${format})`, testimonies: count } }));
  return count;
}

class Problems {
  readonly list: ImportProblem[] = [];
  add(row: number, field: string, message: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push({ row, field, message });
  }
  fromZod(row: number, error: z.ZodError, prefix = ''): void {
    for (const issue of error.issues) this.add(row, `${prefix}${issue.path.join('.')}`, issue.message);
  }
  /** Runs a vocabulary/reference check that throws BAD_INPUT, recording it instead. */
  check(row: number, run: () => void): void {
    try {
      run();
    } catch (error) {
      if (!(error instanceof VaultError)) throw error;
      this.add(row, String(error.details?.field ?? ''), error.message.replace(/^Invalid [^:]+: /, ''));
    }
  }
}

interface Candidate {
  row: number;
  record: ImportedRecord;
}

function parseFile(text: string, problems: Problems, now: string): { people: Person[]; candidates: Candidate[] } {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) {
    let raw: unknown;
    try {
      raw = JSON.parse(trimmed);
    } catch (error) {
      problems.add(0, '', `The file is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`);
      return { people: [], candidates: [] };
    }
    const top = importFileSchema.omit({ testimonies: true }).safeParse(raw);
    if (!top.success) {
      problems.fromZod(0, top.error);
      return { people: [], candidates: [] };
    }
    const list = (raw as { testimonies?: unknown }).testimonies;
    if (!Array.isArray(list)) {
      problems.add(0, 'testimonies', 'The file holds no list of testimonies.');
      return { people: top.data.people, candidates: [] };
    }
    const candidates: Candidate[] = [];
    list.forEach((item, i) => {
      const parsed = importedRecordSchema.safeParse(item);
      if (parsed.success) candidates.push({ row: i + 1, record: parsed.data });
      else problems.fromZod(i + 1, parsed.error);
    });
    return { people: top.data.people, candidates };
  }
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) problems.add(error.row, '', error.message);
    else throw error;
    return { people: [], candidates: [] };
  }
  const [header = [], ...body] = rows;
  const names = header.map((h) => h.trim());
  const known = new Set(CSV_COLUMNS.map((c) => c.name));
  names.forEach((name) => {
    if (!known.has(name)) problems.add(1, name, `Unknown column "${name}" (see docs/records-csv.md).`);
  });
  for (const required of ['code', 'title']) if (!names.includes(required)) problems.add(1, required, `The column "${required}" is missing.`);
  const candidates: Candidate[] = [];
  body.forEach((cells, i) => {
    const row = i + 2; // the header is row 1
    if (cells.length > names.length) problems.add(row, '', `The row has ${cells.length} cells but the header has ${names.length} columns.`);
    const map = new Map(names.map((name, j) => [name, cells[j] ?? '']));
    const parsed = importedRecordSchema.safeParse(recordInputFromRow(map, now));
    if (parsed.success) candidates.push({ row, record: parsed.data });
    else problems.fromZod(row, parsed.error);
  });
  return { people: [], candidates };
}

function validate(db: Db, people: Person[], candidates: Candidate[], problems: Problems): Person[] {
  const newPeople: Person[] = [];
  const fileCodes = new Map<string, string>();
  for (const person of people) {
    const existing = getPerson(db, person.id);
    if (existing) {
      if (existing.code.toLowerCase() !== person.code.toLowerCase()) problems.add(0, `people.${person.code}`, `The person ${person.id} is already in the vault under the code ${existing.code}.`);
      continue;
    }
    if (personCodeTaken(db, person.code) || fileCodes.has(person.code.toLowerCase())) {
      problems.add(0, 'people.code', `The person code "${person.code}" is already used.`);
    }
    fileCodes.set(person.code.toLowerCase(), person.id);
    problems.check(0, () => checkIdentity(db, person.identity));
    newPeople.push(person);
  }
  const knownPeople = new Set([...people.map((p) => p.id)]);
  const codes = new Set<string>();
  for (const { row, record } of candidates) {
    const code = record.code.normalize('NFC').toLowerCase();
    if (codes.has(code)) problems.add(row, 'code', `The code "${record.code}" appears more than once in the file.`);
    else if (codeExists(db, record.code.normalize('NFC'))) problems.add(row, 'code', `A testimony with the code "${record.code}" already exists in the vault.`);
    codes.add(code);
    if (record.id && db.prepare('SELECT 1 FROM testimonies WHERE id = ?').get(record.id)) problems.add(row, 'id', 'A testimony with this id is already in the vault.');
    problems.check(row, () => checkOverview(db, record));
    problems.check(row, () => checkSource(db, record.source));
    problems.check(row, () => checkConsent(db, record.consent));
    record.sessions.forEach((s) => problems.check(row, () => checkSession(db, { ...s, id: s.id ?? randomUUID() })));
    const linked = new Set(record.people.map((p) => p.personId));
    record.people.forEach((link, i) => {
      if (!knownPeople.has(link.personId) && !getPerson(db, link.personId)) problems.add(row, `people.${i}.personId`, 'This person is neither in the file nor in the vault.');
      problems.check(row, () => checkLink(db, link));
    });
    record.events.forEach((event, i) => {
      problems.check(row, () => checkEvent(db, { ...event, id: event.id ?? randomUUID() }));
      const named = [...event.victims, ...event.perpetrators.flatMap((p) => (p.personId ? [p.personId] : []))];
      if (named.some((id) => !linked.has(id))) problems.add(row, `events.${i}.victims`, 'The event names a person who is not among the people of this testimony.');
    });
  }
  return newPeople;
}

export async function importRecords(session: VaultSession, file: string): Promise<ImportOutcome> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new VaultError('FILE_NOT_FOUND', `${file} does not exist or is not a file.`, { fileName: file });
  if (stat.size > MAX_IMPORT_BYTES) throw new VaultError('BAD_INPUT', `${file} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB.`, { fileName: file });
  const text = await fs.readFile(file, 'utf8');
  const now = session.now();
  const problems = new Problems();
  const { people, candidates } = parseFile(text, problems, now);
  if (problems.list.length === 0 && candidates.length === 0) problems.add(0, 'testimonies', 'The file holds no testimony.');
  // Rows that parsed are checked further even when others did not: one report lists everything.
  const newPeople = validate(session.db, people, candidates, problems);
  if (problems.list.length > 0) return { status: 'refused', problems: problems.list };

  // Keys first (asynchronous), then everything in one transaction.
  const keys = await Promise.all(candidates.map(() => generateIdentity()));
  const db = session.db;
  await session.commit((record) => {
    for (const person of newPeople) {
      insertPerson(db, person, now);
      record({ type: 'creation', objectType: 'person', objectId: person.id, detail: { via: 'import' } });
    }
    candidates.forEach(({ record: r }, i) => {
      const id = r.id ?? randomUUID();
      const key = keys[i]!;
      insertTestimony(db, { id, code: r.code.normalize('NFC'), title: r.title.normalize('NFC'), now: r.createdAt ?? now, identity: encodeIdentity(key.secretKey), recipient: encodeRecipient(key.publicKey) });
      key.secretKey.fill(0);
      saveOverview(db, id, { ...r, code: r.code.normalize('NFC'), title: r.title.normalize('NFC') }, r.updatedAt ?? now);
      saveSource(db, id, r.source, r.updatedAt ?? now);
      saveConsent(db, id, r.consent, r.updatedAt ?? now);
      for (const s of r.sessions) {
        const interview = { ...s, id: s.id ?? randomUUID() };
        upsertSession(db, id, interview, edtfBounds(interview.date));
      }
      for (const link of r.people) upsertLink(db, id, link);
      for (const e of r.events) {
        const event = { ...e, id: e.id ?? randomUUID() };
        upsertEvent(db, id, event, edtfBounds(event.date));
      }
      refreshDerived(db, id);
      record({ type: 'creation', objectType: 'testimony', objectId: id, detail: { via: 'import' } });
    });
  });
  return { status: 'imported', testimonies: candidates.length, people: newPeople.length };
}
