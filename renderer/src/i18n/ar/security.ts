import type { Translation } from '../en';

/** Arabic strings of security (auto-lock, unlock back-off, clipboard): the same keys as English. */
export const security: Translation['security'] = {
  clipboard: {
    recoveryKeyCopied: 'تم النسخ. الصقه حيث تحفظه: يزيله التطبيق من الحافظة بعد دقيقة، وفورًا عند قفل الخزنة.',
  },
  backoff: {
    wait: 'محاولات خاطئة كثيرة. يمكنك المحاولة مجددًا بعد {{seconds, number}} ثانية.',
  },
};
