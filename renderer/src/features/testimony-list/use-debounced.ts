import { useEffect, useState } from 'react';

/**
 * `value`, once it has stopped changing for `delay` ms: a search runs when the person pauses,
 * not on every key (each query is a round trip to the core and a re-render of the list).
 */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
