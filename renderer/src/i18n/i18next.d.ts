import type { Translation } from './en';

// Typed keys: t('home.lock') compiles, t('home.lokc') does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
