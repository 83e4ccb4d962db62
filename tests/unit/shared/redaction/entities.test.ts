import { describe, expect, it } from 'vitest';
import { eventSchema, personSchema } from '../../../../shared/domain/record';
import { contactTerms } from '../../../../shared/redaction/contact-terms';
import { dateTerms } from '../../../../shared/redaction/date-terms';
import { buildEntities, placeNames } from '../../../../shared/redaction/entities';
import { nameParts } from '../../../../shared/redaction/name-parts';
import { customEntitySchema } from '../../../../shared/redaction/types';
import { IDS, recordSource } from './record-fixture';

describe('buildEntities', () => {
  const entities = buildEntities(recordSource());
  const byId = (id: string) => entities.find((e) => e.id === id);

  it('makes one entity per person with every recorded spelling, role and gender', () => {
    const survivor = byId(`person:${IDS.survivor}`)!;
    expect(survivor).toMatchObject({ category: 'person', origin: 'person', role: 'survivor', gender: 'female', personId: IDS.survivor });
    expect(survivor.variants).toEqual(['فاطمة أحمد الحلبي', 'Fatima Ahmad al-Halabi', 'Fatma Halabi', 'أم خالد']);
    // Given and family names alone, in both scripts; the son's name inside the kunya is not hers.
    expect(survivor.parts).toEqual(expect.arrayContaining(['فاطمه', 'احمد', 'الحلبي', 'fatima', 'halabi', 'fatma']));
    expect(survivor.parts).not.toContain('خالد');
  });

  it('takes roles from the testimony, else from the events; only survivors and witnesses are first party', () => {
    expect(byId(`person:${IDS.brother}`)).toMatchObject({ category: 'thirdParty', role: 'family-member' });
    expect(byId(`person:${IDS.officer}`)).toMatchObject({ category: 'thirdParty', role: 'alleged-perpetrator' });
  });

  it('makes contact details and the birth date entities of their own', () => {
    const contacts = entities.filter((e) => e.origin === 'contact').map((e) => e.variants);
    expect(contacts).toEqual([['+963 944 123 456'], ['fatima.h@example.org'], ['حي الفردوس، بناء 4']]);
    const birth = byId(`birth:${IDS.survivor}`)!;
    expect(birth).toMatchObject({ category: 'date', edtf: '1985-03-12', personId: IDS.survivor });
    expect(birth.variants).toEqual(expect.arrayContaining(['1985-03-12', '12/03/1985', '12 آذار 1985', '12 مارس 1985', 'March 12 1985']));
  });

  it('splits places into the places they name, without the region they generalise to', () => {
    const place = byId(`place:event:${IDS.event}`)!;
    expect(place).toMatchObject({ category: 'place', adminArea: 'إدلب' });
    expect(place.variants).toEqual(['كفرنبل، إدلب', 'كفرنبل']);
    expect(placeNames('Kafr Nubl, Idlib; Syria')).toEqual(['Kafr Nubl, Idlib; Syria', 'Kafr Nubl', 'Idlib', 'Syria']);
  });

  it('merges the same place named by several events into one entity', () => {
    const source = recordSource();
    const second = eventSchema.parse({ id: '66666666-6666-4666-8666-666666666666', actType: 'torture', place: { text: 'كفر نبل' } });
    const third = eventSchema.parse({ id: '77777777-7777-4777-8777-777777777777', actType: 'torture', place: { text: 'كفرنبل' } });
    const places = buildEntities({ ...source, events: [...source.events, second, third] }).filter((e) => e.origin === 'eventPlace');
    expect(places.map((p) => p.variants)).toEqual([['كفرنبل، إدلب', 'كفرنبل', 'كفر نبل']]);
    expect(places[0]!.id).toBe(`place:event:${IDS.event}`);
  });

  it('adds units, affiliations, event dates, interviewers and the editor’s own entities', () => {
    expect(entities.filter((e) => e.category === 'organisation').map((e) => e.display)).toEqual(['فرع 215', 'الأمن العسكري']);
    expect(byId(`date:event:${IDS.event}`)?.variants).toContain('5 حزيران 2012');
    expect(entities.find((e) => e.origin === 'staff')).toMatchObject({ category: 'thirdParty', role: 'interviewer', display: 'Layla Haddad' });
    const custom = customEntitySchema.parse({ id: 'custom:1', category: 'person', display: 'أبو سمير', variants: ['Abu Samir'] });
    const withCustom = buildEntities(recordSource([custom]));
    expect(withCustom.at(-1)).toMatchObject({ id: 'custom:1', origin: 'custom', variants: ['أبو سمير', 'Abu Samir'] });
  });

  it('is deterministic and skips people without any name', () => {
    expect(buildEntities(recordSource())).toEqual(entities);
    const nameless = personSchema.parse({ id: '88888888-8888-4888-8888-888888888888', code: 'X-1' });
    const source = recordSource();
    expect(buildEntities({ ...source, people: [...source.people, nameless] })).toEqual(entities);
  });
});

describe('nameParts', () => {
  it('binds Arabic name particles to the next word', () => {
    expect(nameParts('عبد الرحمن محمد بن سلمان')).toEqual(['عبد الرحمن', 'محمد', 'بن سلمان', 'سلمان']);
    expect(nameParts('أبو خالد')).toEqual([]);
    expect(nameParts('Abdul Rahman ibn Khaldun')).toEqual(['abdul rahman', 'ibn khaldun', 'khaldun']);
  });

  it('leaves out parts shorter than three letters', () => {
    expect(nameParts('Jo Li Wang')).toEqual(['wang']);
  });
});

describe('contactTerms and dateTerms', () => {
  it('drops lines that are only labels', () => {
    expect(contactTerms('Phone / WhatsApp: 0944 123 456\nSignal').map((c) => c.display)).toEqual(['0944 123 456']);
  });

  it('gives terms only for dates precise to the month or the day', () => {
    expect(dateTerms('1985')).toEqual([]);
    expect(dateTerms('198X-03-12')).toEqual([]);
    expect(dateTerms('1985-03')).toEqual(['1985-03', '03/1985', 'March 1985', 'آذار 1985', 'مارس 1985']);
  });
});
