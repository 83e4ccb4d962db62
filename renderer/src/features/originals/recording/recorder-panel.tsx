import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../../shared/domain/media';
import { useVault } from '../../../app/vault-client';
import { useErrorMessage } from '../../../ui/error-text';
import { formatOffset } from '../../record/logic/time-offsets';
import { DevicePicker } from './device-picker';
import { LevelMeter } from './level-meter';
import { MarkerForm } from './marker-form';
import { approximateSeconds } from './markers';
import { TIMESLICE_MS } from './recording-format';
import { RecorderControls } from './recorder-controls';
import { RecordingSession, type SessionProblem } from './recording-session';
import { SessionProblemText } from './session-problem-text';
import { useMicrophone } from './use-microphone';
import { useRecordingGuard } from './use-recording-guard';
import { useElapsed, useSessionSnapshot } from './use-session';

export type RecordingOutcome =
  | { kind: 'saved'; media: MediaItem; problem: SessionProblem | null; recordedMs: number }
  | { kind: 'discarded'; problem: SessionProblem | null };

interface RecorderPanelProps {
  testimonyId: string;
  headingId: string;
  onEnded: (outcome: RecordingOutcome) => void;
  onClose: () => void;
}

/** Seconds as the recorder's clock shows them (whole seconds, Latin digits like every clock). */
export function clockText(ms: number): string {
  return formatOffset(Math.floor(ms / 1000));
}

/**
 * The open recorder: microphone, level, and once started the clock, pause/resume, markers,
 * stop (save) and discard. A recording in progress is stopped and saved if the panel goes
 * away (RecordingSession.dispose), and closing the window asks first.
 */
export function RecorderPanel({ testimonyId, headingId, onEnded, onClose }: RecorderPanelProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const errorMessage = useErrorMessage();
  const mic = useMicrophone();
  const heading = useRef<HTMLHeadingElement>(null);
  const [session, setSession] = useState<RecordingSession | null>(null);
  const snapshot = useSessionSnapshot(session);
  const phase = snapshot?.phase ?? 'ready';
  const running = phase === 'recording' || phase === 'paused';
  const busy = running || phase === 'starting' || phase === 'stopping' || phase === 'discarding';
  const elapsed = useElapsed(session, phase === 'recording');
  useRecordingGuard(busy);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => () => session?.dispose(), [session]);

  const reported = useRef(false);
  useEffect(() => {
    if (!snapshot || reported.current) return;
    if (snapshot.phase === 'saved' || snapshot.phase === 'discarded') reported.current = true;
    if (snapshot.phase === 'saved' && snapshot.media) onEnded({ kind: 'saved', media: snapshot.media, problem: snapshot.problem, recordedMs: snapshot.stoppedAtMs });
    if (snapshot.phase === 'discarded') onEnded({ kind: 'discarded', problem: snapshot.problem });
  }, [snapshot, onEnded]);

  function start(): void {
    if (!mic.stream || busy) return;
    const next = new RecordingSession(vault, testimonyId, mic.stream);
    reported.current = false;
    setSession(next);
    void next.start();
  }

  const stateText =
    phase === 'recording'
      ? t('recorder.stateRecording')
      : phase === 'paused'
        ? t('recorder.statePaused')
        : phase === 'stopping'
          ? t('recorder.stateSaving')
          : phase === 'discarding'
            ? t('recorder.stateDiscarding')
            : phase === 'starting'
              ? t('recorder.starting')
              : mic.status === 'opening'
                ? t('recorder.opening')
                : mic.status === 'open'
                  ? t('recorder.stateReady')
                  : '';
  const queue = snapshot?.queue;
  const savedSeconds = queue ? Math.min(approximateSeconds(queue.saved, TIMESLICE_MS), Math.floor(elapsed / 1000)) : 0;
  const micProblem = mic.problem && !busy ? mic.problem : null;

  return (
    <section className="recorder-panel" aria-labelledby={headingId} data-phase={phase}>
      <div className="recorder-head">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {t('recorder.heading')}
        </h3>
        <p className="recorder-state" role="status" data-phase={phase}>
          {stateText}
        </p>
        <span className="recorder-clock" role="timer" aria-label={t('recorder.elapsed')}>
          <time dir="ltr">{clockText(elapsed)}</time>
        </span>
      </div>
      <div className="recorder-grid">
        <DevicePicker devices={mic.devices} deviceId={mic.deviceId} locked={busy} onChoose={mic.choose} />
        <LevelMeter stream={mic.stream} />
      </div>
      {micProblem ? (
        <div className="recorder-problem" role="alert">
          <p>{t(`recorder.${micProblem}`)}</p>
          <button type="button" className="button-secondary" onClick={mic.retry}>
            {t('recorder.retry')}
          </button>
        </div>
      ) : null}
      <RecorderControls
        session={session}
        phase={phase}
        canStart={mic.status === 'open' && !busy}
        elapsedMs={elapsed}
        onStart={start}
        onClose={onClose}
      />
      {running && queue ? (
        <p className="recorder-saved muted" data-saved-chunks={queue.saved}>
          {t('recorder.savedChunks', { time: formatOffset(savedSeconds) })}
        </p>
      ) : null}
      {queue?.lagging && running ? (
        <p className="recorder-lagging" role="status">
          {t('recorder.lagging', { time: formatOffset(approximateSeconds(queue.pending, TIMESLICE_MS)) })}
        </p>
      ) : null}
      {snapshot?.problem ? <SessionProblemText problem={snapshot.problem} failed={phase === 'failed'} errorMessage={errorMessage} /> : null}
      {session && snapshot && (running || snapshot.markers.length > 0) ? <MarkerForm session={session} markers={snapshot.markers} enabled={running} /> : null}
    </section>
  );
}
