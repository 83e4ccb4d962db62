import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { peaksSchema, type Peaks } from '../../../../../shared/contract/media-operations';
import type { MediaItem } from '../../../../../shared/domain/media';
import { useLanguage } from '../../../app/use-language';
import { formatPercent } from '../../../i18n/format';
import { ErrorText } from '../../../ui/error-text';
import { createMediaHandle } from './media-handle';
import type { PlayerHandle } from './player-handle';
import { Timeline } from './timeline';
import { Transport } from './transport';
import { usePlayback, type Playback } from './use-playback';
import { useWaveform, type WaveformEngine } from './use-waveform';
import { FIT, canZoom, nextZoom } from './zoom';

export interface PlayerParts {
  handle: PlayerHandle;
  playback: Playback;
  /** The drawn waveform, once ready (segments draw their regions on it). */
  engine: WaveformEngine | null;
}

/** The waveform of the original, as the waveform's hook reports it (waveform/use-peaks.ts). */
export interface WaveformState {
  status: 'loading' | 'computing' | 'ready' | 'unavailable' | 'error';
  peaks: Peaks | null;
  progress?: number;
}

interface AudioPlayerProps {
  media: MediaItem;
  /** The vault-media:// address of the original (Range requests, decrypted by main as they come). */
  url: string;
  peaks: WaveformState;
  /** What sits under the player and works with it: segments, transcripts. */
  children: (parts: PlayerParts) => ReactNode;
}

function PeaksNotice({ peaks }: { peaks: WaveformState }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text =
    peaks.status === 'computing'
      ? t('originals.player.peaksComputing', { progress: formatPercent(peaks.progress ?? 0, language) })
      : peaks.status === 'unavailable'
        ? t('originals.player.peaksMissing')
        : peaks.status === 'loading'
          ? t('originals.player.peaksLoading')
          : // An error, or peaks that are not what the contract says (never drawn).
            t('originals.player.peaksFailed');
  return (
    <p className="player-peaks-notice muted" role="status">
      {text}
    </p>
  );
}

/** An audio original: the <audio> element, its waveform and its controls. Never plays by itself. */
export function AudioPlayer({ media, url, peaks, children }: AudioPlayerProps) {
  const { t } = useTranslation();
  const [audio, setAudio] = useState<HTMLAudioElement | null>(null);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [zoom, setZoom] = useState(FIT);
  const [playFailure, setPlayFailure] = useState<unknown>(null);
  // Checked before drawing: wavesurfer would draw nonsense (or throw) from a malformed answer.
  const peaksData = useMemo(() => (peaks.status === 'ready' && peaksSchema.safeParse(peaks.peaks).success ? peaks.peaks : null), [peaks.status, peaks.peaks]);
  const knownDuration = media.durationSeconds ?? peaksData?.durationSeconds ?? null;
  const playback = usePlayback(audio, knownDuration);
  const engine = useWaveform(container, audio, peaksData);
  const handle = useMemo(() => (audio ? createMediaHandle(audio, knownDuration, setPlayFailure) : null), [audio, knownDuration]);

  const fitPxPerSec = engine && playback.duration > 0 ? engine.ws.getWidth() / playback.duration : 0;
  const onZoom = useCallback(
    (direction: 1 | -1 | 0) => {
      if (!engine) return;
      const duration = engine.ws.getDuration();
      const fit = duration > 0 ? engine.ws.getWidth() / duration : 0;
      setZoom((current) => (direction === 0 ? FIT : nextZoom(current, fit, direction)));
    },
    [engine],
  );

  useEffect(() => {
    engine?.ws.zoom(zoom);
  }, [engine, zoom]);

  return (
    <div className="audio-player">
      <div className="player-panel">
        {/* No controls attribute: the controls below are ours; no autoplay, metadata only until Play. */}
        <audio ref={setAudio} src={url} preload="metadata" />
        {handle ? (
          <>
            <Timeline handle={handle} playback={playback} onContainer={setContainer} drawn={peaksData !== null} onZoom={onZoom} />
            {peaksData ? null : <PeaksNotice peaks={peaks} />}
            <Transport
              handle={handle}
              playback={playback}
              zoomable={engine !== null}
              canZoomIn={canZoom(zoom, fitPxPerSec, 1)}
              canZoomOut={canZoom(zoom, fitPxPerSec, -1)}
              onZoom={onZoom}
            />
          </>
        ) : null}
        {playback.failed ? (
          <p className="error-text" role="alert">
            {t('originals.player.cannotPlay')}
          </p>
        ) : null}
        {playFailure ? <ErrorText error={playFailure} /> : null}
      </div>
      {handle ? children({ handle, playback, engine }) : null}
    </div>
  );
}
