import { z } from 'zod';
import { VaultError } from '../../../shared/errors';
import { mediaItemSchema, paragraphSchema, transcriptInfoSchema, type MediaItem, type Paragraph, type TranscriptInfo } from '../../../shared/domain/media';
import { personSchema, testimonyRecordSchema, type Person, type TestimonyRecord } from '../../../shared/domain/record';
import type { Db } from '../db/connection';
import { codeExists } from '../db/queries/testimonies';
import { getPerson, personCodeTaken } from '../db/queries/people';
import { checkConsent, checkEvent, checkIdentity, checkLink, checkOverview, checkSession, checkSource } from '../records/vocabulary-check';

/**
 * The testimonies of a received package, read from their record.json (the sender's whole
 * record, its people and its originals' metadata) and transcripts, and checked against this
 * vault before anything is written: a code already used here, a person whose code is taken by
 * someone else, or a vocabulary term this vault does not know refuses the import, each named.
 */
const recordFileSchema = z.object({
  record: testimonyRecordSchema,
  people: z.array(personSchema).default([]),
  media: z.array(mediaItemSchema).default([]),
});

const transcriptFileSchema = z.object({
  transcript: transcriptInfoSchema,
  paragraphs: z.array(paragraphSchema).max(20_000),
});

export interface TestimonyPlan {
  /** As the package names its folders (data/metadata/<code>/). */
  code: string;
  record: TestimonyRecord;
  people: Person[];
  /** The sender's metadata of each original, by the sender's media id. */
  media: Map<string, MediaItem>;
  transcripts: { info: TranscriptInfo; paragraphs: Paragraph[] }[];
}

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return null;
  }
}

function zodProblem(path: string, error: z.ZodError): string {
  const issue = error.issues[0];
  return `${path}: ${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}`;
}

/** One plan per testimony code of the package; problems name the file and field. */
export function readPlans(held: ReadonlyMap<string, Uint8Array>, codes: readonly string[]): { plans: TestimonyPlan[]; problems: string[] } {
  const plans: TestimonyPlan[] = [];
  const problems: string[] = [];
  for (const code of codes) {
    const path = `data/metadata/${code}/record.json`;
    const raw = parseJson(held.get(path));
    if (raw === undefined) {
      problems.push(`testimony ${code}: the package holds no ${path} (it was exported without its metadata), so there is no record to import`);
      continue;
    }
    const parsed = recordFileSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(raw === null ? `${path} is not valid JSON` : zodProblem(path, parsed.error));
      continue;
    }
    const transcripts: TestimonyPlan['transcripts'] = [];
    for (const [file, bytes] of held) {
      if (!file.startsWith(`data/transcripts/${code}/`)) continue;
      const t = transcriptFileSchema.safeParse(parseJson(bytes));
      if (t.success) transcripts.push({ info: t.data.transcript, paragraphs: t.data.paragraphs });
      else problems.push(zodProblem(file, t.error));
    }
    plans.push({ code, record: parsed.data.record, people: parsed.data.people, media: new Map(parsed.data.media.map((m) => [m.id, m])), transcripts });
  }
  return { plans, problems };
}

function attempt(problems: string[], where: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof VaultError)) throw error;
    problems.push(`${where}: ${error.message}`);
  }
}

/** Everything that would make the import fail or clash, checked against this vault. */
export function checkPlans(db: Db, plans: readonly TestimonyPlan[]): { problems: string[]; newPeople: Person[] } {
  const problems: string[] = [];
  const newPeople = new Map<string, Person>();
  for (const plan of plans) {
    const where = `testimony ${plan.code}`;
    const code = plan.record.code.normalize('NFC');
    if (code !== plan.code.normalize('NFC')) problems.push(`${where}: its record is the record of ${JSON.stringify(plan.record.code)}`);
    if (codeExists(db, code)) problems.push(`${where}: a testimony with the code "${code}" already exists in this vault; nothing was imported`);
    attempt(problems, where, () => checkOverview(db, plan.record));
    attempt(problems, where, () => checkSource(db, plan.record.source));
    attempt(problems, where, () => checkConsent(db, plan.record.consent));
    for (const s of plan.record.sessions) attempt(problems, where, () => checkSession(db, s));
    for (const e of plan.record.events) attempt(problems, where, () => checkEvent(db, e));
    for (const link of plan.record.people) attempt(problems, where, () => checkLink(db, link));
    const carried = new Map(plan.people.map((p) => [p.id, p]));
    for (const link of plan.record.people) {
      const person = carried.get(link.personId);
      const existing = getPerson(db, link.personId);
      if (existing) {
        if (person && existing.code.toLowerCase() !== person.code.toLowerCase()) problems.push(`${where}: the person ${person.code} is in this vault already, under the code ${existing.code}`);
      } else if (!person) {
        problems.push(`${where}: a person it names (${link.personId}) is neither in the package nor in this vault`);
      } else if (!newPeople.has(person.id)) {
        if (personCodeTaken(db, person.code) || [...newPeople.values()].some((p) => p.code.toLowerCase() === person.code.toLowerCase())) {
          problems.push(`${where}: the person code "${person.code}" is already used in this vault by someone else`);
        }
        attempt(problems, where, () => checkIdentity(db, person.identity));
        newPeople.set(person.id, person);
      }
    }
  }
  return { problems, newPeople: [...newPeople.values()] };
}
