import { describe, expect, it } from 'vitest';
import { applyRedactions } from '../../../../shared/redaction/apply';
import { buildEntities } from '../../../../shared/redaction/entities';
import { checkLeaks } from '../../../../shared/redaction/leak-check';
import { buildLeakTerms, leakAllowances } from '../../../../shared/redaction/leak-terms';
import { decodeXmlEntities, xmlLeakOutputs, xmlText } from '../../../../shared/redaction/xml-text';
import type { Redaction } from '../../../../shared/redaction/types';
import { IDS, doc, recordSource } from './record-fixture';

const entities = buildEntities(recordSource());
const BROTHER = `person:${IDS.brother}`;

/** A narrative where the editor redacted the brother once and missed him in other spellings. */
const TEXT = 'اعتُقل أحمد في الصباح. وأحمد لم يعد، واحمد كان طالباً. قالت: أَحْمَد! Later AHMAD, Ahmád and Ahmad were named.';
const first: Redaction = { id: 'r1', start: 7, end: 11, entityId: BROTHER, category: 'thirdParty', policy: 'pseudonym', replacement: null };

describe('checkLeaks', () => {
  const d = doc(TEXT, { redactions: [first] });
  const terms = buildLeakTerms(d, entities);
  const output = applyRedactions(d, entities, { language: 'ar' }).text;

  it('finds every missed occurrence, in every Arabic and Latin variant', () => {
    const report = checkLeaks([{ where: 'narrative.md', text: output }], terms);
    expect(report.ok).toBe(false);
    expect(report.hits.map((h) => output.slice(h.start, h.end))).toEqual(['أحمد', 'احمد', 'أَحْمَد', 'AHMAD', 'Ahmád', 'Ahmad']);
    expect(report.hits.every((h) => h.entityIds.includes(BROTHER) && !h.allowed)).toBe(true);
    expect(report.hits[0]!.kinds).toContain('redacted');
    // Ahmad is also the survivor's father's name: the hit names both people.
    expect(report.hits[3]!.entityIds).toEqual([`person:${IDS.survivor}`, BROTHER]);
  });

  it('masks every hit in the excerpts and never repeats a term', () => {
    const report = checkLeaks([{ where: 'narrative.md', text: output }], terms);
    expect(report.hits[0]!.excerpt).toBe('اعتُقل القريب أ في الصباح. و█████ لم يعد، و█████ كان طالباً. قالت:');
    const serialised = JSON.stringify(report).toLowerCase();
    for (const name of ['أحمد', 'احمد', 'ahmad', 'ahmád', 'الحلبي', 'فاطمة']) expect(serialised).not.toContain(name);
  });

  it('says in which output each hit is: PDF text, DOCX parts, metadata, file names', () => {
    const docx = '<w:p><w:r><w:t>قابلنا </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>أح</w:t></w:r><w:r><w:t>مد</w:t></w:r></w:p>';
    const core = '<cp:coreProperties><dc:creator>Layla Haddad</dc:creator><dc:title>شهادة</dc:title></cp:coreProperties>';
    const report = checkLeaks(
      [
        { where: 'narrative.pdf text layer', text: 'Witness A said nothing.' },
        ...xmlLeakOutputs('narrative.docx word/document.xml', docx),
        ...xmlLeakOutputs('narrative.docx docProps/core.xml', core),
        { where: 'metadata.json', text: JSON.stringify({ place: 'Gaziantep', contact: '00963-944-123-456' }) },
        { where: 'file name', text: 'fatima-halabi-narrative.pdf' },
      ],
      terms,
    );
    expect(report.hits.map((h) => [h.where, h.kinds.includes('redacted') ? 'redacted' : h.kinds.join()])).toEqual([
      // أح|مد split over two runs; the markup view also finds it, as two adjacent words.
      ['narrative.docx word/document.xml (text)', 'redacted'],
      ['narrative.docx word/document.xml (markup)', 'redacted'],
      // The text view glues the creator to the title: only the given name is found there,
      // which is why the markup view is checked too.
      ['narrative.docx docProps/core.xml (text)', 'namePart'],
      ['narrative.docx docProps/core.xml (markup)', 'name'],
      ['metadata.json', 'place'],
      ['metadata.json', 'contact'],
      ['file name', 'namePart'],
      ['file name', 'namePart'],
    ]);
  });

  it('allows as many hits of a text as occurrences the editor rejected one by one', () => {
    const text = 'نور الشمس. رأيت نور.';
    const custom = buildEntities(recordSource([{ id: 'c1', category: 'person', display: 'نور', variants: [], adminArea: '', role: null }]));
    const rejected = doc(text, { rejections: [{ key: 'نور', category: 'person', start: 0, end: 3 }] });
    const report = checkLeaks([{ where: 'narrative', text }], buildLeakTerms(rejected, custom), { allowances: leakAllowances(rejected) });
    expect(report.hits.map((h) => h.allowed)).toEqual([true, false]);
    expect(report.ok).toBe(false);
  });

  it('does not refuse على in a testimony about an Ali, and reports terms too short to search', () => {
    const custom = buildEntities(recordSource([{ id: 'c1', category: 'person', display: 'علي', variants: ['A', 'Jo'], adminArea: '', role: null }]));
    const report = checkLeaks([{ where: 'narrative', text: 'جلس على الكرسي مع Jo' }], buildLeakTerms(doc(''), custom));
    expect(report.hits.map((h) => h.allowed)).toEqual([true, false]);
    expect(report.skipped.map((i) => buildLeakTerms(doc(''), custom)[i]!.text)).toEqual(['A']);
  });
});

describe('buildLeakTerms', () => {
  it('lists people always, places unless rejected everywhere, organisations only once redacted', () => {
    const plain = buildLeakTerms(doc(''), entities);
    const kinds = new Set(plain.map((t) => t.kind));
    expect(kinds).toEqual(new Set(['name', 'namePart', 'contact', 'birthDate', 'place']));
    expect(plain.map((t) => t.text)).toEqual(expect.arrayContaining(['أم خالد', 'Abu Ali', 'Layla Haddad', 'كفرنبل', '+963 944 123 456']));

    const rejected = doc('', { rejections: [{ key: 'كفرنبل', category: 'place', start: null, end: null }] });
    expect(buildLeakTerms(rejected, entities).map((t) => t.text)).not.toContain('كفرنبل');

    const text = 'فرع 215';
    const unit = `org:${IDS.event}:0:unit`;
    const redacted = doc(text, { redactions: [{ id: 'u', start: 0, end: 7, entityId: unit, category: 'organisation', policy: 'label', replacement: null }] });
    expect(buildLeakTerms(redacted, entities).filter((t) => t.entityId === unit).map((t) => t.kind)).toEqual(['redacted']);
  });

  it('leaves out a person the core exempts, but never a redacted string', () => {
    const text = 'أحمد الحلبي';
    const d = doc(text, { redactions: [{ id: 'x', start: 0, end: 4, entityId: null, category: 'other', policy: 'label', replacement: null }] });
    const terms = buildLeakTerms(d, entities, { exemptPersonIds: [IDS.brother, IDS.survivor] });
    expect(terms.some((t) => t.entityId === BROTHER)).toBe(false);
    expect(terms.filter((t) => t.kind === 'redacted').map((t) => t.text)).toEqual(['أحمد']);
  });
});

describe('xml text', () => {
  it('joins runs split inside a word and decodes entities', () => {
    const xml = '<w:p><w:r><w:t>&#x0623;&#1581;</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve">مد &amp; Co</w:t></w:r></w:p><w:p><w:r><w:t>x</w:t></w:r></w:p>';
    expect(xmlText(xml, 'runs')).toBe('أحمد & Co\nx\n');
    expect(decodeXmlEntities('&lt;a&gt; &quot;&apos; &#0; &bogus;')).toBe('<a> "\' \ufffd &bogus;');
  });

  it('keeps attribute values, comments and CDATA in the markup view', () => {
    const xml = '<w:ins w:author="Fatima Halabi" w:date="2024-01-01"><w:t>ok</w:t></w:ins><!-- Ahmad --><![CDATA[<Ahmed>]]><pic:cNvPr descr="صورة أحمد"/>';
    const markup = xmlText(xml, 'markup');
    for (const piece of ['Fatima Halabi', 'Ahmad', '<Ahmed>', 'صورة أحمد', 'ok']) expect(markup).toContain(piece);
    const report = checkLeaks(xmlLeakOutputs('document.xml', xml), buildLeakTerms(doc(''), entities));
    const found = report.hits.filter((h) => h.where === 'document.xml (markup)').map((h) => markup.slice(h.start, h.end));
    expect(found).toEqual(['Fatima', 'Halabi', 'Ahmad', 'Ahmed', 'أحمد']);
  });
});
