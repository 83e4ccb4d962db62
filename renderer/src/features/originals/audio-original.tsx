import { useState } from 'react';
import type { MediaItem } from '../../../../shared/domain/media';
import { AudioPlayer } from './player/audio-player';
import { usePeaks } from './waveform/use-peaks';
import type { Span } from './segments/segment-logic';
import { SegmentsPanel } from './segments/segments-panel';
import { TranscriptsPanel } from './transcripts/transcripts-panel';
import type { TranscriptFocus } from './transcript-focus';

/** A recording opened: the player, its segment index and its transcripts, working together. */
export function AudioOriginal({ media, url, focus }: { media: MediaItem; url: string; focus?: TranscriptFocus | undefined }) {
  const peaks = usePeaks(media);
  const [selection, setSelection] = useState<Span | null>(null);
  return (
    <AudioPlayer media={media} url={url} peaks={peaks}>
      {(parts) => (
        <div className="audio-work">
          <SegmentsPanel media={media} {...parts} selection={selection} onSelection={setSelection} />
          <TranscriptsPanel testimonyId={media.testimonyId} media={media} player={parts.handle} focus={focus} />
        </div>
      )}
    </AudioPlayer>
  );
}
