import type { Translation } from '../en';

/** Arabic strings of the users screens: the same keys as English. */
export const users: Translation['users'] = {
  open: 'المستخدمون',
  title: 'المستخدمون',
  intro: 'لكل شخص اسم مستخدم وعبارة مرور خاصّان به، ودور يحدّد ما يستطيع فعله. لا يلزم أن يكون اسم المستخدم اسمًا حقيقيًا.',
  signedInAs: 'دخلت باسم {{name}}، {{role}}',
  listLabel: 'الأشخاص الذين يستطيعون فتح هذه الخزنة',
  you: 'أنت',
  columns: { username: 'اسم المستخدم', displayName: 'الاسم', role: 'الدور', actions: 'إجراءات' },
  roles: {
    interviewer: 'مُجري مقابلات',
    editor: 'محرّر',
    custodian: 'أمين حفظ',
    administrator: 'مسؤول',
  },
  roleHints: {
    interviewer: 'يؤرشف الشهادات: السجلات والأشخاص والتسجيلات والملفات والتفريغات.',
    editor: 'يُعدّ السرديات المنقّحة. لا يرى إلا الرموز والأسماء المستعارة: لا يرى بيانات الهوية أبدًا، ولا يصدّر الأصول أبدًا.',
    custodian: 'يحفظ الأصول: فحوص السلامة والنسخ الاحتياطية وحزم العهدة المختومة.',
    administrator: 'كل شيء، ويدير المستخدمين.',
  },
  add: {
    title: 'إضافة مستخدم',
    username: 'اسم المستخدم',
    usernameHint: 'ما يكتبه لفتح الخزنة: حروف أو أرقام أو نقاط أو شرطات أو شرطات سفلية. لا يحفظ ملف الخزنة منه إلا بصمة مفتاحية.',
    displayName: 'الاسم الظاهر في سجل التدقيق',
    role: 'الدور',
    passphrase: 'عبارة المرور الخاصة به',
    passphraseHint: 'اطلب منه أن يكتبها بنفسه هنا. {{min, number}} حرفًا على الأقل.',
    submit: 'إضافة المستخدم',
    adding: 'جارٍ الإضافة…',
    added: 'يستطيع {{name}} الآن فتح الخزنة باسم «{{username}}».',
  },
  remove: {
    button: 'إزالة',
    buttonLabel: 'إزالة {{name}}',
    confirmTitle: 'إزالة هذا المستخدم؟',
    confirm: 'لن يستطيع {{name}} فتح الخزنة بعد الآن: تُحذف خانة مفتاحه. يبقى ما فعله في سجل التدقيق باسمه.',
    confirmButton: 'إزالة المستخدم',
    cancel: 'إلغاء',
    removing: 'جارٍ الإزالة…',
    removed: 'أُزيل {{name}}.',
  },
  unlock: {
    username: 'اسم المستخدم',
    usernameHint: 'يمكن تركه فارغًا إن كنت المستخدم الوحيد لهذه الخزنة (وهو عندئذ «admin»).',
  },
};
