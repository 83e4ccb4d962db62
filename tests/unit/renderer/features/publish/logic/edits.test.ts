import { describe, expect, it } from 'vitest';
import { applyRedactions } from '../../../../../../shared/redaction/apply';
import { buildEntities } from '../../../../../../shared/redaction/entities';
import { suggest } from '../../../../../../shared/redaction/suggest';
import { redactionDocumentSchema } from '../../../../../../shared/redaction/types';
import { addManualRedaction, joinAdjacent, setPolicy, setPseudonym, snapSelection } from '../../../../../../renderer/src/features/publish/logic/edits';

const TEXT = 'قال أبو سمير: رأيت أبو سمير عند الحاجز، وأبو سمير كان خائفًا.';
const first = TEXT.indexOf('أبو سمير');
const second = TEXT.indexOf('أبو سمير', first + 1);
const entitiesOf = (custom: Parameters<typeof buildEntities>[0]['custom']) => buildEntities({ people: [], roles: [], events: [], sessions: [], custom });

describe('redacting by hand', () => {
  it('widens a selection to whole characters and trims the spaces around it', () => {
    const text = 'رأيتُ  محمّدًا هنا';
    const start = text.indexOf('محمّد');
    // A selection ending between a letter and its shadda/tanween would leave part of the name.
    const snapped = snapSelection(text, start - 2, start + 4)!;
    expect(text.slice(snapped.start, snapped.end)).toBe('محمّ');
    expect(snapSelection(text, 5, 7)).toBeNull();
  });

  it('makes the marked words an entity: its other occurrences are flagged, and it keeps one pseudonym', () => {
    const doc = addManualRedaction(redactionDocumentSchema.parse({ text: TEXT }), { start: first, end: first + 8, category: 'person', policy: 'pseudonym', entityId: null });
    expect(doc.customEntities).toHaveLength(1);
    const entities = entitiesOf(doc.customEntities);
    const flagged = suggest(doc, entities).filter((s) => s.source === 'sameEntity');
    expect(flagged.map((s) => s.start)).toEqual([second, TEXT.indexOf('سمير', second + 8) - 4]);

    // Marking another occurrence by hand reuses the entity rather than making a second one.
    const again = addManualRedaction(doc, { start: second, end: second + 8, category: 'person', policy: 'pseudonym', entityId: null });
    expect(again.customEntities).toHaveLength(1);
    const out = applyRedactions(again, entities, { language: 'ar' });
    expect(new Set(out.spans.map((s) => s.replacement))).toEqual(new Set(['الشخص أ']));
  });

  it('changes the policy of every span of an entity at once, and takes the editor\'s pseudonym', () => {
    let doc = addManualRedaction(redactionDocumentSchema.parse({ text: TEXT }), { start: first, end: first + 8, category: 'person', policy: 'pseudonym', entityId: null });
    doc = addManualRedaction(doc, { start: second, end: second + 8, category: 'person', policy: 'pseudonym', entityId: null });
    const entities = entitiesOf(doc.customEntities);
    doc = setPolicy(doc, doc.redactions[0]!.id, 'label');
    expect(doc.redactions.map((r) => r.policy)).toEqual(['label', 'label']);
    doc = setPolicy(doc, doc.redactions[0]!.id, 'pseudonym');
    doc = setPseudonym(doc, doc.customEntities[0]!.id, 'الشاهد س');
    expect(applyRedactions(doc, entities, { language: 'ar' }).text).toBe(TEXT.replace('أبو سمير', 'الشاهد س').replace('أبو سمير', 'الشاهد س'));
    expect(setPseudonym(doc, doc.customEntities[0]!.id, '  ').pseudonyms).toEqual([]);
  });
});

describe('joining the halves of a name', () => {
  const text = 'قلت إن فاطمه عبدالرحمن لا تعرف، ثم فاطمه\nعبدالرحمن.';
  const span = (id: string, word: string, from: number, entityId: string | null) => {
    const start = text.indexOf(word, from);
    return { id, start, end: start + word.length, entityId, category: 'person' as const, policy: 'pseudonym' as const, replacement: null };
  };

  it('joins spans of one entity that only a space separates, and nothing else', () => {
    const second = text.indexOf('ثم');
    const doc = redactionDocumentSchema.parse({
      text,
      redactions: [span('a', 'فاطمه', 0, 'person:1'), span('b', 'عبدالرحمن', 0, 'person:1'), span('c', 'فاطمه', second, 'person:1'), span('d', 'عبدالرحمن', second, 'person:1')],
    });
    const joined = joinAdjacent(doc);
    // The first pair is one name; the second is cut by a line break (two paragraphs) and stays two spans.
    expect(joined.redactions.map((r) => text.slice(r.start, r.end))).toEqual(['فاطمه عبدالرحمن', 'فاطمه', 'عبدالرحمن']);
    const entities = entitiesOf([{ id: 'person:1', category: 'person', display: 'فاطمة', variants: [], adminArea: '', role: 'survivor' }]);
    expect(applyRedactions(joined, entities, { language: 'ar' }).text.startsWith('قلت إن الناجي أ لا تعرف')).toBe(true);
  });

  it('keeps spans of different entities apart', () => {
    const doc = redactionDocumentSchema.parse({ text, redactions: [span('a', 'فاطمه', 0, 'person:1'), span('b', 'عبدالرحمن', 0, 'person:2')] });
    expect(joinAdjacent(doc)).toBe(doc);
  });
});
