import { defineVocabulary } from './model';

/**
 * A person's part in a testimony.
 *
 * Based on the HURIDOCS Events Standard Formats (2001), whose person records take the roles
 * of victim, source and perpetrator, refined as the Eurojust/ICC guidelines for civil society
 * organisations (2022) and the Murad Code (2022) ask: a survivor is not reduced to "victim"
 * (the Murad Code asks that people be described in the words they choose), a family member
 * speaking for a disappeared or killed relative is recorded as such, and a perpetrator is only
 * ever "alleged" in a testimony. Arabic labels name both genders where the word has two forms.
 */
export const personRoles = defineVocabulary({
  id: 'personRoles',
  basedOn: 'HURIDOCS Events Standard Formats (person roles); Eurojust/ICC guidelines for civil society organisations; Murad Code',
  groups: [],
  terms: [
    {
      key: 'witness',
      labels: { en: 'Witness', ar: 'شاهد/شاهدة' },
      description: { en: 'Saw or heard what happened, or knows of it.', ar: 'رأى ما حدث أو سمعه، أو لديه علم به.' },
    },
    {
      key: 'survivor',
      labels: { en: 'Survivor', ar: 'ناجٍ/ناجية' },
      description: {
        en: 'Lived through the violation and speaks about it. Many people prefer this word to victim: use the word the person chooses.',
        ar: 'تعرّض للانتهاك ونجا منه ويتحدث عنه. يفضّل كثيرون هذه الكلمة على كلمة ضحية، فاستخدم الكلمة التي يختارها الشخص نفسه.',
      },
    },
    {
      key: 'victim',
      labels: { en: 'Victim', ar: 'ضحية' },
      description: {
        en: 'Harmed by a violation and not speaking for themselves here, for example killed, disappeared or not interviewed.',
        ar: 'تضرّر من الانتهاك ولا يتحدث عن نفسه هنا، كأن يكون قد قُتل أو أُخفي قسرًا أو لم تُجرَ معه مقابلة.',
      },
    },
    {
      key: 'family-member',
      labels: { en: 'Family member', ar: 'فرد من العائلة' },
      description: {
        en: 'A relative speaking about a victim, such as a disappeared, detained or killed person.',
        ar: 'أحد الأقارب يتحدث عن ضحية، كشخص مختفٍ أو محتجز أو مقتول.',
      },
    },
    {
      key: 'alleged-perpetrator',
      labels: { en: 'Alleged perpetrator', ar: 'جانٍ مزعوم' },
      description: {
        en: 'Named in the testimony as responsible for an act. A testimony does not establish guilt.',
        ar: 'ذُكر في الشهادة بوصفه مسؤولًا عن فعل ما. لا تُثبت الشهادة وحدها الإدانة.',
      },
    },
    { key: 'other', labels: { en: 'Other', ar: 'دور آخر' } },
  ],
});

/**
 * Sex or gender, as the person describes themselves.
 *
 * Based on the Murad Code (2022: respect for the survivor's own identity and words) and the
 * International Protocol on the Documentation and Investigation of Sexual Violence in Conflict
 * (2017: sexual violence happens to people of every gender, and assumptions about gender hide
 * it). "Prefers not to say" and "not known" are different answers: the first is the person's
 * choice and is respected, the second says nobody asked.
 */
export const sexGender = defineVocabulary({
  id: 'sexGender',
  basedOn: 'Murad Code; International Protocol on the Documentation and Investigation of Sexual Violence in Conflict',
  groups: [],
  terms: [
    { key: 'female', labels: { en: 'Female', ar: 'أنثى' } },
    { key: 'male', labels: { en: 'Male', ar: 'ذكر' } },
    {
      key: 'other',
      labels: { en: 'Another identity', ar: 'هوية أخرى' },
      description: { en: 'Record it in the person’s own words in the notes.', ar: 'دوِّنها في الملاحظات بكلمات الشخص نفسه.' },
    },
    {
      key: 'prefer-not-to-say',
      labels: { en: 'Prefers not to say', ar: 'تفضيل عدم الإفصاح' },
      description: { en: 'The person chose not to answer. Do not fill it in from other clues.', ar: 'اختار الشخص ألا يجيب. لا تستنتج الإجابة من قرائن أخرى.' },
    },
    {
      key: 'unknown',
      labels: { en: 'Not known', ar: 'غير معروف' },
      description: {
        en: 'Not asked or not known, for example for a person who was not interviewed. Do not guess.',
        ar: 'لم يُسأل الشخص أو المعلومة غير معروفة، كأن يكون الشخص لم تُجرَ معه مقابلة. لا تخمّن.',
      },
    },
  ],
});
