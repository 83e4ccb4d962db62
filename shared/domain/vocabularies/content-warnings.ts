import { defineVocabulary } from './model';

/**
 * Content warnings for the people who will read a transcript or listen to a recording:
 * editors, translators, custodians and, after publication, readers.
 *
 * Based on the "do no harm" duty towards everyone who handles the material in the Murad Code
 * (2022) and the International Protocol on the Documentation and Investigation of Sexual
 * Violence in Conflict (2017, on secondary trauma of documenters), and on the Berkeley Protocol
 * on Digital Open Source Investigations (2020, on limiting exposure to graphic material by
 * warning before it is viewed). The terms follow what the material contains, in words a reader
 * recognises, not legal qualifications (that is what act types are for).
 */
export const contentWarnings = defineVocabulary({
  id: 'contentWarnings',
  basedOn: 'Murad Code; International Protocol on the Documentation and Investigation of Sexual Violence in Conflict; Berkeley Protocol on Digital Open Source Investigations',
  groups: [],
  terms: [
    { key: 'torture', labels: { en: 'Torture', ar: 'التعذيب' } },
    { key: 'sexual-violence', labels: { en: 'Sexual violence', ar: 'العنف الجنسي' } },
    { key: 'killing', labels: { en: 'Killing', ar: 'القتل' } },
    { key: 'death-of-a-child', labels: { en: 'Death of a child', ar: 'وفاة طفل' } },
    {
      key: 'child-abuse',
      labels: { en: 'Abuse of a child', ar: 'الإساءة إلى طفل' },
      description: { en: 'Including sexual abuse of a child.', ar: 'ويشمل ذلك الاعتداء الجنسي على طفل.' },
    },
    {
      key: 'graphic-injury',
      labels: { en: 'Graphic injuries', ar: 'وصف صريح للإصابات' },
      description: { en: 'Detailed descriptions of wounds or bodily harm.', ar: 'وصف مفصَّل للجروح أو الأذى الجسدي.' },
    },
    { key: 'mutilation', labels: { en: 'Mutilation', ar: 'التشويه البدني' } },
    {
      key: 'dead-bodies',
      labels: { en: 'Dead bodies', ar: 'الجثث' },
      description: { en: 'Descriptions of dead bodies or mass graves.', ar: 'وصف الجثث أو المقابر الجماعية.' },
    },
    {
      key: 'enforced-disappearance',
      labels: { en: 'Enforced disappearance', ar: 'الإخفاء القسري' },
      description: { en: 'A family’s search for a person whose fate is unknown.', ar: 'بحث عائلة عن شخص لا يُعرف مصيره.' },
    },
    { key: 'detention-conditions', labels: { en: 'Conditions of detention', ar: 'ظروف الاحتجاز' } },
    { key: 'suicide-self-harm', labels: { en: 'Suicide or self-harm', ar: 'الانتحار أو إيذاء النفس' } },
    { key: 'starvation', labels: { en: 'Starvation', ar: 'التجويع' } },
    {
      key: 'bombardment',
      labels: { en: 'Bombardment and explosions', ar: 'القصف والانفجارات' },
      description: {
        en: 'Accounts of shelling or air strikes; a recording may contain the sound of explosions or gunfire.',
        ar: 'روايات عن قصف مدفعي أو جوي، وقد يتضمن التسجيل أصوات انفجارات أو إطلاق نار.',
      },
    },
    {
      key: 'hate-speech',
      labels: { en: 'Hate speech or slurs', ar: 'خطاب الكراهية أو الشتائم' },
      description: { en: 'Insults or threats quoted as they were said.', ar: 'شتائم أو تهديدات منقولة كما قيلت.' },
    },
    {
      key: 'speaker-in-distress',
      labels: { en: 'Speaker in distress', ar: 'ضيق شديد لدى المتحدث' },
      description: { en: 'The person speaking cries or is in acute distress in the recording.', ar: 'يبكي المتحدث أو يمرّ بضيق شديد في أثناء التسجيل.' },
    },
  ],
});
