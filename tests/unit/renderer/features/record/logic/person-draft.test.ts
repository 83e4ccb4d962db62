import { describe, expect, it } from 'vitest';
import { personSchema } from '../../../../../../shared/domain/record';
import { checkPerson, nameDraft, personDraft, typedName } from '../../../../../../renderer/src/features/record/logic/person-draft';

const PERSON = personSchema.parse({
  id: 'a3bb189e-8bf9-4888-9912-ace4e6543002',
  code: 'W-001',
  identity: {
    legalName: 'أحمد مصطفى',
    names: [{ value: 'Ahmad Mustafa', script: 'Latn', kind: 'spelling' }],
    sexGender: 'male',
    birthDate: '1990~',
    nationality: ['SY'],
  },
});
const LINK = { personId: PERSON.id, role: 'survivor', ageAtEvents: 'about 30', notes: '' };

describe('the person form', () => {
  it('gives back the person and their part in the testimony', () => {
    expect(checkPerson(personDraft(PERSON, LINK))).toEqual({
      ok: true,
      value: { code: 'W-001', identity: PERSON.identity, link: { role: 'survivor', ageAtEvents: 'about 30', notes: '' } },
    });
  });

  it('starts a new person with the name that was searched for', () => {
    expect(personDraft(null, null, { legalName: 'أبو خالد' }).identity.legalName).toBe('أبو خالد');
  });

  it('follows the script of what is typed until the person picks one', () => {
    let name = typedName(nameDraft(), 'Ahmad');
    expect(name.script).toBe('Latn');
    name = typedName(name, 'أحمد');
    expect(name.script).toBe('Arab');
    name = typedName({ ...name, script: 'Syrc', scriptChosen: true }, 'Ahmad');
    expect(name.script).toBe('Syrc');
    // Digits say nothing about the script.
    expect(typedName(nameDraft(), '123').script).toBe('Arab');
  });

  it('asks for a code and a role, drops empty name rows and files problems on the rows shown', () => {
    const draft = personDraft(null, null);
    const names = [nameDraft(), { ...nameDraft(), value: 'x'.repeat(201) }];
    const checked = checkPerson({ ...draft, identity: { ...draft.identity, names } });
    expect(checked.ok ? null : checked.problems).toEqual({
      'link.role': { key: 'record.problems.required' },
      code: { key: 'record.problems.required' },
      'identity.names.1.value': { key: 'record.problems.tooLong', values: { max: 200 } },
    });
  });
});
