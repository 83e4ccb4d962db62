import { describe, expect, it } from 'vitest';
import { applyRedactions } from '../../../../shared/redaction/apply';
import { acceptSuggestions } from '../../../../shared/redaction/decisions';
import { buildEntities } from '../../../../shared/redaction/entities';
import { suggest } from '../../../../shared/redaction/suggest';
import { RedactionError } from '../../../../shared/redaction/types';
import { normalizeForSearch } from '../../../../shared/text/normalize';
import { IDS, doc, idCounter, recordSource } from './record-fixture';

const entities = buildEntities(recordSource());
const SURVIVOR = `person:${IDS.survivor}`;

const TEXT = 'قالت فاطمة إن وفاطمة ولفاطمة وبفاطمة عادت إلى كفرنبل في 5 حزيران 2012، رقمها 0944 123 456. Fatma Halabi’s brother.';

describe('applyRedactions', () => {
  const accepted = acceptSuggestions(doc(TEXT), suggest(doc(TEXT), entities), idCounter());

  it('replaces every accepted span and the output contains none of the redacted strings', () => {
    const out = applyRedactions(accepted, entities, { language: 'ar' });
    expect(out.text).toBe('قالت الناجية أ إن والناجية أ وللناجية أ وبالناجية أ عادت إلى إدلب في 2012، رقمها [تفصيل محدِّد للهوية]. الناجية أ’s brother.');
    const output = normalizeForSearch(out.text);
    for (const r of accepted.redactions) expect(output).not.toContain(normalizeForSearch(TEXT.slice(r.start, r.end)));
  });

  it('maps every replacement to where it came from and where it landed', () => {
    const out = applyRedactions(accepted, entities, { language: 'en' });
    expect(out.spans).toHaveLength(accepted.redactions.length);
    for (const span of out.spans) {
      expect(out.text.slice(span.outputStart, span.outputEnd)).toBe(span.replacement);
      const r = accepted.redactions.find((x) => x.id === span.redactionId)!;
      expect([span.sourceStart, span.sourceEnd]).toEqual([r.start, r.end]);
    }
    // Text between replacements is copied unchanged.
    const first = out.spans[0]!;
    expect(out.text.slice(0, first.outputStart)).toBe(TEXT.slice(0, first.sourceStart));
    expect(out.spans.map((s) => s.policyUsed)).toEqual(['pseudonym', 'pseudonym', 'pseudonym', 'pseudonym', 'generalise', 'generalise', 'label', 'pseudonym']);
  });

  it('uses the editor’s own wording and chosen pseudonyms', () => {
    const withChoice = {
      ...accepted,
      pseudonyms: [{ entityId: SURVIVOR, text: 'Mariam' }],
      redactions: accepted.redactions.map((r, i) => (i === 4 ? { ...r, replacement: 'a village' } : r)),
    };
    const out = applyRedactions(withChoice, entities, { language: 'en' });
    expect(out.text).toContain('قالت Mariam إن وMariam');
    expect(out.text).toContain('إلى a village في');
    expect(out.spans[4]!.policyUsed).toBe('custom');
  });

  it('refuses an unsound document and a span whose entity is gone', () => {
    const overlapping = { ...accepted, redactions: [...accepted.redactions, { ...accepted.redactions[0]!, id: 'dup', end: accepted.redactions[0]!.end + 1 }] };
    expect(() => applyRedactions(overlapping, entities, { language: 'en' })).toThrow(expect.objectContaining({ code: 'overlap' }));
    const orphan = { ...accepted, redactions: [{ ...accepted.redactions[0]!, entityId: 'person:gone' }] };
    expect(() => applyRedactions(orphan, entities, { language: 'en' })).toThrow(RedactionError);
    expect(() => applyRedactions(orphan, entities, { language: 'en' })).toThrow(/refers to entity person:gone/u);
  });

  it('leaves a text without redactions as it is', () => {
    expect(applyRedactions(doc(TEXT), entities, { language: 'en' })).toEqual({ text: TEXT, spans: [] });
  });
});
