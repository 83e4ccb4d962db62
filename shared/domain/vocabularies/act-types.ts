import { defineVocabulary, type LocalisedText, type VocabularyGroup, type VocabularyTerm } from './model';

/**
 * Types of acts, grouped by the right or protection they violate.
 *
 * Based on the HURIDOCS Micro-thesauri (2001), list 4 "Types of Acts" (its right-to-life,
 * personal integrity, liberty, movement/residence, property and children branches), with the
 * forms of sexual violence of the International Protocol on the Documentation and
 * Investigation of Sexual Violence in Conflict (2nd ed. 2017, Part A: rape, sexual slavery,
 * enforced prostitution, forced pregnancy, enforced sterilisation, other sexual violence of
 * comparable gravity), and the acts the Rome Statute (arts. 6 to 8) and the UN's six grave
 * violations against children name, so that an act maps onto the crimes a prosecutor or a
 * UN mechanism works with (Eurojust/ICC guidelines for civil society organisations, 2022).
 * Terms are neutral about who the perpetrator was: that is recorded on the event.
 */

const GROUPS = [
  { key: 'right-to-life', labels: { en: 'Violations of the right to life', ar: 'انتهاكات الحق في الحياة' } },
  { key: 'physical-integrity', labels: { en: 'Torture and violations of physical and mental integrity', ar: 'التعذيب وانتهاكات السلامة الجسدية والنفسية' } },
  { key: 'liberty', labels: { en: 'Deprivation of liberty and of a fair trial', ar: 'الحرمان من الحرية ومن المحاكمة العادلة' } },
  { key: 'sexual-gender-based-violence', labels: { en: 'Sexual and gender-based violence', ar: 'العنف الجنسي والعنف القائم على النوع الاجتماعي' } },
  { key: 'displacement', labels: { en: 'Displacement and freedom of movement', ar: 'التهجير وحرية التنقل' } },
  { key: 'property-livelihood', labels: { en: 'Property and livelihood', ar: 'الممتلكات وسبل العيش' } },
  { key: 'medical-education-relief', labels: { en: 'Medical care, education and humanitarian relief', ar: 'الرعاية الصحية والتعليم والإغاثة الإنسانية' } },
  { key: 'cultural-heritage', labels: { en: 'Cultural heritage and places of worship', ar: 'التراث الثقافي ودور العبادة' } },
  { key: 'children', labels: { en: 'Violations against children', ar: 'الانتهاكات بحق الأطفال' } },
  { key: 'other', labels: { en: 'Other violations', ar: 'انتهاكات أخرى' } },
] as const satisfies readonly VocabularyGroup[];

type GroupKey = (typeof GROUPS)[number]['key'];

function act(group: GroupKey, key: string, en: string, ar: string, description?: LocalisedText): VocabularyTerm {
  return description ? { key, group, labels: { en, ar }, description } : { key, group, labels: { en, ar } };
}

const TERMS: VocabularyTerm[] = [
  // Right to life (HURIDOCS 01: deliberate killings, killings in conflict, massacres, deaths in certain locations).
  act('right-to-life', 'extrajudicial-execution', 'Extrajudicial execution', 'الإعدام خارج نطاق القضاء', {
    en: 'A deliberate killing by state agents, or by others with their consent, outside any legal process, including summary or field executions.',
    ar: 'قتل متعمَّد ينفذه موظفو الدولة أو غيرهم بموافقتها خارج أي إجراء قانوني، ويشمل الإعدام الميداني والإعدام بإجراءات موجزة.',
  }),
  act('right-to-life', 'targeted-killing', 'Targeted killing or assassination', 'الاغتيال أو القتل المستهدف', {
    en: 'The deliberate killing of a specific person, by any party.',
    ar: 'قتل شخص بعينه عمدًا، أيًّا كانت الجهة المنفذة.',
  }),
  act('right-to-life', 'killing-in-attack-on-civilians', 'Killing of civilians in an attack', 'قتل المدنيين في الهجمات', {
    en: 'Civilians killed in a direct or indiscriminate attack, such as shelling, an air strike, sniping or an explosive device.',
    ar: 'مقتل مدنيين في هجوم مباشر أو عشوائي، كالقصف المدفعي أو الجوي أو القنص أو العبوات الناسفة.',
  }),
  act('right-to-life', 'massacre', 'Massacre or mass killing', 'المجازر والقتل الجماعي'),
  act('right-to-life', 'death-in-custody', 'Death in custody', 'الوفاة في أثناء الاحتجاز', {
    en: 'Death while held by any authority or armed group, whatever the cause given.',
    ar: 'الوفاة في أثناء الاحتجاز لدى أي سلطة أو جماعة مسلحة، أيًّا كان السبب المعلَن.',
  }),
  act('right-to-life', 'death-under-torture', 'Death as a result of torture', 'الوفاة بسبب التعذيب'),
  act('right-to-life', 'attempted-killing', 'Attempted killing', 'الشروع في القتل'),

  // Physical and mental integrity (HURIDOCS 02; UN Convention against Torture, art. 1 and 16).
  act('physical-integrity', 'torture', 'Torture', 'التعذيب', {
    en: 'Severe physical or mental pain or suffering inflicted on purpose, for example to obtain information or a confession, to punish, to intimidate or to discriminate.',
    ar: 'إلحاق ألم أو عذاب شديد، جسديًّا كان أم نفسيًّا، عن قصد، كانتزاع المعلومات أو الاعترافات أو العقاب أو التخويف أو التمييز.',
  }),
  act('physical-integrity', 'cruel-inhuman-treatment', 'Cruel, inhuman or degrading treatment', 'المعاملة القاسية أو اللاإنسانية أو المهينة', {
    en: 'Ill-treatment that humiliates or causes suffering without reaching the severity or purpose of torture.',
    ar: 'سوء معاملة يُذِلّ الشخص أو يسبب له المعاناة دون أن يبلغ شدة التعذيب أو غايته.',
  }),
  act('physical-integrity', 'physical-assault', 'Physical assault or beating', 'الاعتداء الجسدي أو الضرب'),
  act('physical-integrity', 'injury-in-attack', 'Injury in an attack', 'الإصابة في هجوم'),
  act('physical-integrity', 'mutilation', 'Mutilation', 'التشويه البدني', {
    en: 'Permanently disfiguring or disabling a person, or removing an organ or limb; mutilation of the dead can be recorded here too.',
    ar: 'تشويه جسد الشخص أو إعاقته بصورة دائمة أو بتر عضو أو طرف منه، ويمكن تسجيل التمثيل بالجثث هنا أيضًا.',
  }),
  act('physical-integrity', 'threats-harassment', 'Threats, harassment or surveillance', 'التهديد أو المضايقة أو المراقبة', {
    en: 'Including death threats and threats against relatives.',
    ar: 'ويشمل ذلك التهديد بالقتل وتهديد الأقارب.',
  }),

  // Liberty and fair trial (HURIDOCS 03 and the rights of detained and accused persons).
  act('liberty', 'arbitrary-detention', 'Arbitrary arrest or detention', 'الاعتقال أو الاحتجاز التعسفي', {
    en: 'Deprivation of liberty without a legal basis or without the guarantees of due process.',
    ar: 'الحرمان من الحرية دون سند قانوني أو دون ضمانات الإجراءات القانونية الواجبة.',
  }),
  act('liberty', 'enforced-disappearance', 'Enforced disappearance', 'الإخفاء القسري', {
    en: 'Deprivation of liberty by the state, or with its support or consent, followed by a refusal to acknowledge it or by hiding the person’s fate or whereabouts.',
    ar: 'حرمان شخص من حريته على يد الدولة أو بدعمها أو موافقتها، يعقبه رفض الاعتراف بذلك أو إخفاء مصيره أو مكان وجوده.',
  }),
  act('liberty', 'abduction', 'Abduction or kidnapping', 'الاختطاف', {
    en: 'Taking a person by force or deception, by any party.',
    ar: 'أخذ شخص بالقوة أو بالخداع، أيًّا كانت الجهة المنفذة.',
  }),
  act('liberty', 'hostage-taking', 'Hostage-taking', 'أخذ الرهائن'),
  act('liberty', 'enslavement', 'Enslavement or forced labour', 'الاسترقاق أو العمل القسري', {
    en: 'Treating a person as property, including forced labour and trafficking in persons.',
    ar: 'معاملة الشخص كأنه ملكية، ويشمل ذلك العمل القسري والاتجار بالأشخاص.',
  }),
  act('liberty', 'inhumane-detention-conditions', 'Inhumane conditions of detention', 'ظروف الاحتجاز اللاإنسانية', {
    en: 'For example overcrowding, or deprivation of food, water, light, hygiene or medical care.',
    ar: 'كالاكتظاظ، أو الحرمان من الطعام أو الماء أو الضوء أو النظافة أو الرعاية الطبية.',
  }),
  act('liberty', 'denial-of-fair-trial', 'Denial of a fair trial', 'الحرمان من المحاكمة العادلة', {
    en: 'For example trial before an exceptional or field court, conviction on a confession obtained under duress, or no access to a lawyer.',
    ar: 'كالمحاكمة أمام محكمة استثنائية أو ميدانية، أو الإدانة باعتراف انتُزع بالإكراه، أو الحرمان من التواصل مع محامٍ.',
  }),

  // Sexual and gender-based violence (International Protocol, Part A; Rome Statute art. 7(1)(g), 8(2)(b)(xxii)).
  act('sexual-gender-based-violence', 'rape', 'Rape', 'الاغتصاب', {
    en: 'Rape of a person of any gender.',
    ar: 'اغتصاب شخص أيًّا كان جنسه.',
  }),
  act('sexual-gender-based-violence', 'sexual-slavery', 'Sexual slavery', 'الاستعباد الجنسي'),
  act('sexual-gender-based-violence', 'enforced-prostitution', 'Enforced prostitution', 'الإكراه على البغاء'),
  act('sexual-gender-based-violence', 'forced-pregnancy', 'Forced pregnancy', 'الحمل القسري'),
  act('sexual-gender-based-violence', 'enforced-sterilisation', 'Enforced sterilisation', 'التعقيم القسري'),
  act('sexual-gender-based-violence', 'forced-nudity', 'Forced nudity', 'التعرية القسرية'),
  act('sexual-gender-based-violence', 'forced-marriage', 'Forced marriage', 'الزواج القسري', {
    en: 'Including the marriage of a child.',
    ar: 'ويشمل ذلك تزويج الأطفال.',
  }),
  act('sexual-gender-based-violence', 'other-sexual-violence', 'Other sexual violence', 'أشكال أخرى من العنف الجنسي', {
    en: 'Such as sexual assault, violence to the genitals, sexual humiliation, threats of rape, or forcing a person to watch sexual violence, against a person of any gender.',
    ar: 'كالاعتداء الجنسي، أو العنف الموجَّه إلى الأعضاء التناسلية، أو الإذلال الجنسي، أو التهديد بالاغتصاب، أو إجبار شخص على مشاهدة العنف الجنسي، أيًّا كان جنس الضحية.',
  }),

  // Displacement and movement (HURIDOCS: displacement, exile, expulsion, siege; Rome Statute art. 7(1)(d)).
  act('displacement', 'forced-displacement', 'Forced displacement', 'التهجير القسري', {
    en: 'Forcing people to leave their homes or area within the country, including preventing their return.',
    ar: 'إجبار السكان على مغادرة منازلهم أو مناطقهم داخل البلد، ويشمل ذلك منعهم من العودة إليها.',
  }),
  act('displacement', 'deportation', 'Deportation', 'الترحيل القسري', {
    en: 'Forcibly moving people across a state border.',
    ar: 'نقل الأشخاص قسرًا إلى خارج حدود الدولة.',
  }),
  act('displacement', 'siege', 'Siege or blockade', 'الحصار'),

  // Property and livelihood (HURIDOCS: pillage, destruction, extortion, confiscation, expropriation).
  act('property-livelihood', 'destruction-of-property', 'Destruction of property', 'تدمير الممتلكات'),
  act('property-livelihood', 'pillage', 'Pillage or looting', 'النهب'),
  act('property-livelihood', 'confiscation-of-property', 'Seizure or confiscation of property', 'الاستيلاء على الممتلكات أو مصادرتها', {
    en: 'Including land, homes and the documents that prove ownership.',
    ar: 'ويشمل ذلك الأراضي والمنازل ووثائق إثبات الملكية.',
  }),
  act('property-livelihood', 'extortion', 'Extortion', 'الابتزاز', {
    en: 'Demanding money or goods under threat, including payment for news of a detainee or for their release.',
    ar: 'طلب المال أو الممتلكات تحت التهديد، ويشمل ذلك الدفع مقابل معرفة مصير محتجز أو الإفراج عنه.',
  }),

  // Protected sites and relief (Rome Statute art. 8(2)(b)(ix), (xxiv), (xxv); the six grave violations).
  act('medical-education-relief', 'attack-on-medical-care', 'Attack on medical facilities or personnel', 'الاعتداء على المنشآت أو الكوادر الطبية'),
  act('medical-education-relief', 'attack-on-education', 'Attack on schools or education facilities', 'الاعتداء على المدارس أو المنشآت التعليمية'),
  act('medical-education-relief', 'denial-of-humanitarian-access', 'Denial of humanitarian access', 'منع وصول المساعدات الإنسانية'),
  act('medical-education-relief', 'starvation', 'Starvation of civilians', 'تجويع المدنيين', {
    en: 'Depriving civilians of what they need to survive, such as food, water or medicine.',
    ar: 'حرمان المدنيين مما لا غنى عنه لبقائهم، كالغذاء أو الماء أو الدواء.',
  }),

  // Cultural heritage (Rome Statute art. 8(2)(b)(ix); 1954 Hague Convention).
  act('cultural-heritage', 'attack-on-cultural-heritage', 'Attack on cultural heritage', 'الاعتداء على التراث الثقافي', {
    en: 'Destroying, damaging or looting historic monuments, archaeological sites, museums, archives or libraries.',
    ar: 'تدمير المعالم التاريخية أو المواقع الأثرية أو المتاحف أو المحفوظات أو المكتبات أو إلحاق الضرر بها أو نهبها.',
  }),
  act('cultural-heritage', 'attack-on-place-of-worship', 'Attack on places of worship', 'الاعتداء على دور العبادة'),

  // Children (UN Security Council resolution 1612: six grave violations against children).
  act('children', 'recruitment-of-children', 'Recruitment or use of children by armed forces or groups', 'تجنيد الأطفال أو استخدامهم في القوات أو الجماعات المسلحة', {
    en: 'In any role, not only fighting.',
    ar: 'في أي دور، لا في القتال وحده.',
  }),
  act('children', 'abduction-of-children', 'Abduction of children', 'اختطاف الأطفال'),

  // Other.
  act('other', 'persecution', 'Persecution', 'الاضطهاد', {
    en: 'Severe deprivation of fundamental rights because of a person’s political, ethnic, religious, gender or other identity.',
    ar: 'حرمان شديد من الحقوق الأساسية بسبب هوية الشخص السياسية أو العرقية أو الدينية أو الجندرية أو غيرها.',
  }),
  act('other', 'other', 'Other violation', 'انتهاك آخر', {
    en: 'Describe the act in the event’s description, or ask for a term to be added to the list.',
    ar: 'صِف الفعل في وصف الحدث، أو اطلب إضافة مصطلح جديد إلى القائمة.',
  }),
];

export const actTypes = defineVocabulary({
  id: 'actTypes',
  basedOn: 'HURIDOCS Micro-thesauri, 4: Types of Acts; International Protocol on the Documentation and Investigation of Sexual Violence in Conflict',
  groups: GROUPS,
  terms: TERMS,
});
