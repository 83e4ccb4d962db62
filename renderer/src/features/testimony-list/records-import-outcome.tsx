import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../../shared/contract/record-operations';
import { isolate } from '../../i18n/error-message';
import { ErrorText } from '../../ui/error-text';
import type { ImportState } from './use-records-import';

/**
 * What came of "Import records…". A refusal lists every problem the core found, each with
 * its row (the CSV header is row 1; a JSON file counts testimonies from 1) and field, and
 * says plainly that nothing was imported. Field names and the core's messages are isolated:
 * they are Latin inside an Arabic sentence.
 */
export function RecordsImportOutcome({ state, onDismiss }: { state: ImportState; onDismiss: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const refused = state.name === 'refused';

  // A refusal is a page of its own to read: take the person to it.
  useEffect(() => {
    if (refused) heading.current?.focus();
  }, [refused, state]);

  if (state.name === 'refused') {
    return (
      <section className="records-refused" aria-labelledby={headingId}>
        <div className="records-refused-header">
          <h2 id={headingId} ref={heading} tabIndex={-1} className="records-refused-title">
            {t('list.records.refusedTitle')}
          </h2>
          <button type="button" className="button-quiet" onClick={onDismiss}>
            {t('list.records.dismiss')}
          </button>
        </div>
        <p>{t('list.records.refusedIntro')}</p>
        <p className="records-problem-count">{t('list.records.problemCount', { n: state.problems.length })}</p>
        <ol className="records-problems">
          {state.problems.map((problem, index) => (
            <li key={index}>
              <ProblemText problem={problem} />
            </li>
          ))}
        </ol>
      </section>
    );
  }
  if (state.name === 'failed') {
    return (
      <div className="records-outcome records-outcome-failed">
        <ErrorText error={state.error} />
        <button type="button" className="button-quiet" onClick={onDismiss}>
          {t('list.records.dismiss')}
        </button>
      </div>
    );
  }
  return (
    // Always in the page, so that what it says is announced when it changes.
    <p className="records-outcome" role="status">
      {state.name === 'imported'
        ? t('list.records.imported', { testimonies: state.testimonies, people: state.people })
        : state.name === 'cancelled'
          ? t('list.records.importCancelled')
          : ''}
    </p>
  );
}

function ProblemText({ problem }: { problem: ImportProblem }) {
  const { t } = useTranslation();
  const message = isolate(problem.message);
  const field = isolate(problem.field);
  // Row 0 is the file as a whole (its top-level shape, the people of a JSON file).
  if (problem.row === 0) return <>{problem.field === '' ? t('list.records.problemInFileNoField', { message }) : t('list.records.problemInFile', { field, message })}</>;
  const row = problem.row;
  return <>{problem.field === '' ? t('list.records.problemAtRowNoField', { row, message }) : t('list.records.problemAtRow', { row, field, message })}</>;
}
