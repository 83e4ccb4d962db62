import { defineVocabulary } from './model';

/**
 * How an account was taken.
 *
 * Based on the Eurojust/ICC "Documenting international crimes and human rights violations
 * for criminal accountability purposes: guidelines for civil society organisations" (2022,
 * taking a person's account, including remotely), and the International Protocol on the
 * Documentation and Investigation of Sexual Violence in Conflict (2017, section 7: interview
 * settings). A court weighs an account by how it was taken, so the mode is recorded, not guessed.
 */
export const interviewModes = defineVocabulary({
  id: 'interviewModes',
  basedOn: 'Eurojust/ICC guidelines for civil society organisations; International Protocol on the Documentation and Investigation of Sexual Violence in Conflict',
  groups: [],
  terms: [
    { key: 'in-person', labels: { en: 'In person', ar: 'مقابلة حضورية' } },
    { key: 'remote-video', labels: { en: 'Remote, by video', ar: 'مقابلة عن بُعد بالفيديو' } },
    {
      key: 'remote-audio',
      labels: { en: 'Remote, audio only', ar: 'مقابلة عن بُعد بالصوت فقط' },
      description: { en: 'A telephone or voice call.', ar: 'مكالمة هاتفية أو صوتية.' },
    },
    {
      key: 'recorded-by-witness',
      labels: { en: 'Recorded by the witness', ar: 'تسجيل ذاتي من الشاهد' },
      description: {
        en: 'A statement the person recorded themselves, with no interviewer present.',
        ar: 'إفادة سجّلها الشخص بنفسه دون حضور من يجري المقابلة.',
      },
    },
    { key: 'written-submission', labels: { en: 'Written submission', ar: 'إفادة مكتوبة' } },
  ],
});

/**
 * How the interview itself was kept.
 *
 * Based on the Eurojust/ICC guidelines for civil society organisations (2022, recording the
 * account: audio or video recording with consent, otherwise notes) and the International
 * Protocol (2017, section 7.5: recording interview information). "Not recorded" is a real
 * answer: sometimes a recording would put the person at risk.
 */
export const recordingMethods = defineVocabulary({
  id: 'recordingMethods',
  basedOn: 'Eurojust/ICC guidelines for civil society organisations; International Protocol on the Documentation and Investigation of Sexual Violence in Conflict',
  groups: [],
  terms: [
    { key: 'audio-recording', labels: { en: 'Audio recording', ar: 'تسجيل صوتي' } },
    { key: 'video-recording', labels: { en: 'Video recording', ar: 'تسجيل مصوَّر (فيديو)' } },
    { key: 'handwritten-notes', labels: { en: 'Handwritten notes', ar: 'ملاحظات مكتوبة بخط اليد' } },
    { key: 'typed-notes', labels: { en: 'Typed notes', ar: 'ملاحظات مكتوبة على حاسوب أو هاتف' } },
    {
      key: 'none',
      labels: { en: 'Not recorded', ar: 'دون تسجيل' },
      description: {
        en: 'Nothing was recorded or written during the interview, for example for the person’s safety.',
        ar: 'لم يُسجَّل أو يُدوَّن شيء في أثناء المقابلة، لسلامة الشخص مثلًا.',
      },
    },
  ],
});

/**
 * How informed consent was given and can be shown.
 *
 * Based on the International Protocol (2017, section 6.1: informed consent, written or oral,
 * documented), the Murad Code (2022: consent that is informed, specific and can be withdrawn)
 * and the Eurojust/ICC guidelines (2022: recording consent). Oral consent before a witness
 * exists because a signature or a recorded voice can itself endanger a person.
 */
export const consentMethods = defineVocabulary({
  id: 'consentMethods',
  basedOn: 'International Protocol on the Documentation and Investigation of Sexual Violence in Conflict; Murad Code; Eurojust/ICC guidelines for civil society organisations',
  groups: [],
  terms: [
    { key: 'written-form', labels: { en: 'Signed written form', ar: 'استمارة موافقة مكتوبة وموقَّعة' } },
    {
      key: 'oral-on-recording',
      labels: { en: 'Oral, on the recording', ar: 'موافقة شفهية مسجَّلة' },
      description: { en: 'Note where on the recording consent was given.', ar: 'دوِّن موضع الموافقة في التسجيل.' },
    },
    {
      key: 'oral-witnessed',
      labels: { en: 'Oral, before a witness', ar: 'موافقة شفهية بحضور شاهد' },
      description: {
        en: 'Given orally and confirmed by a second person present, when signing or recording would put the person at risk.',
        ar: 'موافقة شفهية يؤكدها شخص ثانٍ حاضر، حين يعرّض التوقيع أو التسجيل الشخصَ للخطر.',
      },
    },
    { key: 'other', labels: { en: 'Other', ar: 'طريقة أخرى' } },
  ],
});
