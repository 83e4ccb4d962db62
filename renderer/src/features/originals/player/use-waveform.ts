import { useEffect, useState } from 'react';
import RegionsPlugin, { type Region } from 'wavesurfer.js/dist/plugins/regions.js';
import type { Peaks } from '../../../../../shared/contract/media-operations';
import { peaksToChannels } from './peaks-channels';
import { createWaveSurfer, type WaveSurfer } from './wavesurfer-csp';

export type Regions = ReturnType<typeof RegionsPlugin.create>;
export type { Region };

/** The drawn waveform and its regions layer (segments and the selection live there). */
export interface WaveformEngine {
  ws: WaveSurfer;
  regions: Regions;
}

const HEIGHT = 112;

function color(element: HTMLElement, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

/**
 * wavesurfer over the <audio> element, drawing the stored peaks. It is given the element and
 * the peaks with their duration and never a URL: it must not fetch or decode the recording
 * itself (that would put the whole decrypted file in memory, and the CSP forbids the fetch).
 * Clicking the waveform seeks; playback never starts by itself.
 */
export function useWaveform(container: HTMLElement | null, audio: HTMLMediaElement | null, peaks: Peaks | null): WaveformEngine | null {
  const [engine, setEngine] = useState<WaveformEngine | null>(null);
  useEffect(() => {
    if (!container || !audio || !peaks) return;
    const ws = createWaveSurfer({
      container,
      media: audio,
      peaks: peaksToChannels(peaks),
      duration: peaks.durationSeconds,
      height: HEIGHT,
      normalize: true,
      interact: true,
      dragToSeek: false,
      autoScroll: true,
      autoCenter: true,
      autoplay: false,
      waveColor: color(container, '--waveform', '#8a96a3'),
      progressColor: color(container, '--waveform-played', '#1c5f5b'),
      cursorColor: color(container, '--waveform-cursor', '#a3211d'),
      cursorWidth: 2,
    });
    const regions = ws.registerPlugin(RegionsPlugin.create());
    const offReady = ws.on('ready', () => setEngine({ ws, regions }));
    return () => {
      offReady();
      setEngine((current) => (current?.ws === ws ? null : current));
      ws.destroy();
    };
  }, [container, audio, peaks]);
  return engine;
}
