import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * Testimonies whose content warnings the person has confirmed in this unlocked session. The
 * provider belongs in the unlocked home (keyed per session), so the set is dropped at lock and
 * every warning is shown again after the next unlock.
 */
export interface AcknowledgedWarnings {
  has: (testimonyId: string) => boolean;
  add: (testimonyId: string) => void;
}

const Context = createContext<AcknowledgedWarnings | null>(null);

function useAcknowledgedState(): AcknowledgedWarnings {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const add = useCallback((id: string) => setIds((current) => (current.has(id) ? current : new Set(current).add(id))), []);
  return useMemo(() => ({ has: (id: string) => ids.has(id), add }), [ids, add]);
}

export function AcknowledgedWarningsProvider({ children }: { children: ReactNode }) {
  const value = useAcknowledgedState();
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/**
 * The session's acknowledgements; without a provider above, the caller's own (kept while it
 * is mounted), which asks again more often but never less.
 */
export function useAcknowledgedWarnings(): AcknowledgedWarnings {
  const session = useContext(Context);
  const local = useAcknowledgedState();
  return session ?? local;
}
