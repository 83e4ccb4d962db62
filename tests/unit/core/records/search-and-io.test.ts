import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { queryTestimonies } from '../../../../electron/core/records/testimony-search';
import type { TestimonyFilters, TestimonySort } from '../../../../shared/domain/testimony-query';
import { createTestimony } from '../../../../electron/core/records/testimonies';
import { exportCsv, exportJson, importRecords, writeExport } from '../../../../electron/core/records/records-io';
import { parseCsv } from '../../../../electron/core/records/csv';
import { recordView } from '../../../../electron/core/records/record-view';
import { withdrawConsent } from '../../../../electron/core/records/record-service';
import { newVault } from '../../helpers/vault';
import { tempDir } from '../../helpers/temp-dir';
import { arabicTestimony } from './record-fixture';

describe('testimony search', () => {
  it('finds Arabic text whatever the diacritics, letter forms or attached particles, and names the field', async () => {
    const { session } = await newVault();
    const { testimony } = await arabicTestimony(session);
    await createTestimony(session, { code: 'EN-1', title: 'An English testimony about Homs' });
    const find = (text: string) => queryTestimonies(session.db, { text });
    // Name written with diacritics and alef maqsura in the record, typed plainly here.
    expect(find('مصطفي').matches).toEqual({ [testimony.id]: ['names'] });
    // "بالمدينة" in the record is found by "مدينة" (article and preposition attached).
    expect(find('مدينة').items.map((i) => i.code)).toEqual(['SY-2024-001']);
    expect(find('مدينة').matches[testimony.id]).toEqual(expect.arrayContaining(['places', 'summary']));
    // Every token must match somewhere in the testimony.
    expect(find('حلب homs').items).toEqual([]);
    expect(find('homs').items.map((i) => i.code)).toEqual(['EN-1']);
    expect(find('HOMS').items.map((i) => i.code)).toEqual(['EN-1']);
    // Quotes and FTS syntax in a query are text, not operators.
    expect(find('" OR * NEAR(').items).toEqual([]);
    await session.close();
  });

  it('filters by status, act type, date range, place, language, consent scope and completeness, and sorts', async () => {
    const { session } = await newVault();
    const { testimony } = await arabicTestimony(session);
    const bare = await createTestimony(session, { code: 'A-0', title: 'Nothing recorded yet' });
    const q = (filters: TestimonyFilters, sort?: TestimonySort) => queryTestimonies(session.db, { filters, ...(sort ? { sort } : {}) }).items.map((i) => i.code);
    expect(q({ statuses: ['draft'] })).toHaveLength(2);
    expect(q({ actTypes: ['arbitrary-detention'] })).toEqual(['SY-2024-001']);
    expect(q({ dateFrom: '2013-01-01', dateTo: '2013-12-31' })).toEqual(['SY-2024-001']);
    // Between the 2013 event and the 2024 interview: no date of the testimony falls in it.
    expect(q({ dateFrom: '2014-01-01', dateTo: '2023-12-31' })).toEqual([]);
    expect(q({ dateFrom: '2024-03-15' })).toEqual(['SY-2024-001']);
    expect(q({ place: 'عنتاب' })).toEqual(['SY-2024-001']);
    expect(q({ languages: ['ar'] })).toEqual(['SY-2024-001']);
    expect(q({ consentScopes: ['shareUnMechanisms'] })).toEqual(['SY-2024-001']);
    expect(q({ completeness: 'incomplete' })).toHaveLength(2);
    expect(q({}, { by: 'code', direction: 'asc' })).toEqual(['A-0', 'SY-2024-001']);
    // A testimony with no interview yet sits at the end whichever way dates are sorted.
    for (const by of ['firstInterview', 'date'] as const) {
      expect(q({}, { by, direction: 'desc' })).toEqual(['SY-2024-001', 'A-0']);
      expect(q({}, { by, direction: 'asc' })).toEqual(['SY-2024-001', 'A-0']);
    }
    await withdrawConsent(session, testimony.id, { withdrawnOn: '2024-06-01', scopes: ['shareUnMechanisms'], notes: '' });
    expect(q({ consentScopes: ['shareUnMechanisms'] })).toEqual([]);
    const item = queryTestimonies(session.db, { filters: { statuses: ['draft'] }, sort: { by: 'code', direction: 'asc' } }).items[0]!;
    expect(item).toMatchObject({ id: bare.id, missing: expect.arrayContaining(['summary', 'interviewDate']), peopleCount: 0, mediaCount: 0 });
    await session.close();
  });
});

describe('records import and export', () => {
  it('moves whole records to another vault through JSON, people and events included', async () => {
    const a = await newVault();
    const { testimony } = await arabicTestimony(a.session);
    const file = path.join(await tempDir(), 'records.json');
    await writeExport(a.session, file, 'json');
    const original = recordView(a.session, testimony.id);
    await a.session.close();
    // What the app writes is what the published JSON Schema describes.
    const schema = JSON.parse(await fs.readFile(path.resolve(import.meta.dirname, '../../../../docs/schema/testimony-records.schema.json'), 'utf8')) as Record<string, unknown>;
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(JSON.parse(await fs.readFile(file, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);

    const b = await newVault();
    expect(await importRecords(b.session, file)).toEqual({ status: 'imported', testimonies: 1, people: 2 });
    const copy = recordView(b.session, testimony.id);
    expect(copy.record).toEqual(original.record);
    expect(copy.people).toEqual(original.people);
    expect(exportJson(b.session.db, 'now').testimonies).toHaveLength(1);
    // The same file again: every testimony is already there, nothing is imported twice.
    const again = await importRecords(b.session, file);
    expect(again.status).toBe('refused');
    expect(queryTestimonies(b.session.db, {}).items).toHaveLength(1);
    await b.session.close();
  });

  it('reads a spreadsheet CSV, Arabic included, and writes one row per testimony', async () => {
    const { session } = await newVault();
    const csv = [
      'code,title,languages,interview_date,interview_place,consent_obtained,consent_archive,consent_share_un_mechanisms,tags',
      'IQ-1,"شهادة من الموصل، 2017",ar;ku,2017-07~,الموصل,yes,yes,نعم,"mosul;2017"',
      "IQ-2,'=HYPERLINK(\"x\"),en,,,,,,",
    ].join('\r\n');
    const file = path.join(await tempDir(), 'sheet.csv');
    await fs.writeFile(file, `\uFEFF${csv}`);
    expect(await importRecords(session, file)).toEqual({ status: 'imported', testimonies: 2, people: 0 });
    const rows = queryTestimonies(session.db, { sort: { by: 'code', direction: 'asc' } }).items;
    expect(rows.map((r) => [r.code, r.title])).toEqual([
      ['IQ-1', 'شهادة من الموصل، 2017'],
      ['IQ-2', '=HYPERLINK("x")'],
    ]);
    expect(rows[0]).toMatchObject({ languages: ['ar', 'ku'], firstInterview: '2017-07~', consentGranted: ['archive', 'shareUnMechanisms'] });
    const exported = parseCsv(exportCsv(session.db).csv);
    expect(exported).toHaveLength(3);
    expect(exported[0]).toContain('consent_share_un_mechanisms');
    // The formula-looking title round-trips, and is written defused.
    expect(exportCsv(session.db).csv).toContain(`'=HYPERLINK`);
    expect(exported[2]![1]).toBe('=HYPERLINK("x")');
    await session.close();
  });

  it('checks every row first and refuses the whole file, naming row and field, writing nothing', async () => {
    const { session, dir } = await newVault();
    await createTestimony(session, { code: 'TAKEN', title: 'Already here' });
    const csv = [
      'code,title,interview_date,consent_archive,content_warnings',
      'OK-1,Fine,2020-01-01,yes,torture',
      'OK-2,Bad date,2020-02-30,,',
      'TAKEN,Duplicate,,,',
      'OK-3,Bad term,,,not-a-warning',
      'OK-4,Bad answer,,maybe,',
      `OK-5,${'x'.repeat(600)},,,`,
    ].join('\n');
    const file = path.join(await tempDir(), 'bad.csv');
    await fs.writeFile(file, csv);
    const before = session.db.prepare('SELECT count(*) FROM audit_events').pluck().get();
    const outcome = await importRecords(session, file);
    expect(outcome.status).toBe('refused');
    const problems = outcome.status === 'refused' ? outcome.problems : [];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, field: 'sessions.0.date' }),
        expect.objectContaining({ row: 4, field: 'code', message: expect.stringContaining('already exists') }),
        expect.objectContaining({ row: 5, field: 'contentWarnings.0' }),
        expect.objectContaining({ row: 6, field: 'consent.scopes.archive', message: expect.stringContaining('yes or no') }),
        expect.objectContaining({ row: 7, field: 'title' }),
      ]),
    );
    expect(queryTestimonies(session.db, {}).items.map((i) => i.code)).toEqual(['TAKEN']);
    expect(session.db.prepare('SELECT count(*) FROM audit_events').pluck().get()).toBe(before);
    expect(dir).toBeTruthy();
    await session.close();
  });

  it('refuses a JSON file that is not ours, or names a person it does not hold', async () => {
    const { session } = await newVault();
    const work = await tempDir();
    const notOurs = path.join(work, 'x.json');
    await fs.writeFile(notOurs, JSON.stringify({ hello: 'world' }));
    expect(await importRecords(session, notOurs)).toMatchObject({ status: 'refused', problems: expect.arrayContaining([expect.objectContaining({ row: 0, field: 'format' })]) });
    const dangling = path.join(work, 'y.json');
    await fs.writeFile(
      dangling,
      JSON.stringify({
        format: 'testimony-vault/records',
        version: 1,
        people: [],
        testimonies: [{ code: 'J-1', title: 'T', people: [{ personId: '00000000-0000-4000-8000-000000000000', role: 'witness' }] }],
      }),
    );
    expect(await importRecords(session, dangling)).toMatchObject({ status: 'refused', problems: [expect.objectContaining({ row: 1, field: 'people.0.personId' })] });
    await session.close();
  });
});
