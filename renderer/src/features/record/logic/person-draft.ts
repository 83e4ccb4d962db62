import { z } from 'zod';
import {
  personCodeSchema,
  personIdentitySchema,
  testimonyPersonSchema,
  type Person,
  type PersonIdentity,
  type TestimonyPerson,
} from '../../../../../shared/domain/record';
import { orNull } from './place-draft';
import { check, keptRows, renumber, type Checked, type Problem } from './problems';
import { rowKey } from './row-key';
import { guessScript } from './scripts';

export type NameKind = PersonIdentity['names'][number]['kind'];

export interface NameDraft {
  key: string;
  value: string;
  script: string;
  kind: NameKind;
  /** The person picked the script: stop guessing it from what is typed. */
  scriptChosen: boolean;
}

export interface PersonDraft {
  code: string;
  identity: {
    legalName: string;
    names: NameDraft[];
    sexGender: string;
    birthDate: string;
    nationality: string[];
    contact: string;
    notes: string;
  };
  link: { role: string; ageAtEvents: string; notes: string };
}

export function nameDraft(kind: NameKind = 'spelling'): NameDraft {
  return { key: rowKey(), value: '', script: 'Arab', kind, scriptChosen: false };
}

/** A name typed into a row: its script follows the letters until the person picks one. */
export function typedName(name: NameDraft, value: string): NameDraft {
  const guessed = name.scriptChosen ? null : guessScript(value);
  return { ...name, value, script: guessed ?? name.script };
}

export function personDraft(person: Person | null, link: TestimonyPerson | null, start: { legalName?: string } = {}): PersonDraft {
  const identity = person?.identity ?? personIdentitySchema.parse({});
  return {
    code: person?.code ?? '',
    identity: {
      legalName: person ? identity.legalName : (start.legalName ?? ''),
      names: identity.names.map((n) => ({ key: rowKey(), value: n.value, script: n.script, kind: n.kind, scriptChosen: true })),
      sexGender: identity.sexGender ?? '',
      birthDate: identity.birthDate ?? '',
      nationality: [...identity.nationality],
      contact: identity.contact,
      notes: identity.notes,
    },
    link: { role: link?.role ?? '', ageAtEvents: link?.ageAtEvents ?? '', notes: link?.notes ?? '' },
  };
}

const personInputSchema = z.object({ code: personCodeSchema, identity: personIdentitySchema, link: testimonyPersonSchema.omit({ personId: true }) });

export interface CheckedPerson {
  code: string;
  identity: PersonIdentity;
  link: Omit<TestimonyPerson, 'personId'>;
}

/** Paths: "code", "identity.…", "link.…", as the people.* and records.linkPerson inputs name them. */
export function checkPerson(draft: PersonDraft): Checked<CheckedPerson> {
  const kept = keptRows(draft.identity.names, (n) => n.value.trim() === '');
  const names = kept.map((i) => draft.identity.names[i]!);
  const problems: Record<string, Problem> = draft.link.role === '' ? { 'link.role': { key: 'record.problems.required' } } : {};
  const checked = check(
    personInputSchema,
    {
      code: draft.code,
      identity: {
        legalName: draft.identity.legalName,
        names: names.map((n) => ({ value: n.value, script: n.script, kind: n.kind })),
        sexGender: orNull(draft.identity.sexGender),
        birthDate: orNull(draft.identity.birthDate),
        nationality: draft.identity.nationality,
        contact: draft.identity.contact,
        notes: draft.identity.notes,
      },
      link: draft.link,
    },
    problems,
  );
  return checked.ok ? checked : { ok: false, problems: renumber(checked.problems, 'identity.names', kept) };
}
