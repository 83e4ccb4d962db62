import { unzipSync, strFromU8 } from 'fflate';
import { VaultError } from '../../../shared/errors';
import { consentDecision } from '../../../shared/domain/consent';
import type { ConsentScope } from '../../../shared/domain/record';
import { xmlLeakOutputs } from '../../../shared/redaction/xml-text';
import { normalizeForSearch } from '../../../shared/text/normalize';
import type { ExportResult, PublicationFormat } from '../../../shared/contract/publish-operations';
import type { Host } from '../host';
import type { VaultSession } from '../vault/session';
import { markPublished } from './narratives';
import { buildPublicationModel, type PublicationModel } from './publication-model';
import { findLeaks, type CheckedText } from './publication-leaks';
import { pdfTextOutputs } from './pdf-text';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { renderMetadata } from './render-metadata';
import { redactedText, workspace, type Workspace } from './review';
import { firstPartyPersonIds } from './sensitive-terms';
import { PUBLICATION_FOLDER, writePublication } from './write-publication';
import { publicationAudio } from './publication-audio';

/**
 * Publication export (issue 6): an approved narrative, its consent checked now (a withdrawal
 * takes effect at once), rendered to every format from one model, every output leak-checked
 * before anything is written, then written atomically into a folder the person picks, and the
 * narrative marked published with a dissemination event. A refusal writes nothing.
 */

export interface ExportInput {
  readonly narrativeId: string;
  readonly expectedVersion: number;
  readonly formats: readonly PublicationFormat[];
  readonly withIdentity: boolean;
  /** Redacted audio to publish with the text (ids from audioRedaction.list). */
  readonly audio?: readonly string[];
}

const FILE_OF: Readonly<Record<PublicationFormat, string>> = { pdf: 'narrative.pdf', html: 'narrative.html', docx: 'narrative.docx', md: 'narrative.md' };
export const METADATA_FILE = 'metadata.json';

function consentRefusal(w: Workspace, withIdentity: boolean, withAudio: boolean): ExportResult | null {
  const scopes: ConsentScope[] = ['publishAnonymisedText', ...(withIdentity ? (['publishIdentity'] as const) : []), ...(withAudio ? (['publishAudio'] as const) : [])];
  for (const scope of scopes) {
    const decision = consentDecision(w.consent, scope);
    if (decision !== 'granted') return { status: 'refused', reason: 'consent', scope, decision };
  }
  return null;
}

function checkReady(w: Workspace, expectedVersion: number): void {
  const n = w.narrative;
  if (n.version !== expectedVersion)
    throw new VaultError('CONFLICT', `The narrative was saved again in the meantime (version ${n.version}, you had version ${expectedVersion}). Reload it first.`, {
      version: n.version,
    });
  if (n.status !== 'approved' && n.status !== 'published')
    throw new VaultError('CONFLICT', `Only an approved narrative can be published; this one is ${n.status}.`, { status: n.status });
}

/** Below this share of the narrative's words found in the PDF's text layer, the PDF is refused. */
export const MIN_TEXT_LAYER_COVERAGE = 0.9;

/**
 * How much of the expected text the PDF's text layer gives back (0–1), word by word after the
 * leak check's normalisation. The leak check can only vouch for a text layer that reads as the
 * narrative: a font that draws letters from unmapped pieces hides names from it.
 */
export function textLayerCoverage(expected: string, layer: string): number {
  const words = normalizeForSearch(expected)
    .split(' ')
    .filter((w) => [...w].length >= 2);
  if (words.length === 0) return 1;
  const found = new Set(normalizeForSearch(layer).split(' '));
  return words.filter((w) => found.has(w)).length / words.length;
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** Every file of the publication, in memory. */
export async function renderPublication(model: PublicationModel, formats: readonly PublicationFormat[], host: Host): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  if (formats.includes('pdf')) {
    if (host.printHtmlToPdf === undefined) throw new VaultError('INTERNAL', 'No PDF printer.');
    files.set(FILE_OF.pdf, await host.printHtmlToPdf(renderHtml(model, { forPrint: true })));
  }
  if (formats.includes('html')) files.set(FILE_OF.html, utf8(renderHtml(model)));
  if (formats.includes('docx')) files.set(FILE_OF.docx, await renderDocx(model));
  if (formats.includes('md')) files.set(FILE_OF.md, utf8(renderMarkdown(model)));
  files.set(METADATA_FILE, utf8(renderMetadata(model.metadata)));
  return files;
}

/** The text views of every file, and the file names, as the leak check reads them. */
export async function publicationTexts(files: ReadonlyMap<string, Uint8Array>, folderName: string): Promise<CheckedText[]> {
  const out: CheckedText[] = [{ file: '', part: 'file names', page: null, text: [folderName, ...files.keys()].join('\n') }];
  for (const [name, data] of files) {
    if (name.endsWith('.pdf')) out.push(...(await pdfTextOutputs(name, data)));
    else if (name.endsWith('.docx')) {
      for (const [part, bytes] of Object.entries(unzipSync(data))) {
        out.push({ file: name, part: `${part} (name)`, page: null, text: part });
        for (const view of xmlLeakOutputs(part, strFromU8(bytes))) out.push({ file: name, part: view.where, page: null, text: view.text });
      }
    } else if (name.endsWith('.html')) {
      for (const view of xmlLeakOutputs('html', strFromU8(data))) out.push({ file: name, part: view.where, page: null, text: view.text });
    } else out.push({ file: name, part: 'text', page: null, text: strFromU8(data) });
  }
  return out;
}

export async function exportPublication(session: VaultSession, host: Host, input: ExportInput): Promise<ExportResult> {
  const w = workspace(session, input.narrativeId);
  checkReady(w, input.expectedVersion);
  const withAudio = (input.audio ?? []).length > 0;
  const refusal = consentRefusal(w, input.withIdentity, withAudio);
  if (refusal !== null) return refusal;
  const audio = publicationAudio(session, w.narrative.testimonyId, input.audio ?? []);
  if (input.formats.includes('pdf') && host.printHtmlToPdf === undefined) return { status: 'refused', reason: 'pdf-unavailable' };

  const applied = redactedText(w);
  const n = w.narrative;
  const model = buildPublicationModel({
    title: n.title,
    language: n.language,
    text: applied.text,
    metadata: { ...n.publication, date: session.now().slice(0, 10) },
  });
  const files = await renderPublication(model, input.formats, host);
  const check = { document: w.document, entities: w.entities, exemptPersonIds: input.withIdentity ? firstPartyPersonIds({ people: w.testimonyPeople }) : [] };
  const texts = await publicationTexts(files, PUBLICATION_FOLDER);
  if (audio.length > 0) texts.push({ file: '', part: 'file names', page: null, text: audio.map((a) => a.name).join('\n') });
  if (files.has(FILE_OF.pdf)) {
    const layer = texts.filter((t) => t.file === FILE_OF.pdf && t.part === 'text layer').map((t) => t.text).join('\n');
    const readable = textLayerCoverage(`${model.title}\n${applied.text}`, layer);
    if (readable < MIN_TEXT_LAYER_COVERAGE) return { status: 'refused', reason: 'pdf-unreadable', readable };
  }
  const hits = findLeaks(texts, check);
  if (hits.length > 0) return { status: 'refused', reason: 'leaks', hits };

  const folder = await host.pickFolder();
  if (folder === null) return { status: 'cancelled' };
  // Consent may have been withdrawn while the dialog was open: a withdrawal takes effect at once.
  const late = consentRefusal(workspace(session, input.narrativeId), input.withIdentity, withAudio);
  if (late !== null) return late;
  let written;
  try {
    written = await writePublication(folder, files, new Map(audio.map((a) => [a.name, a.read])));
  } catch (error) {
    if (error instanceof VaultError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw new VaultError('BAD_INPUT', `The publication could not be written to the chosen folder (${code}); nothing was left there. Choose another folder.`, { reason: code });
  }
  await markPublished(session, n.id, input.expectedVersion, { formats: [...files.keys()].join(','), files: files.size + audio.length, withIdentity: input.withIdentity ? 1 : 0, audio: audio.length });
  return { status: 'written', folder: written.folder, files: written.files };
}
