import { useEffect, useState } from 'react';
import type { TestimonyQuery, TestimonyQueryResult } from '../../../../shared/domain/testimony-query';
import { useVault } from '../../app/vault-client';
import { QUERY_MARK, RESULT_MARK } from './list-marks';

export interface QueryState {
  /** The latest answer; kept while a newer query runs, so the list does not flash empty. */
  result: TestimonyQueryResult | null;
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
  result: TestimonyQueryResult | null;
  error: unknown;
}

/**
 * Runs `testimonies.query` whenever the query (compared by value) or `reloadToken` changes.
 * An answer to an older query is dropped: typing fast must never leave the list showing the
 * result of a shorter search.
 */
export function useTestimonyQuery(query: TestimonyQuery, reloadToken: number): QueryState {
  const vault = useVault();
  const json = JSON.stringify(query);
  const key = `${reloadToken}:${json}`;
  const [answer, setAnswer] = useState<Answer>({ key: '', json: '', text: '', result: null, error: null });

  useEffect(() => {
    let current = true;
    const asked = JSON.parse(json) as TestimonyQuery;
    performance.mark(QUERY_MARK);
    vault.call('testimonies.query', asked).then(
      (result) => {
        if (!current) return;
        performance.mark(RESULT_MARK);
        setAnswer({ key, json, text: asked.text ?? '', result, error: null });
      },
      (error: unknown) => {
        if (current) setAnswer((previous) => ({ ...previous, key, error }));
      },
    );
    return () => {
      current = false;
    };
  }, [vault, json, key]);

  return { result: answer.result, answeredText: answer.text, answeredKey: answer.json, error: answer.error, loading: answer.key !== key };
}
