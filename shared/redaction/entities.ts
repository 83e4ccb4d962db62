import type { InterviewSession, Person, PersonIdentity, TestimonyPerson, VaultEvent } from '../domain/record';
import { normalizeForSearch } from '../text/normalize';
import { dateTerms } from './date-terms';
import { namePartsOfAll } from './name-parts';
import { contactTerms } from './contact-terms';
import type { CustomEntity, Entity, EntityOrigin, RedactionCategory } from './types';

/**
 * The sensitive entities of one testimony, built from what the record already holds. The core
 * fills a RedactionSource from its database (nothing here reads it), so the engine stays pure
 * and the renderer can run it too.
 *
 * People: every Person the testimony refers to (its people list, event victims and alleged
 * perpetrators). Their names in every recorded spelling (legal name, variants, aliases,
 * nicknames) are one entity; the parts of those names another set of search terms of the same
 * entity (name-parts.ts). Survivors and witnesses are category person, everyone else
 * thirdParty. Each contact detail (phone, e-mail, ID, address line) and the birth date are
 * entities of their own (a phone number is replaced by a label, not by "Witness A").
 * Places (events, sessions): a place is split at commas into the places it names ("Kafr
 * Nubl, Idlib" names Kafr Nubl and Idlib); places with the same normalised text are one
 * entity, so one village keeps one pseudonym. Units and affiliations of alleged perpetrators
 * are organisations; event dates are dates; interviewers and interpreters are third parties.
 * Order is deterministic (record order), since pseudonyms are numbered in it.
 */

export type SourcePerson = Pick<Person, 'id' | 'code'> & {
  readonly identity: Pick<PersonIdentity, 'legalName' | 'names' | 'contact' | 'birthDate' | 'sexGender'>;
};

export interface RedactionSource {
  /** Every person the testimony refers to, in any role. */
  readonly people: readonly SourcePerson[];
  /** The testimony's people list (TestimonyPerson), in record order: it gives the roles. */
  readonly roles: readonly Pick<TestimonyPerson, 'personId' | 'role'>[];
  readonly events: readonly Pick<VaultEvent, 'id' | 'date' | 'place' | 'victims' | 'perpetrators'>[];
  readonly sessions: readonly Pick<InterviewSession, 'id' | 'place' | 'interviewers' | 'interpreter'>[];
  /** Entities the editor added (RedactionDocument.customEntities). */
  readonly custom: readonly CustomEntity[];
}

/** Roles whose holder is the testimony's own voice; everyone else is a third party. */
const FIRST_PARTY_ROLES = new Set(['survivor', 'witness']);
/** Order in which a person's several roles pick the pseudonym noun. */
const ROLE_PRECEDENCE = ['survivor', 'witness', 'victim', 'family-member', 'alleged-perpetrator'];

function pickRole(roles: readonly string[]): string {
  for (const r of ROLE_PRECEDENCE) if (roles.includes(r)) return r;
  return roles[0] ?? 'other';
}

/** Splits a place description at commas, Arabic commas and semicolons into the places it names. */
export function placeNames(text: string): string[] {
  const parts = text
    .split(/[,،;؛\n]/u)
    .map((p) => p.trim())
    .filter((p) => normalizeForSearch(p) !== '');
  const whole = text.trim();
  return parts.length > 1 && whole !== '' ? [whole, ...parts] : parts;
}

const compactKey = (text: string) => normalizeForSearch(text).replace(/ /gu, '');

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const key = normalizeForSearch(v);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(v.trim());
  }
  return out;
}

const entity = (e: Partial<Entity> & Pick<Entity, 'id' | 'category' | 'origin' | 'display' | 'variants'>): Entity => ({
  parts: [],
  personId: null,
  role: null,
  gender: null,
  adminArea: '',
  edtf: null,
  ...e,
});

export function buildEntities(source: RedactionSource): Entity[] {
  const roles = new Map<string, string[]>();
  const addRole = (personId: string, role: string) => roles.set(personId, [...(roles.get(personId) ?? []), role]);
  for (const r of source.roles) addRole(r.personId, r.role);
  for (const e of source.events) {
    for (const v of e.victims) if (!roles.has(v)) addRole(v, 'victim');
    for (const p of e.perpetrators) if (p.personId !== null && !roles.has(p.personId)) addRole(p.personId, 'alleged-perpetrator');
  }
  const byId = new Map(source.people.map((p) => [p.id, p]));
  const orderedIds = [...new Set([...source.roles.map((r) => r.personId), ...roles.keys(), ...source.people.map((p) => p.id)])];

  const people: Entity[] = [];
  const details: Entity[] = [];
  for (const id of orderedIds) {
    const person = byId.get(id);
    if (person === undefined) continue;
    const { identity } = person;
    const role = pickRole(roles.get(id) ?? []);
    const names = unique([identity.legalName, ...identity.names.map((n) => n.value)]);
    const gender = identity.sexGender === 'female' || identity.sexGender === 'male' ? identity.sexGender : null;
    const category: RedactionCategory = FIRST_PARTY_ROLES.has(role) ? 'person' : 'thirdParty';
    if (names.length > 0)
      people.push(entity({ id: `person:${id}`, category, origin: 'person', display: names[0]!, variants: names, parts: namePartsOfAll(names), personId: id, role, gender }));
    contactTerms(identity.contact).forEach((c, n) => {
      details.push(entity({ id: `contact:${id}:${n}`, category: 'identifying', origin: 'contact', display: c.display, variants: c.variants, personId: id }));
    });
    if (identity.birthDate !== null) {
      const variants = dateTerms(identity.birthDate);
      if (variants.length > 0)
        details.push(entity({ id: `birth:${id}`, category: 'date', origin: 'birthDate', display: identity.birthDate, variants, personId: id, edtf: identity.birthDate }));
    }
  }

  // Places, organisations and dates are merged by normalised text without spaces (the matcher
  // treats كفر نبل and كفرنبل as one name): one village, one entity, also when one event says
  // "Kafr Nubl" and another "Kafr Nubl, Idlib".
  const mergedList: Entity[] = [];
  const addMerged = (e: Entity) => {
    const keys = (x: Entity) => new Set(x.variants.map(compactKey));
    const at = mergedList.findIndex(
      (known) => known.category === e.category && (keys(known).has(compactKey(e.display)) || keys(e).has(compactKey(known.display))),
    );
    if (at === -1) {
      mergedList.push(e);
      return;
    }
    const known = mergedList[at]!;
    mergedList[at] = { ...known, variants: unique([...known.variants, ...e.variants]), adminArea: known.adminArea === '' ? e.adminArea : known.adminArea };
  };
  const addPlace = (origin: EntityOrigin, id: string, text: string, adminArea: string) => {
    // The region is what the place generalises to: it is not itself a variant to hide.
    const region = normalizeForSearch(adminArea);
    const names = placeNames(text).filter((n, i) => i === 0 || normalizeForSearch(n) !== region);
    if (names.length === 0) return;
    addMerged(entity({ id, category: 'place', origin, display: names[0]!, variants: unique(names), adminArea: adminArea.trim() }));
  };
  for (const e of source.events) addPlace('eventPlace', `place:event:${e.id}`, e.place.text, e.place.adminArea);
  for (const s of source.sessions) addPlace('sessionPlace', `place:session:${s.id}`, s.place.text, s.place.adminArea);
  for (const e of source.events) {
    e.perpetrators.forEach((p, n) => {
      for (const [origin, value] of [
        ['unit', p.unit],
        ['affiliation', p.affiliation],
      ] as const) {
        if (normalizeForSearch(value) !== '')
          addMerged(entity({ id: `org:${e.id}:${n}:${origin}`, category: 'organisation', origin, display: value.trim(), variants: [value.trim()] }));
      }
    });
  }
  for (const e of source.events) {
    if (e.date === null) continue;
    const variants = dateTerms(e.date);
    if (variants.length > 0) addMerged(entity({ id: `date:event:${e.id}`, category: 'date', origin: 'eventDate', display: e.date, variants, edtf: e.date }));
  }
  const staff = new Map<string, Entity>();
  for (const s of source.sessions) {
    for (const [role, name] of [...s.interviewers.map((n) => ['interviewer', n] as const), ['interpreter', s.interpreter] as const]) {
      const key = normalizeForSearch(name);
      if (key === '' || staff.has(key)) continue;
      const names = [name.trim()];
      staff.set(key, entity({ id: `staff:${s.id}:${staff.size}`, category: 'thirdParty', origin: 'staff', display: name.trim(), variants: names, parts: namePartsOfAll(names), role }));
    }
  }
  const custom = source.custom.map((c) => {
    const variants = unique([c.display, ...c.variants]);
    const isPerson = c.category === 'person' || c.category === 'thirdParty';
    return entity({
      id: c.id,
      category: c.category,
      origin: 'custom',
      display: c.display,
      variants,
      parts: isPerson ? namePartsOfAll(variants) : [],
      role: c.role,
      adminArea: c.adminArea,
    });
  });
  return [...people, ...details, ...mergedList, ...staff.values(), ...custom];
}
