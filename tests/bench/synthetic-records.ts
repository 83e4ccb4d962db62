import { randomUUID } from 'node:crypto';
import { eventSchema, interviewSessionSchema, personIdentitySchema, testimonyOverviewSchema, type Person } from '../../shared/domain/record';
import type { Db } from '../../electron/core/db/connection';
import { insertTestimony } from '../../electron/core/db/queries/testimonies';
import { insertPerson } from '../../electron/core/db/queries/people';
import { saveOverview, upsertEvent, upsertLink, upsertSession } from '../../electron/core/db/queries/records';
import { edtfBounds, refreshDerived } from '../../electron/core/records/record-store';

/**
 * Deterministic synthetic testimonies for the search benchmark: Arabic and English notes of
 * about 100 words each (10,000 testimonies: about a million words), names and places drawn
 * from lists so that queries have realistic hit rates.
 */
const AR_WORDS =
  'اعتقال حاجز مدينة قرية منزل عائلة أخي أبي أمي الجيش الأمن فرع سجن تعذيب ضرب كهرباء زنزانة ليلة صباح سيارة طريق مستشفى طبيب جرح قصف طائرة برميل سوق مدرسة طفل طفلة امرأة رجل شيخ جار صديق هاتف رسالة خوف هروب حدود مخيم خيمة شتاء صيف ماء خبز دواء محكمة قاضي محامي شهادة ذاكرة صورة اسم رقم يوم شهر سنة'.split(' ');
const EN_WORDS =
  'arrest checkpoint city village house family brother father mother army security branch prison torture beating electricity cell night morning car road hospital doctor wound shelling aircraft barrel market school child girl woman man elder neighbour friend phone message fear escape border camp tent winter summer water bread medicine court judge lawyer testimony memory photo name number day month year'.split(' ');
const NAMES = ['أحمد', 'محمد', 'مصطفى', 'فاطمة', 'عائشة', 'إبراهيم', 'يوسف', 'مريم', 'خالد', 'سارة', 'عمر', 'ليلى', 'حسن', 'زينب', 'علي', 'نور'];
const FAMILIES = ['الحلبي', 'الخطيب', 'السوري', 'العلي', 'الأحمد', 'الشامي', 'الكردي', 'المصري', 'النجار', 'الحداد'];
const PLACES = ['حلب', 'حمص', 'إدلب', 'دمشق', 'درعا', 'الرقة', 'دير الزور', 'الموصل', 'سنجار', 'كركوك', 'Aleppo', 'Homs', 'Idlib', 'Mosul', 'Sinjar'];
const ACTS = ['arbitrary-detention', 'torture', 'enforced-disappearance', 'forced-displacement', 'destruction-of-property'];

/** A small deterministic generator (xorshift), so every run builds the same vault. */
function rng(seed: number) {
  let x = seed || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

export interface SyntheticVault {
  testimonies: number;
  words: number;
}

export function fillSynthetic(db: Db, count: number, seed = 42): SyntheticVault {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const sentence = (words: number) => Array.from({ length: words }, () => (rand() < 0.7 ? pick(AR_WORDS) : pick(EN_WORDS))).join(' ');
  let words = 0;
  const now = '2025-01-01T00:00:00.000Z';
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      const code = `SY-${String(2000 + (i % 25))}-${String(i).padStart(5, '0')}`;
      const title = `${pick(['شهادة', 'Testimony'])} ${pick(PLACES)} ${i}`;
      insertTestimony(db, { id, code, title, now, identity: 'AGE-SECRET-KEY-1SYNTHETIC', recipient: 'age1synthetic' });
      const summary = sentence(60);
      const notes = sentence(30);
      words += 90;
      saveOverview(db, id, testimonyOverviewSchema.parse({ code, title, summary, languages: [rand() < 0.7 ? 'ar' : 'en'], tags: [pick(PLACES)] }), now);
      const person: Person = {
        id: randomUUID(),
        code: `P-${i}`,
        identity: personIdentitySchema.parse({ legalName: `${pick(NAMES)} ${pick(NAMES)} ${pick(FAMILIES)}` }),
      };
      insertPerson(db, person, now);
      upsertLink(db, id, { personId: person.id, role: 'survivor', ageAtEvents: '', notes: '' });
      const year = 2011 + Math.floor(rand() * 13);
      const session = interviewSessionSchema.parse({ id: randomUUID(), date: `${year + 1}-0${1 + Math.floor(rand() * 9)}`, place: { text: pick(PLACES) }, interviewers: [pick(NAMES)], wellbeingNotes: notes });
      upsertSession(db, id, session, edtfBounds(session.date));
      const event = eventSchema.parse({ id: randomUUID(), actType: pick(ACTS), date: `${year}`, place: { text: `${pick(['في', 'ب', 'قرب'])}${pick(PLACES)}` }, description: sentence(10), victims: [person.id] });
      words += 10;
      upsertEvent(db, id, event, edtfBounds(event.date));
      refreshDerived(db, id);
    }
  })();
  return { testimonies: count, words };
}

/** Queries as interviewers type them: names without hamza or diacritics, places, words in both languages. */
export const BENCH_QUERIES = ['احمد', 'مصطفي', 'فاطمه', 'ابراهيم الحلبي', 'حلب', 'الموصل', 'سنجار', 'تعذيب', 'torture', 'checkpoint', 'اعتقال حاجز', 'مستشفي', 'mosul', 'دير الزور', 'زنزانه', 'family', 'SY-2010', 'طفله', 'عايشه', 'الخطيب'];
