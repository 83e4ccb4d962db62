/**
 * User Timing marks around the list's calls: what the list benchmark measures
 * (tests/bench/list-render-bench.ts) and what a profile in devtools shows. Marks carry names
 * and times only, never data. (A module of its own: the benchmark, in Node, imports it.)
 */
export const QUERY_MARK = 'tv:list-query';
/** The ids of a search arrived. */
export const RESULT_MARK = 'tv:list-result';
/** A batch of rows asked (`testimonies.rows`), and answered. */
export const ROWS_MARK = 'tv:list-rows';
export const ROWS_RESULT_MARK = 'tv:list-rows-result';
/** A search's answer is shown: its ids and the rows of its first screen are in. */
export const SHOWN_MARK = 'tv:list-shown';
