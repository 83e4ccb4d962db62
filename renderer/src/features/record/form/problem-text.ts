import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../logic/problems';

/** A validation problem in the UI language. */
export function useProblemText(): (problem: Problem) => string {
  const { t } = useTranslation();
  return useCallback((problem: Problem) => t(problem.key, problem.values ?? {}), [t]);
}
