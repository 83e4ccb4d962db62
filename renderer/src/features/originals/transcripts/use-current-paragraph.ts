import { useEffect, useMemo, useState } from 'react';
import type { PlayerHandle } from '../player/player-handle';
import { paragraphAt, timeIndex } from './current-paragraph';

/**
 * The index of the paragraph being played, following the player. It changes a few times a
 * minute, not on every time update: only then does the editor render again.
 */
export function useCurrentParagraph(player: PlayerHandle | null, starts: readonly (number | null)[]): number | null {
  const index = useMemo(() => timeIndex(starts), [starts]);
  const [current, setCurrent] = useState<number | null>(null);
  useEffect(() => {
    if (!player) return;
    const update = (seconds: number) => setCurrent(paragraphAt(index, seconds));
    // Where the player stands now (it may have been moved before this editor opened, or the starts changed).
    const first = requestAnimationFrame(() => update(player.currentTime));
    const stop = player.onTime(update);
    return () => {
      cancelAnimationFrame(first);
      stop();
    };
  }, [player, index]);
  return player ? current : null;
}
