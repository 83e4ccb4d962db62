import { z } from 'zod';
import { idSchema } from '../domain/testimony';
import { line, text } from '../domain/record';
import { CONSENT_SCOPES } from '../domain/record';
import { REDACTION_CATEGORIES, REPLACEMENT_POLICIES, redactionDocumentSchema } from '../redaction/types';

/**
 * Schemas of issue 6: narratives, redaction, review workflow, audio redaction and publication export: the names are in names-publish.ts. Merged into `operations` in operations.ts and
 * `events` in events.ts.
 *
 * THE CONTRACT (kept stable; the renderer is built against it):
 *
 * A narrative is the text an editor publishes from a testimony: a title, a language (ar/en), the
 * source it was derived from, and a RedactionDocument (shared/redaction/types.ts: text, spans,
 * rejections, custom entities, chosen pseudonyms) stored encrypted in the vault database.
 *
 * Status: draft → submitted → approved → published.
 * - `version` counts saves of the content (title, publication details, document); it starts at 1.
 *   Every write (save, submit, approve, returnToDraft, export) names the version the person
 *   looked at (`expectedVersion`); another save in between is a CONFLICT error, so nobody
 *   approves or publishes text they did not see.
 * - publish.save on a submitted, approved or published narrative returns it to draft (an edit
 *   after approval needs a new review) and makes the saver its last editor.
 * - publish.submit: draft → submitted. publish.approve: submitted → approved, refused (BAD_INPUT,
 *   details.reason = 'same-editor') when the approver is the last editor: review needs a second
 *   person. publish.returnToDraft: submitted or approved → draft (a reviewer's rejection, or an
 *   approval withdrawn), with an optional note.
 * - publish.export: only approved or published; on success the narrative becomes published.
 * - A transition from the wrong status is a CONFLICT error (details.status = current status).
 * - Every save, transition and export is an audit event (actor = the session's user) and a line
 *   of `history`.
 *
 * Entities (publish.get, publish.suggest) are the testimony's sensitive things as the record
 * knows them (people in every recorded spelling, contacts, places, units, dates, interviewers,
 * the editor's custom entities): `display` and `variants` are sensitive and shown only to the
 * editor. Suggestions and applied spans are the engine's (shared/redaction), offsets in UTF-16
 * code units of document.text.
 *
 * publish.preview / publish.export run the leak check (shared/redaction/leak-check.ts). A hit
 * says where: `file` (narrative.pdf, narrative.docx, narrative.html, narrative.md,
 * metadata.json, or '' for the file names), `part` (text, text layer, a DOCX part and view,
 * file name), `page` (PDF, 1-based), offsets into that part's text, a masked `excerpt`, the
 * `kinds` of terms and the `entityIds` it may point to, and `found` (the text at the spot: for
 * the editor's eyes, never logged).
 *
 * publish.export asks for a folder (Host.pickFolder) and writes, atomically, a new sub-folder
 * `publication` (or `publication-2`, …) holding narrative.pdf/html/docx/md and metadata.json
 * (the formats asked for). Refusals are answers, not errors: { status: 'refused', reason:
 * 'consent' | 'leaks' | 'pdf-unavailable' | 'pdf-unreadable' }; nothing is written then. { status: 'cancelled' }
 * when the folder dialog was closed.
 *
 * Redacted audio (audioRedaction.*, audio-redaction-operations.ts) made from the testimony's
 * recordings can go with the publication: `audio` names which. Each needs consent to publish
 * audio (a consent refusal with scope publishAudio otherwise) and must have been made from the
 * current plan of regions (a CONFLICT otherwise); they are written as audio.opus / audio.wav
 * (audio-2.opus, …), with nothing in them but the sound.
 */

export const NARRATIVE_STATUSES = ['draft', 'submitted', 'approved', 'published'] as const;
export type NarrativeStatus = (typeof NARRATIVE_STATUSES)[number];
export const narrativeStatusSchema = z.enum(NARRATIVE_STATUSES);

export const NARRATIVE_LANGUAGES = ['ar', 'en'] as const;
export const narrativeLanguageSchema = z.enum(NARRATIVE_LANGUAGES);

export const PUBLICATION_FORMATS = ['pdf', 'html', 'docx', 'md'] as const;
export type PublicationFormat = (typeof PUBLICATION_FORMATS)[number];

export const userRefSchema = z.object({ id: z.string(), name: z.string() });
export type UserRef = z.infer<typeof userRefSchema>;

/** Where the narrative's text came from; 'written' when the editor started from a blank page. */
export const narrativeSourceSchema = z.object({
  kind: z.enum(['transcript', 'translation', 'written']),
  transcriptId: idSchema.nullable(),
  /** The transcript version the text was copied from. */
  transcriptVersion: z.number().int().positive().nullable(),
});
export type NarrativeSource = z.infer<typeof narrativeSourceSchema>;

/** Dublin Core fields the editor writes; title and language come from the narrative, date from the export day. */
export const publicationDetailsSchema = z.object({
  description: text(5000).default(''),
  rights: line(500).default(''),
  publisher: line(300).default(''),
});
export type PublicationDetails = z.infer<typeof publicationDetailsSchema>;

export const narrativeSummarySchema = z.object({
  id: idSchema,
  testimonyId: idSchema,
  title: z.string(),
  language: narrativeLanguageSchema,
  source: narrativeSourceSchema,
  status: narrativeStatusSchema,
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Who saved the current content last; approval needs someone else. */
  lastEditor: userRefSchema,
  submittedBy: userRefSchema.nullable(),
  submittedAt: z.string().nullable(),
  approvedBy: userRefSchema.nullable(),
  approvedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  redactionCount: z.number().int().nonnegative(),
});
export type NarrativeSummary = z.infer<typeof narrativeSummarySchema>;

export const narrativeHistoryItemSchema = z.object({
  action: z.enum(['created', 'saved', 'submitted', 'approved', 'returned', 'exported']),
  actor: userRefSchema,
  at: z.string(),
  version: z.number().int().positive(),
  /** The reviewer's note when returning to draft; '' otherwise. */
  note: z.string(),
});
export type NarrativeHistoryItem = z.infer<typeof narrativeHistoryItemSchema>;

export const narrativeSchema = narrativeSummarySchema.extend({
  publication: publicationDetailsSchema,
  document: redactionDocumentSchema,
  history: z.array(narrativeHistoryItemSchema),
});
export type Narrative = z.infer<typeof narrativeSchema>;

const categorySchema = z.enum(REDACTION_CATEGORIES);
const policySchema = z.enum(REPLACEMENT_POLICIES);

export const entityViewSchema = z.object({
  id: z.string(),
  category: categorySchema,
  origin: z.enum(['person', 'contact', 'birthDate', 'eventPlace', 'sessionPlace', 'unit', 'affiliation', 'eventDate', 'staff', 'custom']),
  display: z.string(),
  variants: z.array(z.string()),
  personId: z.string().nullable(),
  role: z.string().nullable(),
  gender: z.enum(['female', 'male']).nullable(),
  adminArea: z.string(),
  edtf: z.string().nullable(),
});
export type EntityView = z.infer<typeof entityViewSchema>;

export const suggestionSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  key: z.string(),
  entityId: z.string().nullable(),
  candidates: z.array(z.string()),
  category: categorySchema,
  policy: policySchema,
  source: z.enum(['record', 'pattern', 'sameEntity']),
  reason: z.enum([
    'name',
    'namePart',
    'contact',
    'birthDate',
    'place',
    'organisation',
    'recordedDate',
    'staff',
    'custom',
    'phone',
    'email',
    'idNumber',
    'passport',
    'date',
    'sameEntity',
    'sameText',
  ]),
});

export const appliedSpanSchema = z.object({
  redactionId: z.string(),
  sourceStart: z.number().int(),
  sourceEnd: z.number().int(),
  outputStart: z.number().int(),
  outputEnd: z.number().int(),
  replacement: z.string(),
  policyUsed: z.enum([...REPLACEMENT_POLICIES, 'custom']),
});

export const leakHitSchema = z.object({
  file: z.string(),
  part: z.string(),
  page: z.number().int().positive().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  excerpt: z.string(),
  kinds: z.array(z.enum(['redacted', 'name', 'namePart', 'contact', 'birthDate', 'place', 'organisation', 'date', 'other'])),
  entityIds: z.array(z.string()),
  found: z.string(),
});
export type LeakHitView = z.infer<typeof leakHitSchema>;

const consentDecisionSchema = z.enum(['granted', 'refused', 'not-asked', 'withdrawn', 'not-obtained']);
/** What the testimony's consent says about each publication form, as of now. */
export const publicationConsentSchema = z.object({
  publishAnonymisedText: consentDecisionSchema,
  publishIdentity: consentDecisionSchema,
  publishAudio: consentDecisionSchema,
});

const ref = z.object({ narrativeId: idSchema }).strict();
const versioned = z.object({ narrativeId: idSchema, expectedVersion: z.number().int().positive() });

export const exportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('written'), folder: z.string(), files: z.array(z.string()) }),
  z.object({
    status: z.literal('refused'),
    reason: z.literal('consent'),
    scope: z.enum(CONSENT_SCOPES),
    decision: consentDecisionSchema,
  }),
  z.object({ status: z.literal('refused'), reason: z.literal('leaks'), hits: z.array(leakHitSchema) }),
  /** PDF asked for where nothing can print one (the CLI): ask for the other formats. */
  z.object({ status: z.literal('refused'), reason: z.literal('pdf-unavailable') }),
  /**
   * The PDF's text layer does not read back as the narrative (a font without a proper
   * character map on this computer): the leak check cannot vouch for it. Export without PDF.
   */
  z.object({ status: z.literal('refused'), reason: z.literal('pdf-unreadable'), readable: z.number().min(0).max(1) }),
]);
export type ExportResult = z.infer<typeof exportResultSchema>;

export const publishOperations = {
  'publish.list': {
    input: z.object({ testimonyId: idSchema }).strict(),
    output: z.object({ items: z.array(narrativeSummarySchema) }),
  },
  'publish.get': {
    input: ref,
    output: z.object({ narrative: narrativeSchema, entities: z.array(entityViewSchema), consent: publicationConsentSchema }),
  },
  'publish.create': {
    input: z
      .object({
        testimonyId: idSchema,
        title: line(300).pipe(z.string().min(1, 'Give the narrative a title.')),
        language: narrativeLanguageSchema,
        /** Copy the text of this transcript or translation (its latest version unless given); null: a blank page. */
        from: z.object({ transcriptId: idSchema, version: z.number().int().positive().optional() }).strict().nullable().default(null),
      })
      .strict(),
    output: narrativeSchema,
  },
  'publish.save': {
    input: versioned
      .extend({
        title: line(300).pipe(z.string().min(1, 'Give the narrative a title.')),
        publication: publicationDetailsSchema,
        document: redactionDocumentSchema,
      })
      .strict(),
    output: narrativeSchema,
  },
  'publish.suggest': {
    // document: the editor's unsaved document; the stored one when absent.
    input: ref.extend({ document: redactionDocumentSchema.optional() }).strict(),
    output: z.object({ suggestions: z.array(suggestionSchema), entities: z.array(entityViewSchema) }),
  },
  'publish.preview': {
    input: ref.extend({ document: redactionDocumentSchema.optional() }).strict(),
    output: z.object({
      /** The text as it will be published. */
      text: z.string(),
      spans: z.array(appliedSpanSchema),
      /** Leak check of the redacted text alone (file 'narrative', part 'text'); export checks every output. */
      leaks: z.array(leakHitSchema),
      consent: publicationConsentSchema,
    }),
  },
  'publish.submit': { input: versioned.strict(), output: narrativeSchema },
  'publish.approve': { input: versioned.strict(), output: narrativeSchema },
  'publish.returnToDraft': { input: versioned.extend({ note: text(2000).default('') }).strict(), output: narrativeSchema },
  'publish.export': {
    input: versioned
      .extend({
        formats: z.array(z.enum(PUBLICATION_FORMATS)).min(1, 'Choose at least one format.').default([...PUBLICATION_FORMATS]),
        /** Publish the survivor's identity (needs consent publishIdentity): their names are then not leaks. */
        withIdentity: z.boolean().default(false),
        /** Redacted audio (audioRedaction.list ids) to publish with the text; needs consent publishAudio. */
        audio: z.array(idSchema).max(20).default([]),
      })
      .strict(),
    output: exportResultSchema,
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const publishEvents = {} as const satisfies Record<string, z.ZodType>;
