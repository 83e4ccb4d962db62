import { useEffect, useRef, type RefObject } from 'react';

/**
 * True while the component is mounted: an answer from the vault that arrives after the list
 * was unmounted (a lock) is for nobody and must not be set into state.
 */
export function useMounted(): RefObject<boolean> {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
