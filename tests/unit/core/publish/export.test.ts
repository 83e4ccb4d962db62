import { afterAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { normalizeForSearch } from '../../../../shared/text/normalize';
import { xmlText } from '../../../../shared/redaction/xml-text';
import { exportPublication, textLayerCoverage, type ExportInput } from '../../../../electron/core/publish/export';
import { approveNarrative, createNarrative, getNarrative, saveNarrative, submitNarrative } from '../../../../electron/core/publish/narratives';
import { suggestionsFor, workspace } from '../../../../electron/core/publish/review';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import { createPerson } from '../../../../electron/core/records/people-service';
import { acceptSuggestions } from '../../../../shared/redaction/decisions';
import { newVault } from '../../helpers/vault';
import { randomUUID } from 'node:crypto';
import { pdfTextOutputs } from '../../../../electron/core/publish/pdf-text';
import { renderHtml } from '../../../../electron/core/publish/render-html';
import { buildPublicationModel } from '../../../../electron/core/publish/publication-model';
import { linkPerson, updateConsent, withdrawConsent } from '../../../../electron/core/records/record-service';
import { consentSchema, personIdentitySchema } from '../../../../shared/domain/record';
import type { Host } from '../../../../electron/core/host';
import type { VaultSession } from '../../../../electron/core/vault/session';
import { ScriptedHost } from '../../../harness/scripted-host';
import { tempDir } from '../../helpers/temp-dir';
import { asUser, draftWithRedactions, FULL_TEXT_CONSENT, INTERVIEWER, NARRATIVE_TEXT, PEOPLE, PHONE, VILLAGE } from './publish-fixture';

const host = new ScriptedHost();
afterAll(() => host.dispose());

const ALL: ExportInput['formats'] = ['pdf', 'html', 'docx', 'md'];

/** Every spelling the record and the narrative hold of the people and the village. */
const SENSITIVE = [
  ...Object.values(PEOPLE).flatMap((p) => [p.legalName, ...p.names.map((n) => n.value)]),
  ...Object.values(PEOPLE).flatMap((p) => p.legalName.split(' ')).filter((part) => part.length >= 3 && part !== 'عبد'),
  'Fatima',
  'Hussein',
  'Khaled',
  'Samer',
  'Youssef',
  'فاطِمة الزَّهراء',
  'كفرنبل',
  VILLAGE,
  INTERVIEWER,
  PHONE,
];

/** Normalised (Arabic and Latin folding) and without spaces: a name split or joined is still found. */
const squash = (text: string) => normalizeForSearch(text).replace(/ /gu, '');
function sensitiveIn(text: string): string[] {
  const hay = squash(text);
  const digits = text.replace(/\D/gu, '');
  return [...SENSITIVE.filter((term) => hay.includes(squash(term))), ...(digits.includes(PHONE.replace(/\D/gu, '')) ? ['phone digits'] : [])];
}

async function approved() {
  const fx = await draftWithRedactions();
  await submitNarrative(fx.session, fx.narrative.id, 2);
  await approveNarrative(asUser(fx.session, 'reviewer', 'Reviewer'), fx.narrative.id, 2);
  return fx;
}

function docxParts(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('publication export', () => {
  it('writes PDF, HTML, DOCX, Markdown and metadata in which no name, alias, contact or place appears in any spelling', async () => {
    const { session, narrative, fx } = await approved();
    const out = await tempDir();
    host.queueFolder(out);
    const result = await exportPublication(session, host, { narrativeId: narrative.id, expectedVersion: 2, formats: ALL, withIdentity: false });
    expect(result).toEqual({ status: 'written', folder: path.join(out, 'publication'), files: ['narrative.pdf', 'narrative.html', 'narrative.docx', 'narrative.md', 'metadata.json'] });
    // Only the finished folder: no temporary folder left beside it.
    expect(await fs.readdir(out)).toEqual(['publication']);
    const dir = path.join(out, 'publication');
    const file = (name: string) => fs.readFile(path.join(dir, name));

    const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'narrative.pdf'), '-']).toString('utf8');
    const docx = docxParts(await file('narrative.docx'));
    const views: [string, string][] = [
      ['pdftotext', pdfText],
      ['pdfinfo', execFileSync('pdfinfo', ['-enc', 'UTF-8', path.join(dir, 'narrative.pdf')]).toString('utf8')],
      ...[...docx].flatMap(([name, xml]): [string, string][] => [
        [`${name} raw`, xml],
        [`${name} runs`, xmlText(xml, 'runs')],
      ]),
      ['html', (await file('narrative.html')).toString('utf8')],
      ['md', (await file('narrative.md')).toString('utf8')],
      ['metadata', (await file('metadata.json')).toString('utf8')],
    ];
    for (const [where, text] of views) expect({ where, found: sensitiveIn(text) }).toEqual({ where, found: [] });

    // The story is still there, with consistent stand-ins: the husband is the same victim three times.
    const md = (await file('narrative.md')).toString('utf8');
    expect(md.match(/لضحية أ/gu)).toHaveLength(3); // الضحية أ twice, للضحية أ once
    expect(normalizeForSearch(pdfText)).toContain(normalizeForSearch('اعتقلوا زوجي الضحية أ'));
    expect(normalizeForSearch(xmlText(docx.get('word/document.xml')!, 'runs'))).toContain(normalizeForSearch('قائمة المعتقلين'));
    expect(docx.get('word/document.xml')).toContain('<w:bidi/>');

    // Nothing internal: no ids, codes, users, vault or machine names; no author in the DOCX properties.
    const internal = [narrative.id, fx.testimony.id, fx.testimony.code, fx.survivor.code, fx.husband.code, session.user.id, session.vaultId, 'Reviewer', os.hostname(), os.userInfo().username].filter(
      // A two-letter host name ("vm") would be found in any XML namespace: too short to mean anything.
      (s) => s.length >= 5,
    );
    for (const [where, text] of views) expect({ where, found: internal.filter((s) => text.includes(s)) }).toEqual({ where, found: [] });
    expect(docx.get('docProps/core.xml')).not.toMatch(/creator|lastModifiedBy|revision/u);
    expect(docx.get('docProps/app.xml')).not.toMatch(/Application|Company|Template/u);
    expect(JSON.parse((await file('metadata.json')).toString('utf8'))).toEqual({
      'dc:title': 'شهادة',
      'dc:description': 'شهادة امرأة عن اعتقال زوجها',
      'dc:language': 'ar',
      'dc:date': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/u),
      'dc:rights': 'CC BY-NC 4.0',
      'dc:publisher': 'Documentation Group',
    });

    // A page to look at (Arabic shaping, mixed direction): test-results/unit/publish-ar-1.png.
    await fs.mkdir('test-results/unit', { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', path.join(dir, 'narrative.pdf'), 'test-results/unit/publish-ar']);

    expect(getNarrative(session, narrative.id)).toMatchObject({ status: 'published', history: expect.arrayContaining([expect.objectContaining({ action: 'exported', actor: { id: session.user.id, name: expect.any(String) } })]) });
    const dissemination = session.db.prepare("SELECT actor, detail FROM audit_events WHERE type = 'dissemination' AND object_id = ?").all(narrative.id) as { actor: string; detail: string }[];
    expect(dissemination).toEqual([{ actor: session.user.id, detail: expect.stringContaining('narrative.pdf') }]);
    await session.close();
  });

  it('refuses when one occurrence was missed, naming the file, page and part, and writes nothing', async () => {
    const { session, narrative, fx } = await draftWithRedactions();
    // The editor forgot the last "لخالد" (the husband's name with an attached preposition).
    const at = NARRATIVE_TEXT.indexOf('لخالد') + 1;
    const missed = { ...narrative.document, redactions: narrative.document.redactions.filter((r) => !(r.start <= at && at < r.end)) };
    expect(missed.redactions).toHaveLength(narrative.document.redactions.length - 1);
    await saveNarrative(session, { narrativeId: narrative.id, expectedVersion: 2, title: 'شهادة', publication: narrative.publication, document: missed });
    await submitNarrative(session, narrative.id, 3);
    await approveNarrative(asUser(session, 'reviewer', 'Reviewer'), narrative.id, 3);

    const dialogs = host.dialogsShown;
    const result = await exportPublication(session, host, { narrativeId: narrative.id, expectedVersion: 3, formats: ALL, withIdentity: false });
    expect(result.status).toBe('refused');
    if (result.status !== 'refused' || result.reason !== 'leaks') throw new Error(`expected a leak refusal, got ${JSON.stringify(result)}`);
    const where = result.hits.map((h) => `${h.file} | ${h.part} | ${h.page ?? '-'}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'narrative.pdf | text layer | 1',
        'narrative.html | html (text) | -',
        'narrative.docx | word/document.xml (text) | -',
        'narrative.md | text | -',
      ]),
    );
    for (const hit of result.hits) {
      expect(normalizeForSearch(hit.found)).toBe(normalizeForSearch('خالد'));
      expect(hit.entityIds).toContain(`person:${fx.husband.id}`);
      // The excerpt shows the context with the name masked.
      expect(hit.excerpt).toContain('█████');
      expect(normalizeForSearch(hit.excerpt)).not.toContain('خالد');
    }
    // Refused before the folder was even asked for (so nothing can have been written); still approved.
    expect(host.dialogsShown).toBe(dialogs);
    expect(getNarrative(session, narrative.id).status).toBe('approved');
    await session.close();
  });

  async function consentCase(change: (s: VaultSession, testimonyId: string) => Promise<void>, withIdentity = false) {
    const fx = await approved();
    await change(fx.session, fx.fx.testimony.id);
    const printer: Host = { ...host, pickFolder: () => Promise.reject(new Error('no folder may be asked for')), emit: () => undefined, pickImportFiles: () => Promise.resolve([]), pickSavePath: () => Promise.resolve(null) };
    const result = await exportPublication(fx.session, printer, { narrativeId: fx.narrative.id, expectedVersion: 2, formats: ['html', 'md'], withIdentity });
    await fx.session.close();
    return result;
  }

  it('refuses when consent does not cover publishing the text, or was withdrawn, or identity is asked without consent', async () => {
    const refusedText = { ...FULL_TEXT_CONSENT, scopes: { ...FULL_TEXT_CONSENT.scopes, publishAnonymisedText: false } };
    expect(await consentCase((s, id) => updateConsent(s, id, consentSchema.parse(refusedText)))).toEqual({
      status: 'refused',
      reason: 'consent',
      scope: 'publishAnonymisedText',
      decision: 'refused',
    });
    expect(await consentCase((s, id) => withdrawConsent(s, id, { withdrawnOn: '2025-01-05', scopes: ['publishAnonymisedText', 'publishAudio'], notes: '' }))).toMatchObject({
      reason: 'consent',
      scope: 'publishAnonymisedText',
      decision: 'withdrawn',
    });
    expect(await consentCase(() => Promise.resolve(), true)).toMatchObject({ reason: 'consent', scope: 'publishIdentity', decision: 'refused' });
  });

  it('refuses when consent is withdrawn while the folder dialog is open, and writes nothing', async () => {
    const { session, narrative, fx } = await approved();
    const out = await tempDir();
    const slowPerson: Host = {
      pickImportFiles: () => Promise.resolve([]),
      pickSavePath: () => Promise.resolve(null),
      emit: () => undefined,
      pickFolder: async () => {
        await withdrawConsent(session, fx.testimony.id, { withdrawnOn: '2026-11-23', scopes: ['publishAnonymisedText'], notes: '' });
        return out;
      },
    };
    expect(await exportPublication(session, slowPerson, { narrativeId: narrative.id, expectedVersion: 2, formats: ['md', 'docx'], withIdentity: false })).toEqual({
      status: 'refused',
      reason: 'consent',
      scope: 'publishAnonymisedText',
      decision: 'withdrawn',
    });
    expect(await fs.readdir(out)).toEqual([]);
    expect(getNarrative(session, narrative.id).status).toBe('approved');
    await session.close();
  });

  it('publishes only approved narratives, at the version that was approved', async () => {
    const { session, narrative } = await draftWithRedactions();
    await expect(exportPublication(session, host, { narrativeId: narrative.id, expectedVersion: 2, formats: ['md'], withIdentity: false })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { status: 'draft' },
    });
    await submitNarrative(session, narrative.id, 2);
    await approveNarrative(asUser(session, 'reviewer', 'Reviewer'), narrative.id, 2);
    await expect(exportPublication(session, host, { narrativeId: narrative.id, expectedVersion: 1, formats: ['md'], withIdentity: false })).rejects.toMatchObject({ code: 'CONFLICT' });
    // Where nothing can print (the CLI's host), a PDF is refused by name; the other formats are written.
    const noPrinter: Host = { pickImportFiles: () => Promise.resolve([]), pickSavePath: () => Promise.resolve(null), pickFolder: () => tempDir(), emit: () => undefined };
    expect(await exportPublication(session, noPrinter, { narrativeId: narrative.id, expectedVersion: 2, formats: ALL, withIdentity: false })).toEqual({ status: 'refused', reason: 'pdf-unavailable' });
    expect(await exportPublication(session, noPrinter, { narrativeId: narrative.id, expectedVersion: 2, formats: ['docx', 'md'], withIdentity: false })).toMatchObject({
      status: 'written',
      files: ['narrative.docx', 'narrative.md', 'metadata.json'],
    });
    await session.close();
  });

  it("names the survivor only when asked and consent covers publishing her identity; third parties stay hidden", async () => {
    const { session } = await newVault();
    const t = await createTestimony(session, { code: 'EN-1', title: 'Identity' });
    const mariam = await createPerson(session, { code: 'S-1', identity: personIdentitySchema.parse({ legalName: 'Mariam al-Ahmad' }) });
    const officer = await createPerson(session, { code: 'P-1', identity: personIdentitySchema.parse({ legalName: 'Samer Youssef' }) });
    await linkPerson(session, t.id, { personId: mariam.id, role: 'survivor', ageAtEvents: '', notes: '' });
    await linkPerson(session, t.id, { personId: officer.id, role: 'alleged-perpetrator', ageAtEvents: '', notes: '' });
    const scopes = { ...FULL_TEXT_CONSENT.scopes, publishIdentity: true };
    await updateConsent(session, t.id, consentSchema.parse({ ...FULL_TEXT_CONSENT, scopes }));
    const created = await createNarrative(session, { testimonyId: t.id, title: 'In her own name', language: 'en', from: null });
    const text = 'My name is Mariam al-Ahmad. The officer was Samer Youssef.';
    const draft = { ...created.document, text };
    const officerOnly = suggestionsFor(workspace(session, created.id, draft)).filter((s) => s.entityId === `person:${officer.id}`);
    const document = acceptSuggestions(draft, officerOnly, randomUUID);
    await saveNarrative(session, { narrativeId: created.id, expectedVersion: 1, title: 'In her own name', publication: created.publication, document });
    await submitNarrative(session, created.id, 2);
    await approveNarrative(asUser(session, 'reviewer', 'Reviewer'), created.id, 2);

    const anonymous = await exportPublication(session, host, { narrativeId: created.id, expectedVersion: 2, formats: ['md'], withIdentity: false });
    expect(anonymous).toMatchObject({ status: 'refused', reason: 'leaks' });
    if (anonymous.status === 'refused' && anonymous.reason === 'leaks') expect(new Set(anonymous.hits.flatMap((h) => h.entityIds))).toEqual(new Set([`person:${mariam.id}`]));

    const out = await tempDir();
    host.queueFolder(out);
    const named = await exportPublication(session, host, { narrativeId: created.id, expectedVersion: 2, formats: ['md'], withIdentity: true });
    expect(named).toMatchObject({ status: 'written' });
    const md = await fs.readFile(path.join(out, 'publication', 'narrative.md'), 'utf8');
    expect(md).toContain('Mariam al-Ahmad');
    expect(md).not.toContain('Samer');
    await session.close();
  });

  it('reads an Arabic PDF text layer back in reading order, and measures a font that hides the letters', async () => {
    const model = buildPublicationModel({ title: 'شهادة', language: 'ar', text: NARRATIVE_TEXT, metadata: { description: '', date: '2026-01-01', rights: '', publisher: '' } });
    const good = await pdfTextOutputs('narrative.pdf', await host.printHtmlToPdf(renderHtml(model, { forPrint: true })));
    const layer = good.find((o) => o.part === 'text layer')!.text;
    expect(normalizeForSearch(layer)).toContain(normalizeForSearch('اعتقلوا زوجي خالد عبد الرحمن من بيتنا'));
    expect(normalizeForSearch(layer)).toContain(normalizeForSearch('The officer, Samer Youssef, laughed'));
    expect(textLayerCoverage(NARRATIVE_TEXT, layer)).toBeGreaterThan(0.95);

    // Noto Sans Arabic draws letters from dotless shapes and separate dots: its text layer does
    // not read back, and export refuses such a PDF (pdf-unreadable) rather than trust it.
    const notoFont = (await fs.readFile('node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2')).toString('base64');
    const noto = renderHtml(model)
      .replace("font-src 'none'", 'font-src data:')
      .replace('<style>', `<style>@font-face { font-family: 'Noto Sans Arabic'; src: url(data:font/woff2;base64,${notoFont}) format('woff2'); }`);
    const bad = await pdfTextOutputs('narrative.pdf', await host.printHtmlToPdf(noto));
    expect(textLayerCoverage(NARRATIVE_TEXT, bad.find((o) => o.part === 'text layer')!.text)).toBeLessThan(0.9);
  });
});
