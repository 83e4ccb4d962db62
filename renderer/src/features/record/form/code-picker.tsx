import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/use-language';
import { countryName, countryOptions, languageName, languageOptions, resolveCode } from '../logic/codes';
import type { Problem } from '../logic/problems';
import { ChipList } from './chip-list';

interface CodePickerProps {
  kind: 'language' | 'country';
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  problem?: Problem | undefined;
}

/**
 * ISO 639 languages or ISO 3166 countries, picked by name in the UI language or typed as a
 * code (ckb, kmr, SY); each shown as its name with its code.
 */
export function CodePicker({ kind, label, values, onChange, problem }: CodePickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const options = useMemo(() => (kind === 'language' ? languageOptions(language) : countryOptions(language)), [kind, language]);
  // Names are matched in both UI languages: an Arabic name typed in the English UI still works.
  const other = useMemo(() => (kind === 'language' ? languageOptions(language === 'ar' ? 'en' : 'ar') : countryOptions(language === 'ar' ? 'en' : 'ar')), [kind, language]);
  const name = (code: string) => (kind === 'language' ? languageName(code, language) : countryName(code, language));
  return (
    <ChipList
      label={label}
      values={values}
      onChange={onChange}
      problem={problem}
      hint={kind === 'language' ? t('record.languagesHint') : t('people.nationalityHint')}
      resolve={(typed) => resolveCode(typed, options, kind, other)}
      refused={{ key: kind === 'language' ? 'record.problems.languageCode' : 'people.problems.country' }}
      suggestions={options}
      render={(code) => (
        <>
          {name(code)} <code className="chip-code">{code}</code>
        </>
      )}
      dir="auto"
    />
  );
}
