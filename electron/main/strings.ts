import type { Settings } from '../../shared/contract/operations';

/**
 * The few words main shows itself (menu, dialog titles), in the UI languages. Everything
 * else is the renderer's, through i18next. Role items get explicit labels so the menu speaks
 * the app's language rather than the operating system's.
 */
export interface MainStrings {
  file: string;
  lockVault: string;
  edit: string;
  view: string;
  window: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  reload: string;
  devTools: string;
  minimize: string;
  close: string;
  quit: string;
  importTitle: string;
  exportTitle: string;
}

const STRINGS: Record<Settings['language'], MainStrings> = {
  en: {
    file: 'File',
    lockVault: 'Lock Vault',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    reload: 'Reload',
    devTools: 'Developer Tools',
    minimize: 'Minimize',
    close: 'Close',
    quit: 'Quit',
    importTitle: 'Import files',
    exportTitle: 'Export',
  },
  ar: {
    file: 'ملف',
    lockVault: 'قفل الخزنة',
    edit: 'تحرير',
    view: 'عرض',
    window: 'نافذة',
    undo: 'تراجع',
    redo: 'إعادة',
    cut: 'قص',
    copy: 'نسخ',
    paste: 'لصق',
    selectAll: 'تحديد الكل',
    resetZoom: 'الحجم الفعلي',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    fullScreen: 'ملء الشاشة',
    reload: 'إعادة التحميل',
    devTools: 'أدوات المطور',
    minimize: 'تصغير النافذة',
    close: 'إغلاق',
    quit: 'إنهاء',
    importTitle: 'استيراد ملفات',
    exportTitle: 'تصدير',
  },
};

export function mainStrings(language: Settings['language']): MainStrings {
  return STRINGS[language];
}
