/**
 * User Timing marks around the list query: what the list benchmark measures
 * (tests/bench/list-render-bench.ts) and what a profile in devtools shows. Marks carry names
 * and times only, never data. (A module of its own: the benchmark, in Node, imports it.)
 */
export const QUERY_MARK = 'tv:list-query';
export const RESULT_MARK = 'tv:list-result';
