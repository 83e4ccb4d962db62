import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/use-language';
import type { PlayerHandle } from './player-handle';
import { PLAYBACK_RATES } from './playback-rate';
import { clock } from './timeline';
import type { Playback } from './use-playback';

interface TransportProps {
  handle: PlayerHandle;
  playback: Playback;
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoom: (direction: 1 | -1 | 0) => void;
  /** Zoom needs a drawn waveform. */
  zoomable: boolean;
}

const SKIP = 5;

/**
 * Play/pause, 5 s back and forward and the clock form one group that keeps the time axis's
 * left-to-right order in every language (like the waveform above it); where that group sits,
 * and the speed and zoom controls, follow the page direction.
 */
export function Transport({ handle, playback, canZoomIn, canZoomOut, onZoom, zoomable }: TransportProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const speedId = useId();
  const rateText = (rate: number) => t('originals.player.rate', { rate: new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(rate) });
  return (
    <div className="player-controls">
      <div className="player-transport" role="group" aria-label={t('originals.player.transport')} dir="ltr">
        <button type="button" className="button-quiet" aria-label={t('originals.player.back')} onClick={() => handle.skip(-SKIP)}>
          {t('originals.player.backShort')}
        </button>
        <button type="button" className="button-primary player-play" aria-pressed={playback.playing} onClick={() => handle.toggle()}>
          {playback.playing ? t('originals.player.pause') : t('originals.player.play')}
        </button>
        <button type="button" className="button-quiet" aria-label={t('originals.player.forward')} onClick={() => handle.skip(SKIP)}>
          {t('originals.player.forwardShort')}
        </button>
        <span className="player-clock" aria-hidden="true">
          <span className="player-clock-now">{clock(playback.currentTime)}</span> / <span>{clock(playback.duration)}</span>
        </span>
      </div>
      <div className="player-speed">
        <label htmlFor={speedId}>{t('originals.player.speed')}</label>
        <select id={speedId} value={String(playback.rate)} onChange={(event) => handle.setRate(Number(event.target.value))}>
          {/* A rate set elsewhere (the transcript's shortcuts) that is not offered stays visible. */}
          {PLAYBACK_RATES.some((rate) => rate === playback.rate) ? null : <option value={String(playback.rate)}>{rateText(playback.rate)}</option>}
          {PLAYBACK_RATES.map((rate) => (
            <option key={rate} value={String(rate)}>
              {rateText(rate)}
            </option>
          ))}
        </select>
      </div>
      {zoomable ? (
        <div className="player-zoom" role="group" aria-label={t('originals.player.zoom')}>
          <button type="button" className="button-quiet" aria-disabled={!canZoomOut} onClick={() => canZoomOut && onZoom(-1)}>
            {t('originals.player.zoomOut')}
          </button>
          <button type="button" className="button-quiet" aria-disabled={!canZoomOut} onClick={() => canZoomOut && onZoom(0)}>
            {t('originals.player.zoomFit')}
          </button>
          <button type="button" className="button-quiet" aria-disabled={!canZoomIn} onClick={() => canZoomIn && onZoom(1)}>
            {t('originals.player.zoomIn')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
