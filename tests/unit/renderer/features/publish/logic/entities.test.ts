import { describe, expect, it } from 'vitest';
import type { EntityView } from '../../../../../../shared/contract/publish-operations';
import { buildEntities, type RedactionSource } from '../../../../../../shared/redaction/entities';
import { suggest } from '../../../../../../shared/redaction/suggest';
import { redactionDocumentSchema, type CustomEntity } from '../../../../../../shared/redaction/types';
import { personIdentitySchema } from '../../../../../../shared/domain/record';
import { entitiesOf } from '../../../../../../renderer/src/features/publish/logic/entities';
import { groupSuggestions } from '../../../../../../renderer/src/features/publish/logic/suggestion-groups';

const identity = (legalName: string, names: { value: string; script: string; kind: 'alias' | 'spelling' | 'nickname' }[]) =>
  personIdentitySchema.parse({ legalName, names: names.map((n) => ({ ...n })), sexGender: 'female' });

const custom: CustomEntity[] = [{ id: 'custom:1', category: 'place', display: 'حي الشعار', variants: [], adminArea: 'حلب', role: null }];
const source: RedactionSource = {
  people: [
    { id: 'p1', code: 'S-1', identity: identity('فاطمة الزهراء عبد الرحمن', [{ value: 'Fatima Abdulrahman', script: 'Latn', kind: 'spelling' }, { value: 'أم خالد', script: 'Arab', kind: 'alias' }]) },
    { id: 'p2', code: 'W-1', identity: identity('مصطفى الحلبي', []) },
  ],
  roles: [
    { personId: 'p1', role: 'survivor' },
    { personId: 'p2', role: 'witness' },
  ],
  events: [],
  sessions: [],
  custom,
};

/** What publish.get sends: the core's entities without their derived name parts. */
const asViews = (source: RedactionSource): EntityView[] =>
  buildEntities(source).map(({ parts, ...view }) => {
    void parts;
    return { ...view, variants: [...view.variants] };
  });

describe('entities in the renderer', () => {
  it('equal the core\'s, name parts included, so local suggestions are the core\'s', () => {
    expect(entitiesOf(asViews(source), custom)).toEqual(buildEntities(source));
  });

  it('follow the draft\'s custom entities, not the saved ones', () => {
    const added: CustomEntity = { id: 'custom:2', category: 'person', display: 'أبو سمير', variants: [], adminArea: '', role: null };
    const ids = entitiesOf(asViews(source), [...custom, added]).map((e) => e.id);
    expect(ids).toContain('custom:2');
    expect(ids.filter((id) => id === 'custom:1')).toHaveLength(1);
  });

  it('group suggestions by person across spellings, with forgotten occurrences of redacted ones first', () => {
    const text = 'قالت أم خالد إن فاطمة الزهراء عبد الرحمن رأت مصطفى. Fatima Abdulrahman left. ثم عادت أم خالد.';
    const entities = entitiesOf(asViews(source), custom);
    const base = redactionDocumentSchema.parse({ text });
    const groups = groupSuggestions(suggest(base, entities), entities);
    const fatima = groups.find((g) => g.entityId === 'person:p1')!;
    expect(fatima.items.map((s) => s.text)).toEqual(['أم خالد', 'فاطمة الزهراء عبد الرحمن', 'Fatima Abdulrahman', 'أم خالد']);
    expect(groups.find((g) => g.entityId === 'person:p2')!.items.map((s) => s.text)).toEqual(['مصطفى']);

    // One occurrence of Mustafa redacted: nothing of his left; one of Fatima: the rest flagged first.
    const first = fatima.items[0]!;
    const doc = { ...base, redactions: [{ id: 'r1', start: first.start, end: first.end, entityId: 'person:p1', category: 'person' as const, policy: 'pseudonym' as const, replacement: null }] };
    const after = groupSuggestions(suggest(doc, entities), entities);
    expect(after[0]!.entityId).toBe('person:p1');
    expect(after[0]!.flagged).toBe(true);
    expect(after[0]!.items).toHaveLength(3);
  });
});
