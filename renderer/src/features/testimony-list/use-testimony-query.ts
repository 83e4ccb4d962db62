import { useEffect, useState } from 'react';
import type { TestimonyQuery, TestimonySearchResult } from '../../../../shared/domain/testimony-query';
import { useVault } from '../../app/vault-client';
import { QUERY_MARK, RESULT_MARK, SHOWN_MARK } from './list-marks';

export interface QueryState {
  /** The latest answer; kept while a newer query runs, so the list does not flash empty. */
  result: TestimonySearchResult | null;
  /** The query text that `result` answers (what its rows highlight). */
  answeredText: string;
  /** The whole query that `result` answers, as JSON: changes when the list shows another search. */
  answeredKey: string;
  error: unknown;
  loading: boolean;
}

interface Answer {
  key: string;
  json: string;
  text: string;
  result: TestimonySearchResult | null;
  error: unknown;
}

/**
 * Runs `testimonies.query` (the matching ids, in order) whenever the query (compared by value)
 * or `reloadToken` changes. An answer to an older query is dropped: typing fast must never
 * leave the list showing the result of a shorter search.
 *
 * `firstRows` is asked for the first ids of an answer before the answer is shown: a new
 * search starts at the top, and its first screen then appears with its rows, not as
 * placeholders after the previous search's rows. It must not reject (row failures are the
 * row store's to report), and should keep its identity: a new function asks again.
 */
export function useTestimonyQuery(query: TestimonyQuery, reloadToken: number, firstRows: (ids: readonly string[]) => Promise<void>): QueryState {
  const vault = useVault();
  const json = JSON.stringify(query);
  const key = `${reloadToken}:${json}`;
  const [answer, setAnswer] = useState<Answer>({ key: '', json: '', text: '', result: null, error: null });

  useEffect(() => {
    let current = true;
    const asked = JSON.parse(json) as TestimonyQuery;
    performance.mark(QUERY_MARK);
    vault
      .call('testimonies.query', asked)
      .then(async (result) => {
        if (!current) return;
        performance.mark(RESULT_MARK);
        await firstRows(result.ids);
        if (!current) return;
        performance.mark(SHOWN_MARK);
        setAnswer({ key, json, text: asked.text ?? '', result, error: null });
      })
      .catch((error: unknown) => {
        if (current) setAnswer((previous) => ({ ...previous, key, error }));
      });
    return () => {
      current = false;
    };
  }, [vault, json, key, firstRows]);

  return { result: answer.result, answeredText: answer.text, answeredKey: answer.json, error: answer.error, loading: answer.key !== key };
}
