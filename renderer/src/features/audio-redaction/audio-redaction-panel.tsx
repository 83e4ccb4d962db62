import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedactedAudioFormat } from '../../../../shared/contract/audio-redaction-operations';
import type { MediaItem } from '../../../../shared/domain/media';
import type { TestimonySummary } from '../../../../shared/domain/testimony';
import { VaultError } from '../../../../shared/errors';
import { useVault } from '../../app/vault-client';
import { ErrorText } from '../../ui/error-text';
import { formatTimecode } from '../originals/transcripts/timecode';
import { DisguiseField } from './disguise-field';
import { MadeAudioList } from './made-audio-list';
import { produceRedactedAudio } from './produce-redacted-audio';
import { RegionRows, toDraft } from './region-rows';
import { usePlan } from './use-plan';

/** A refusal for consent reads better in the user's language than the core's English sentence. */
function consentReason(error: unknown): string | null {
  if (!(error instanceof VaultError) || error.details?.field !== 'consent') return null;
  const reason = error.details.reason;
  return typeof reason === 'string' ? reason.replace(/^consent-/, '') : null;
}

/**
 * Audio redaction for publication (issue 6): regions of a recording to silence or bleep,
 * from the transcript's timed paragraphs or typed in, an optional voice disguise, and the
 * redacted audio made as WAV or Opus. Only where consent covers publishing audio.
 */
export function AudioRedactionPanel({ testimony }: { testimony: TestimonySummary }) {
  const { t } = useTranslation();
  const client = useVault();
  const headingId = useId();
  const [recordings, setRecordings] = useState<MediaItem[]>([]);
  const [mediaId, setMediaId] = useState<string | null>(null);
  const media = recordings.find((m) => m.id === mediaId) ?? null;
  const plan = usePlan(testimony.id, media);
  const [format, setFormat] = useState<RedactedAudioFormat>('opus');
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    void client.call('media.list', { testimonyId: testimony.id }).then(({ items }) => {
      if (!live) return;
      const audio = items.filter((m) => m.kind === 'audio');
      setRecordings(audio);
      setMediaId((current) => current ?? audio[0]?.id ?? null);
    });
    return () => {
      live = false;
      abort.current?.abort();
    };
  }, [client, testimony.id]);

  if (recordings.length === 0) return null;

  const make = async () => {
    if (!media) return;
    if ((plan.dirty || !plan.saved) && !(await plan.save())) return;
    const controller = new AbortController();
    abort.current = controller;
    setDone(false);
    plan.setError(null);
    setProgress(0);
    try {
      // What is made is what the core holds as the plan (the job records that plan's time).
      const current = await client.call('audioRedaction.plan', { mediaId: media.id });
      await produceRedactedAudio(client, media, { format, regions: current.regions, disguise: current.disguise, signal: controller.signal, onProgress: setProgress });
      setDone(true);
      await plan.reloadMade();
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) plan.setError(e);
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const consent = consentReason(plan.error);
  return (
    <section className="record-section audio-redaction" aria-labelledby={headingId}>
      <div className="record-section-header">
        <h2 id={headingId} tabIndex={-1}>
          {t('audioRedaction.title')}
        </h2>
      </div>
      <p className="section-intro">{t('audioRedaction.intro')}</p>
      <label className="field">
        <span>{t('audioRedaction.recording')}</span>
        <select value={mediaId ?? ''} onChange={(e) => setMediaId(e.target.value)}>
          {recordings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.originalName}
              {m.durationSeconds !== null ? ` (${formatTimecode(m.durationSeconds)})` : ''}
            </option>
          ))}
        </select>
      </label>

      <h3>{t('audioRedaction.regions')}</h3>
      <RegionRows drafts={plan.drafts} badRow={plan.badRow} onChange={plan.edit} />
      {plan.badRow !== null ? (
        <p className="error-text" role="alert">
          {t('audioRedaction.badRow', { n: plan.badRow + 1 })}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" onClick={() => plan.edit([...plan.drafts, toDraft({ startSeconds: 0, endSeconds: 1, mode: 'silence' })])}>
          {t('audioRedaction.addRegion')}
        </button>
        {plan.paragraphs.length > 0 ? (
          <label className="field inline">
            <span>{t('audioRedaction.fromParagraph')}</span>
            <select
              value=""
              onChange={(e) => {
                const p = plan.paragraphs.find((q) => q.id === e.target.value);
                if (p) plan.edit([...plan.drafts, toDraft({ startSeconds: p.start, endSeconds: p.end, mode: 'bleep', paragraphId: p.id })]);
              }}
            >
              <option value="">{t('audioRedaction.choose')}</option>
              {plan.paragraphs.map((p) => (
                <option key={p.id} value={p.id}>
                  {formatTimecode(p.start)} {p.text.slice(0, 60)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <DisguiseField value={plan.disguise} onChange={plan.editDisguise} />
      <div className="button-row">
        <button type="button" disabled={!plan.dirty && plan.saved} onClick={() => void plan.save()}>
          {t('audioRedaction.savePlan')}
        </button>
      </div>

      <h3>{t('audioRedaction.make')}</h3>
      <fieldset className="audio-redaction-format">
        <legend>{t('audioRedaction.format')}</legend>
        {(['opus', 'wav'] as const).map((f) => (
          <label key={f}>
            <input type="radio" name={`${headingId}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} />
            {t(`audioRedaction.formats.${f}`)}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="button" className="primary" disabled={progress !== null || !media} onClick={() => void make()}>
          {t('audioRedaction.makeButton')}
        </button>
        {progress !== null ? (
          <>
            <progress max={1} value={progress} aria-label={t('audioRedaction.progress')} />
            <button type="button" onClick={() => abort.current?.abort()}>
              {t('audioRedaction.cancel')}
            </button>
          </>
        ) : null}
      </div>
      {done ? (
        <p role="status" className="audio-redaction-done">
          {t('audioRedaction.made')}
        </p>
      ) : null}
      {consent ? (
        <p className="error-text" role="alert">
          {t(`audioRedaction.consent.${consent === 'withdrawn' || consent === 'refused' || consent === 'not-asked' ? consent : 'not-obtained'}`, { code: testimony.code })}
        </p>
      ) : plan.error ? (
        plan.error instanceof VaultError ? <ErrorText error={plan.error} /> : <p className="error-text" role="alert">{t('audioRedaction.failed', { message: String((plan.error as Error).message ?? plan.error) })}</p>
      ) : null}
      <MadeAudioList items={plan.made.filter((m) => m.mediaId === mediaId)} onDeleted={() => void plan.reloadMade()} />
    </section>
  );
}
