import { z } from 'zod';
import { idSchema } from '../domain/testimony';
import {
  consentSchema,
  consentWithdrawalSchema,
  eventSchema,
  interviewSessionSchema,
  personCodeSchema,
  personIdentitySchema,
  personSchema,
  sourceSchema,
  testimonyOverviewSchema,
  testimonyPersonSchema,
  testimonyRecordSchema,
} from '../domain/record';
import { COMPLETENESS_ITEMS } from '../domain/completeness';
import { customTermSchema } from '../domain/vocabularies';
import { MAX_ROWS_PER_CALL, testimonyListItemSchema, testimonyQuerySchema, testimonySearchResultSchema } from '../domain/testimony-query';

/** Operations of the testimony record (issue 3); merged into `operations` in operations.ts. */
const ok = z.object({ ok: z.literal(true) });
const testimonyId = idSchema;

export const priorInterviewSchema = z.object({
  testimonyId: z.string(),
  testimonyCode: z.string(),
  role: z.string(),
  sessionDate: z.string().nullable(),
  interviewers: z.array(z.string()),
});

export const recordViewSchema = z.object({
  record: testimonyRecordSchema,
  /** The people of this testimony, with their identity details. */
  people: z.array(personSchema),
  completeness: z.array(z.object({ item: z.enum(COMPLETENESS_ITEMS), done: z.boolean() })),
  /** personId -> interviews in OTHER testimonies ("previously interviewed on … by …"). */
  priorInterviews: z.record(z.string(), z.array(priorInterviewSchema)),
});
export type RecordView = z.infer<typeof recordViewSchema>;

export const importProblemSchema = z.object({
  /** 1-based row (CSV) or testimony index (JSON); 0 for the file as a whole. */
  row: z.number().int().nonnegative(),
  field: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

const customTermOutput = z.object({ vocabulary: z.string(), key: z.string(), labels: z.object({ en: z.string(), ar: z.string() }) });

export const recordOperations = {
  'testimonies.query': { input: testimonyQuerySchema, output: testimonySearchResultSchema },
  'testimonies.rows': {
    input: z.object({ ids: z.array(idSchema).max(MAX_ROWS_PER_CALL) }).strict(),
    // In the order asked; ids that no longer exist are left out.
    output: z.object({ items: z.array(testimonyListItemSchema) }),
  },
  'records.get': { input: z.object({ testimonyId }).strict(), output: recordViewSchema },
  'records.updateOverview': { input: z.object({ testimonyId, overview: testimonyOverviewSchema }).strict(), output: ok },
  'records.updateSource': { input: z.object({ testimonyId, source: sourceSchema }).strict(), output: ok },
  'records.updateConsent': { input: z.object({ testimonyId, consent: consentSchema }).strict(), output: ok },
  'records.withdrawConsent': { input: z.object({ testimonyId, withdrawal: consentWithdrawalSchema }).strict(), output: ok },
  'records.saveSession': { input: z.object({ testimonyId, session: interviewSessionSchema }).strict(), output: ok },
  'records.deleteSession': { input: z.object({ testimonyId, sessionId: idSchema }).strict(), output: ok },
  'records.saveEvent': { input: z.object({ testimonyId, event: eventSchema }).strict(), output: ok },
  'records.deleteEvent': { input: z.object({ testimonyId, eventId: idSchema }).strict(), output: ok },
  'records.linkPerson': { input: z.object({ testimonyId, link: testimonyPersonSchema }).strict(), output: ok },
  'records.unlinkPerson': { input: z.object({ testimonyId, personId: idSchema }).strict(), output: ok },
  'records.import': {
    // The renderer names no path: main asks with a file dialog.
    input: z.object({}).strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('imported'), testimonies: z.number().int(), people: z.number().int() }),
      z.object({ status: z.literal('refused'), problems: z.array(importProblemSchema) }),
    ]),
  },
  'records.export': {
    input: z.object({ format: z.enum(['json', 'csv']) }).strict(),
    output: z.discriminatedUnion('saved', [z.object({ saved: z.literal(false) }), z.object({ saved: z.literal(true), path: z.string(), testimonies: z.number().int() })]),
  },
  'people.create': { input: z.object({ code: personCodeSchema, identity: personIdentitySchema }).strict(), output: personSchema },
  'people.update': { input: z.object({ personId: idSchema, code: personCodeSchema, identity: personIdentitySchema }).strict(), output: personSchema },
  'people.find': {
    input: z.object({ query: z.string().max(200) }).strict(),
    output: z.object({ matches: z.array(z.object({ person: personSchema, matched: z.array(z.string()), interviews: z.array(priorInterviewSchema) })) }),
  },
  'vocabularies.list': { input: z.object({}).strict(), output: z.object({ custom: z.array(customTermOutput) }) },
  'vocabularies.addTerm': { input: customTermSchema, output: customTermOutput },
} as const;
