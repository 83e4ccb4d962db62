import { defineVocabulary } from './model';

/**
 * How the testimony reached the organisation (its provenance).
 *
 * Based on the HURIDOCS Events Standard Formats (2001, Information format: how the
 * information was obtained; Micro-thesauri 16: types of source material) and the Berkeley
 * Protocol on Digital Open Source Investigations (2020: provenance of open source material is
 * recorded so it can be verified and its chain of custody shown).
 */
export const sourceChannels = defineVocabulary({
  id: 'sourceChannels',
  basedOn: 'HURIDOCS Events Standard Formats (Information format); Berkeley Protocol on Digital Open Source Investigations',
  groups: [],
  terms: [
    { key: 'direct-interview', labels: { en: 'Interview by our team', ar: 'مقابلة أجراها فريقنا' } },
    { key: 'partner-referral', labels: { en: 'Referred by a partner organisation', ar: 'إحالة من منظمة شريكة' } },
    {
      key: 'self-submitted',
      labels: { en: 'Submitted by the person', ar: 'مقدَّمة من الشخص نفسه' },
      description: { en: 'The person contacted us and sent their account.', ar: 'تواصل الشخص معنا وأرسل إفادته.' },
    },
    {
      key: 'open-source',
      labels: { en: 'Open source', ar: 'مصدر مفتوح' },
      description: {
        en: 'Publicly available online, such as a social media post or video. Keep the address and the date it was collected.',
        ar: 'متاح للعموم على الإنترنت، كمنشور أو مقطع فيديو على وسائل التواصل الاجتماعي. احتفظ بالرابط وتاريخ الجمع.',
      },
    },
    { key: 'media-report', labels: { en: 'Media report', ar: 'تقرير إعلامي' } },
    { key: 'other', labels: { en: 'Other', ar: 'قناة أخرى' } },
  ],
});

/**
 * The source's connection to what they report.
 *
 * Based on the HURIDOCS Micro-thesauri, 19: Source connection to information (involved in
 * the event as victim, witness or perpetrator; related to participants; third party relaying
 * information; service provider), and the Eurojust/ICC guidelines for civil society
 * organisations (2022), which ask whether an account is first-hand, hearsay, from an insider,
 * from documents or from an expert, because courts weigh each differently.
 */
export const sourceConnections = defineVocabulary({
  id: 'sourceConnections',
  basedOn: 'HURIDOCS Micro-thesauri, 19: Source Connection to Information; Eurojust/ICC guidelines for civil society organisations',
  groups: [],
  terms: [
    { key: 'direct-victim', labels: { en: 'Survivor or direct victim', ar: 'ناجٍ/ناجية أو ضحية مباشرة' } },
    { key: 'eyewitness', labels: { en: 'Eyewitness', ar: 'شاهد عيان' } },
    {
      key: 'indirect-witness',
      labels: { en: 'Indirect witness', ar: 'شاهد غير مباشر' },
      description: {
        en: 'Heard it from others: a relative, a neighbour, someone who was there. Record who, when possible.',
        ar: 'سمع بما حدث من آخرين، كقريب أو جار أو شخص كان حاضرًا. دوِّن ممّن سمع إن أمكن.',
      },
    },
    {
      key: 'insider',
      labels: { en: 'Insider', ar: 'مصدر من الداخل' },
      description: {
        en: 'Linked to the perpetrators, for example a former member of the unit or group. Take particular care with their safety.',
        ar: 'على صلة بالجناة، كعنصر سابق في الوحدة أو الجماعة. احرص على سلامته بوجه خاص.',
      },
    },
    {
      key: 'documentary',
      labels: { en: 'Documents or records', ar: 'وثائق أو سجلات' },
      description: {
        en: 'The information comes from documents, photographs, videos or other records, not from a person’s memory.',
        ar: 'مصدر المعلومات وثائق أو صور أو مقاطع فيديو أو سجلات أخرى، لا ذاكرة شخص.',
      },
    },
    {
      key: 'expert',
      labels: { en: 'Expert', ar: 'خبير' },
      description: {
        en: 'A medical, forensic or other specialist giving their professional assessment.',
        ar: 'مختص طبي أو في الطب الشرعي أو غيرهما يقدّم تقييمه المهني.',
      },
    },
    { key: 'other', labels: { en: 'Other', ar: 'صلة أخرى' } },
  ],
});

/**
 * Reliability of the source (not of the information it gave), graded A to F.
 *
 * Based on the source reliability half of the Admiralty (NATO) system for evaluating
 * information, used in human rights fact-finding alongside a separate 1 to 6 credibility
 * grade for each piece of information. Keys are the letters; Arabic labels use the Arabic
 * letter sequence أ ب ج د هـ و. Most survivors are first-time sources, graded F: that says we
 * have no track record, never that they are not believed.
 */
export const reliability = defineVocabulary({
  id: 'reliability',
  basedOn: 'Admiralty (NATO) system, source reliability A to F',
  groups: [],
  terms: [
    {
      key: 'a',
      labels: { en: 'A: completely reliable', ar: 'أ: موثوق تمامًا' },
      description: {
        en: 'No doubt about the source’s authenticity, honesty or competence; everything it gave before proved accurate.',
        ar: 'لا شك في أصالة المصدر أو نزاهته أو كفاءته، وثبتت صحة كل ما قدّمه سابقًا.',
      },
    },
    {
      key: 'b',
      labels: { en: 'B: usually reliable', ar: 'ب: موثوق عادةً' },
      description: { en: 'Minor doubts about the source; most of what it gave before proved accurate.', ar: 'شكوك طفيفة حول المصدر، وثبتت صحة معظم ما قدّمه سابقًا.' },
    },
    {
      key: 'c',
      labels: { en: 'C: fairly reliable', ar: 'ج: موثوق إلى حدٍّ ما' },
      description: { en: 'Some doubts about the source, but it has given accurate information before.', ar: 'بعض الشكوك حول المصدر، لكنه قدّم معلومات صحيحة من قبل.' },
    },
    {
      key: 'd',
      labels: { en: 'D: not usually reliable', ar: 'د: غير موثوق عادةً' },
      description: { en: 'Serious doubts about the source, although it has given accurate information in the past.', ar: 'شكوك جدية حول المصدر، وإن كان قد قدّم معلومات صحيحة في الماضي.' },
    },
    {
      key: 'e',
      labels: { en: 'E: unreliable', ar: 'هـ: غير موثوق' },
      description: { en: 'The source lacks authenticity, honesty or competence, and information it gave before proved wrong.', ar: 'يفتقر المصدر إلى الأصالة أو النزاهة أو الكفاءة، وثبت خطأ معلومات قدّمها سابقًا.' },
    },
    {
      key: 'f',
      labels: { en: 'F: reliability cannot be judged', ar: 'و: لا يمكن الحكم على موثوقيته' },
      description: {
        en: 'No basis yet to judge the source, as with most people interviewed for the first time. This is not a judgement of their honesty.',
        ar: 'لا أساس بعدُ للحكم على المصدر، كحال معظم من تُجرى معهم مقابلة للمرة الأولى. ولا يعني ذلك حكمًا على صدقهم.',
      },
    },
  ],
});
