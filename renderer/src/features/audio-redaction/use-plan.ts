import { useCallback, useEffect, useState } from 'react';
import type { RedactedAudioItem } from '../../../../shared/contract/audio-redaction-operations';
import type { MediaItem } from '../../../../shared/domain/media';
import type { Paragraph } from '../../../../shared/domain/media';
import { useVault } from '../../app/vault-client';
import { fromDrafts, toDraft, type RegionDraft } from './region-rows';

export interface TimedParagraph {
  id: string;
  start: number;
  end: number;
  text: string;
}

/** Timed paragraphs of a recording's transcript, each ending where the next one starts. */
function timed(paragraphs: readonly Paragraph[], duration: number | null): TimedParagraph[] {
  const withStart = paragraphs.filter((p): p is Paragraph & { start: number } => p.start !== null).sort((a, b) => a.start - b.start);
  return withStart.map((p, i) => ({ id: p.id, start: p.start, end: withStart[i + 1]?.start ?? duration ?? p.start + 5, text: p.text }));
}

/** A recording's redaction plan as edited, its transcript's timed paragraphs, and the audio made from it. */
export function usePlan(testimonyId: string, media: MediaItem | null) {
  const client = useVault();
  const [drafts, setDrafts] = useState<RegionDraft[]>([]);
  const [disguise, setDisguise] = useState<number | null>(null);
  const [dirty, setDirty] = useState(false);
  /** False until a plan was saved for this recording: publishing it with nothing hidden must be a choice too. */
  const [saved, setSaved] = useState(false);
  const [badRow, setBadRow] = useState<number | null>(null);
  const [paragraphs, setParagraphs] = useState<TimedParagraph[]>([]);
  const [made, setMade] = useState<RedactedAudioItem[]>([]);
  const [error, setError] = useState<unknown>(null);

  const reloadMade = useCallback(async () => {
    const { items } = await client.call('audioRedaction.list', { testimonyId });
    setMade(items);
  }, [client, testimonyId]);

  useEffect(() => {
    if (!media) return;
    let live = true;
    void (async () => {
      try {
        const plan = await client.call('audioRedaction.plan', { mediaId: media.id });
        const { items } = await client.call('transcripts.list', { testimonyId });
        const transcript = items.find((t) => t.mediaId === media.id && t.kind === 'transcript' && t.latestVersion > 0);
        const text = transcript ? await client.call('transcripts.get', { transcriptId: transcript.id }) : null;
        if (!live) return;
        setDrafts(plan.regions.map(toDraft));
        setDisguise(plan.disguise);
        setDirty(false);
        setSaved(plan.updatedAt !== null);
        setBadRow(null);
        setParagraphs(text ? timed(text.paragraphs, media.durationSeconds) : []);
        await reloadMade();
      } catch (e) {
        if (live) setError(e);
      }
    })();
    return () => {
      live = false;
    };
  }, [client, media, testimonyId, reloadMade]);

  const edit = useCallback((next: RegionDraft[]) => {
    setDrafts(next);
    setDirty(true);
    setBadRow(null);
  }, []);

  const editDisguise = useCallback((next: number | null) => {
    setDisguise(next);
    setDirty(true);
  }, []);

  /** Saves the plan; false when a row does not read (it is marked). */
  const save = useCallback(async (): Promise<boolean> => {
    if (!media) return false;
    const parsed = fromDrafts(drafts);
    if ('badRow' in parsed) {
      setBadRow(parsed.badRow);
      return false;
    }
    setError(null);
    try {
      await client.call('audioRedaction.savePlan', { mediaId: media.id, regions: parsed.regions, disguise });
      setDirty(false);
      setSaved(true);
      await reloadMade();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  }, [client, media, drafts, disguise, reloadMade]);

  return { drafts, edit, disguise, editDisguise, dirty, saved, badRow, paragraphs, made, reloadMade, save, error, setError };
}
