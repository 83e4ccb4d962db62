import { useTranslation } from 'react-i18next';
import type { SessionProblem } from './recording-session';

interface SessionProblemTextProps {
  problem: SessionProblem;
  /** The recording ended in failure (else the problem is told alongside what was saved). */
  failed: boolean;
  errorMessage: (error: unknown) => string;
}

/** A sentence for what went wrong with a recording, with the vault's reason where there is one. */
export function useProblemSentence(errorMessage: (error: unknown) => string): (problem: SessionProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    switch (problem.kind) {
      case 'micLost':
      case 'recorderFailed':
      case 'nothingRecorded':
        return t(`recorder.${problem.kind}`);
      default:
        return t(`recorder.${problem.kind}`, { reason: errorMessage(problem.error) });
    }
  };
}

export function SessionProblemText({ problem, failed, errorMessage }: SessionProblemTextProps) {
  const sentence = useProblemSentence(errorMessage);
  return (
    <p className={failed ? 'error-text' : 'recorder-warning'} role="alert">
      {sentence(problem)}
    </p>
  );
}
