import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { useLanguage } from '../../app/use-language';

interface LanguageSwitchProps {
  onChange: (language: Language) => void;
}

/**
 * Each language is named in itself (and tagged with its lang) so a person who reads only
 * one of them can always find it, whatever the current UI language.
 */
export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => onChange(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
