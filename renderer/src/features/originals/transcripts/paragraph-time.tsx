import { useTranslation } from 'react-i18next';
import { formatTimecode, timecodeSeconds } from './timecode';

interface ParagraphTimeProps {
  /** The start as typed. */
  start: string;
  hours: boolean;
  /** Null where there is no recording to seek in. */
  onSeek: ((seconds: number) => void) | null;
}

/**
 * A paragraph's time in the margin: click it to cue the recording there (playback does not
 * start). Left to right in every UI language: it is read against the player's clock.
 */
export function ParagraphTime({ start, hours, onSeek }: ParagraphTimeProps) {
  const { t } = useTranslation();
  const seconds = timecodeSeconds(start);
  if (seconds === null) {
    return (
      <span className="tp-time tp-time-none" dir="ltr" title={t('transcripts.paragraph.untimed')}>
        <span aria-hidden="true">–:––</span>
        <span className="visually-hidden">{t('transcripts.paragraph.untimed')}</span>
      </span>
    );
  }
  const time = formatTimecode(seconds, { hours });
  if (!onSeek) {
    return (
      <span className="tp-time" dir="ltr">
        {time}
      </span>
    );
  }
  return (
    <button type="button" className="tp-time button-quiet" dir="ltr" aria-label={t('transcripts.paragraph.seek', { time })} onClick={() => onSeek(seconds)}>
      {time}
    </button>
  );
}
