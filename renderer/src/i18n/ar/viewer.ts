import type { Translation } from '../en';

/** Arabic strings of the viewer screens: the same keys as English. */
export const viewer: Translation['viewer'] = {
  heading: 'الأصل',
  region: 'المستند الأصلي {{name}}',
  toolbar: 'الصفحات والتكبير',
  previousPage: 'الصفحة السابقة',
  nextPage: 'الصفحة التالية',
  page: 'الصفحة',
  pageCount: 'من {{count, number}}',
  pageStatus: 'الصفحة {{page, number}} من {{count, number}}',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fitWidth: 'ملاءمة العرض',
  zoomLevel: 'التكبير {{percent}}',
  keys: 'مفتاحا Page Up وPage Down يقلّبان الصفحات، وHome وEnd ينتقلان إلى الأولى والأخيرة؛ + و− للتكبير والتصغير، و0 لملاءمة العرض.',
  loading: 'جارٍ فتح المستند…',
  pageImage: 'الصفحة {{page, number}} من {{name}}',
  image: 'المسح الضوئي {{name}}',
  emptyText: 'لا نص في هذا المستند.',
  cannotPreview: {
    kind: 'لا يمكن عرض هذا النوع من الملفات هنا. الأصل محفوظ كما هو؛ صدّره لفتحه في برنامج آخر.',
    tooLarge: 'هذا الأصل ({{size}}) أكبر من أن يُعرض هنا. صدّره لفتحه في برنامج آخر.',
    pdf: 'تعذّر عرض ملف PDF هذا: {{reason}}. الأصل محفوظ كما هو؛ صدّره لفتحه في برنامج آخر.',
    image: 'تعذّر عرض هذه الصورة: ربما كان الملف تالفًا. الأصل محفوظ كما هو.',
    text: 'تعذّرت قراءة نص هذا المستند: {{reason}}. الأصل محفوظ كما هو.',
    tiff: 'لا يمكن عرض ملف TIFF هذا هنا: {{reason}}. الأصل محفوظ كما هو؛ صدّره لفتحه في برنامج آخر.',
  },
  pdfProblem: {
    damaged: 'الملف تالف أو ليس ملف PDF كاملًا',
    password: 'محمي بكلمة مرور',
    other: 'تعذّرت قراءته',
  },
  textProblem: {
    damaged: 'الملف تالف أو ليس مستند Word كاملًا',
    other: 'تعذّرت قراءته',
  },
  tiffProblem: {
    notTiff: 'ليس ملف TIFF يفهمه العارض',
    damaged: 'الملف تالف',
    compression: 'مضغوط بطريقة لا يقرؤها العارض (مثل ضغط الفاكس أو JPEG)',
    layout: 'بكسلاته مرتبة بطريقة لا يقرؤها العارض',
    tooLarge: 'الصورة أكبر من اللازم',
  },
};
