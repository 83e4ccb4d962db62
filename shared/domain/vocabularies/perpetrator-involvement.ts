import { defineVocabulary } from './model';

/**
 * How an alleged perpetrator was involved in an act.
 *
 * Based on the HURIDOCS Micro-thesauri, 18: Degrees of Involvement ("directly carried out
 * the act", "gave orders that led to the act", "planned the act", "passive accomplice in the
 * act", "confirmed to be present in the execution of the act", and the failures of state
 * agents to protect: failure to exercise authority over subordinates, to act on knowledge of
 * their acts, or to prevent them), aligned with the modes of liability the International
 * Protocol on sexual violence (2017, Part C) draws from the Rome Statute, arts. 25(3) and 28.
 * What a testimony says, not a legal finding: the record keeps it as the source's account.
 */
export const perpetratorInvolvement = defineVocabulary({
  id: 'perpetratorInvolvement',
  basedOn: 'HURIDOCS Micro-thesauri, 18: Degrees of Involvement; Rome Statute arts. 25(3) and 28',
  groups: [],
  terms: [
    {
      key: 'direct-perpetrator',
      labels: { en: 'Carried out the act', ar: 'نفّذ الفعل بنفسه' },
      description: { en: 'The direct perpetrator.', ar: 'المرتكب المباشر.' },
    },
    {
      key: 'ordered',
      labels: { en: 'Ordered the act', ar: 'أمر بارتكاب الفعل' },
      description: { en: 'Gave orders that led to the act.', ar: 'أصدر أوامر أدّت إلى ارتكاب الفعل.' },
    },
    { key: 'planned', labels: { en: 'Planned or instigated the act', ar: 'خطّط للفعل أو حرّض عليه' } },
    {
      key: 'aided-or-complicit',
      labels: { en: 'Aided or was complicit', ar: 'ساعد على الفعل أو تواطأ فيه' },
      description: {
        en: 'Helped, supplied the means, or knowingly let it happen, without carrying it out.',
        ar: 'قدّم المساعدة أو الوسائل، أو سمح بوقوعه عن علم، دون أن ينفذه بنفسه.',
      },
    },
    {
      key: 'present',
      labels: { en: 'Present during the act', ar: 'كان حاضرًا في أثناء الفعل' },
      description: {
        en: 'Known to have been there while the act was carried out; any further part is not known.',
        ar: 'من المعروف أنه كان حاضرًا في أثناء ارتكاب الفعل، ولا يُعرف له دور آخر.',
      },
    },
    {
      key: 'failed-to-prevent-or-punish',
      labels: { en: 'Failed to prevent or punish (command responsibility)', ar: 'تقاعس عن منع الفعل أو المعاقبة عليه (مسؤولية القادة والرؤساء)' },
      description: {
        en: 'A superior who knew, or should have known, that subordinates committed or were about to commit the act, and did not prevent it or punish them.',
        ar: 'رئيس علم، أو كان ينبغي أن يعلم، أن مرؤوسيه ارتكبوا الفعل أو كانوا على وشك ارتكابه، ولم يمنعهم أو يعاقبهم.',
      },
    },
    { key: 'other', labels: { en: 'Other involvement', ar: 'شكل آخر من التورط' } },
    { key: 'unknown', labels: { en: 'Not known', ar: 'غير معروف' } },
  ],
});
