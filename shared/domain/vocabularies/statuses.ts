import { z } from 'zod';
import { deepFreeze, type LocalisedText } from './model';

/**
 * Fixed enumerations of the testimony record. Unlike the vocabularies, an organisation cannot
 * add to these: the app's behaviour depends on each value (who may edit, what may be
 * exported, what a publication may contain), so a new value needs new code, not a new label.
 */

export interface EnumValueInfo {
  readonly labels: LocalisedText;
  readonly description?: LocalisedText;
}

/** A testimony's place in the workflow, from first entry to publication. */
export const TESTIMONY_STATUSES = ['draft', 'archived', 'in-redaction', 'approved-for-publication', 'published'] as const;
export type TestimonyStatus = (typeof TESTIMONY_STATUSES)[number];
export const testimonyStatusSchema = z.enum(TESTIMONY_STATUSES, { error: 'Not a known testimony status.' });

export const TESTIMONY_STATUS_INFO: Readonly<Record<TestimonyStatus, EnumValueInfo>> = deepFreeze({
  draft: {
    labels: { en: 'Draft', ar: 'مسودة' },
    description: { en: 'Being entered; the record is not complete yet.', ar: 'قيد الإدخال، ولم يكتمل السجل بعد.' },
  },
  archived: {
    labels: { en: 'Archived', ar: 'مؤرشفة' },
    description: { en: 'Complete and kept in the archive; not being prepared for publication.', ar: 'مكتملة ومحفوظة في الأرشيف، ولا يجري إعدادها للنشر.' },
  },
  'in-redaction': {
    labels: { en: 'In redaction', ar: 'قيد التنقيح' },
    description: {
      en: 'Details that could identify a person are being removed for publication.',
      ar: 'تُحذف منها التفاصيل التي قد تكشف هوية الأشخاص تمهيدًا للنشر.',
    },
  },
  'approved-for-publication': {
    labels: { en: 'Approved for publication', ar: 'معتمدة للنشر' },
    description: { en: 'The redacted version has been reviewed and may be published.', ar: 'رُوجعت النسخة المنقَّحة ويجوز نشرها.' },
  },
  published: {
    labels: { en: 'Published', ar: 'منشورة' },
    description: { en: 'The redacted version has been published.', ar: 'نُشرت النسخة المنقَّحة.' },
  },
});

/** How much harm disclosure could do; decides who may open a testimony and how it travels. */
export const SENSITIVITY_LEVELS = ['standard', 'sensitive', 'highly-sensitive'] as const;
export type SensitivityLevel = (typeof SENSITIVITY_LEVELS)[number];
export const sensitivitySchema = z.enum(SENSITIVITY_LEVELS, { error: 'Not a known sensitivity level.' });

export const SENSITIVITY_INFO: Readonly<Record<SensitivityLevel, EnumValueInfo>> = deepFreeze({
  standard: {
    labels: { en: 'Standard', ar: 'عادية' },
    description: { en: 'Handled with the care every testimony needs.', ar: 'تُعامَل بالعناية التي تستحقها كل شهادة.' },
  },
  sensitive: {
    labels: { en: 'Sensitive', ar: 'حساسة' },
    description: { en: 'Disclosure could harm a person; share only with those who need it.', ar: 'قد يُلحق كشفها الأذى بشخص ما، فلا تُشارَك إلا مع من يحتاج إليها.' },
  },
  'highly-sensitive': {
    labels: { en: 'Highly sensitive', ar: 'شديدة الحساسية' },
    description: {
      en: 'Disclosure could put a life at risk; keep access to the fewest people possible.',
      ar: 'قد يُعرّض كشفها حياةً للخطر، فاقصر الاطلاع عليها على أقل عدد ممكن من الأشخاص.',
    },
  },
});
