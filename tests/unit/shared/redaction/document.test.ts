import { describe, expect, it } from 'vitest';
import { documentIssues, parseRedactionDocument } from '../../../../shared/redaction/document';
import { RedactionError, redactionDocumentSchema, type RedactionErrorCode } from '../../../../shared/redaction/types';

const TEXT = 'قال أَحْمَد 😀 إنه رأى Ahmád';
const span = (id: string, start: number, end: number) => ({ id, start, end, category: 'person', policy: 'pseudonym' });

function refusal(input: unknown): { code: RedactionErrorCode; message: string; ids: readonly string[] } {
  try {
    parseRedactionDocument(input);
  } catch (error) {
    if (error instanceof RedactionError) return { code: error.code, message: error.message, ids: error.ids };
    throw error;
  }
  throw new Error('The document was accepted.');
}

describe('parseRedactionDocument', () => {
  it('accepts a sound document, fills defaults, and survives a JSON round trip', () => {
    const start = TEXT.indexOf('أ');
    const doc = parseRedactionDocument({ text: TEXT, redactions: [span('a', start, start + 'أَحْمَد'.length)] });
    expect(doc.format).toBe('testimony-vault/redaction');
    expect(doc.version).toBe(1);
    expect(doc.redactions[0]).toMatchObject({ entityId: null, replacement: null });
    expect(doc.rejections).toEqual([]);
    expect(parseRedactionDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  it('refuses overlapping spans and names both', () => {
    const r = refusal({ text: TEXT, redactions: [span('a', 4, 11), span('b', 8, 12)] });
    expect(r.code).toBe('overlap');
    expect(r.ids).toEqual(['a', 'b']);
    expect(r.message).toBe('Redactions a (4–11) and b (8–12) overlap.');
    // Touching spans do not overlap.
    expect(() => parseRedactionDocument({ text: TEXT, redactions: [span('a', 0, 3), span('b', 3, 4)] })).not.toThrow();
  });

  it('refuses spans outside the text, reversed or empty', () => {
    expect(refusal({ text: TEXT, redactions: [span('a', 20, 99)] })).toMatchObject({ code: 'out-of-range', ids: ['a'] });
    expect(refusal({ text: TEXT, redactions: [span('a', 5, 2)] }).message).toBe('Redaction a ends (2) before it starts (5).');
    expect(refusal({ text: TEXT, redactions: [span('a', 5, 5)] })).toMatchObject({ code: 'empty-span', ids: ['a'] });
    expect(refusal({ text: TEXT, redactions: [span('a', -1, 3)] }).code).toBe('invalid-document');
  });

  it('refuses a span that splits a surrogate pair or a letter from its diacritic', () => {
    const emoji = TEXT.indexOf('😀');
    const r = refusal({ text: TEXT, redactions: [span('a', emoji + 1, emoji + 2)] });
    expect(r.code).toBe('splits-character');
    expect(r.message).toContain('surrogate pair');
    const alef = TEXT.indexOf('أ');
    expect(refusal({ text: TEXT, redactions: [span('a', alef, alef + 1)] }).message).toContain('between a letter and its diacritic');
  });

  it('refuses duplicate ids, bad rejections and a pseudonym given to two entities', () => {
    expect(refusal({ text: TEXT, redactions: [span('a', 0, 3), span('a', 4, 5)] }).code).toBe('duplicate-id');
    expect(refusal({ text: TEXT, rejections: [{ key: 'x', category: 'place', start: 3, end: null }] }).code).toBe('out-of-range');
    const twice = { text: TEXT, pseudonyms: [{ entityId: 'e1', text: 'Witness A' }, { entityId: 'e2', text: 'witness  a' }] };
    expect(refusal(twice)).toMatchObject({ code: 'duplicate-pseudonym', ids: ['e1', 'e2'] });
  });

  it('says which field breaks the schema, without echoing the text', () => {
    const r = refusal({ text: TEXT, redactions: [{ ...span('a', 0, 3), category: 'نفس' }] });
    expect(r.code).toBe('invalid-document');
    expect(r.message).toMatch(/^Redaction document: redactions\.0\.category: /u);
    expect(r.message).not.toContain('نفس');
    expect(refusal({ text: 42 }).message).toMatch(/^Redaction document: text: /u);
  });

  it('lists every issue at once for the review screen', () => {
    const doc = redactionDocumentSchema.parse({ text: 'one two three', redactions: [span('a', 0, 5), span('b', 3, 6), span('c', 20, 30), span('d', 4, 7)] });
    const issues = documentIssues(doc);
    expect(issues.map((i) => [i.code, i.ids])).toEqual([
      ['out-of-range', ['c']],
      ['overlap', ['a', 'b']],
      ['overlap', ['b', 'd']],
    ]);
  });
});
