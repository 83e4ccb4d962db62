import { memo, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftParagraph, ParagraphProblem } from './draft';
import { SPEAKER_MAX, TEXT_MAX } from './draft';
import { ParagraphTime } from './paragraph-time';
import { formatTimecode, timecodeSeconds } from './timecode';
import { languageDirection, paragraphDirection, textDirection } from './text-direction';

export interface RowHandlers {
  change: (id: string, patch: Partial<DraftParagraph>) => void;
  remove: (id: string) => void;
  /** Null without a recording. */
  seek: ((seconds: number) => void) | null;
  /** Sets the paragraph's start to the player's position; null without a recording. */
  stampNow: ((id: string) => void) | null;
}

export interface RowState {
  current: boolean;
  /** Opened from a search hit: highlighted until the person moves on. */
  revealed: boolean;
  problem: ParagraphProblem | undefined;
  /** Put the caret here (after a split); a new object each time it is asked; null: leave focus alone. */
  focus: { caret: number } | null;
}

interface ParagraphRowProps extends RowState {
  paragraph: DraftParagraph;
  /** 1-based, for labels. */
  number: number;
  /** The transcript's language: the direction of an empty paragraph. */
  language: string;
  hours: boolean;
  handlers: RowHandlers;
}

export function problemKey(problem: ParagraphProblem) {
  return `transcripts.problems.${problem}` as const;
}

/** Takes focus and places the caret when asked to (a new paragraph made by a shortcut). */
export function useCaret(focus: { caret: number } | null) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const area = ref.current;
    if (focus === null || !area) return;
    area.focus({ preventScroll: true });
    area.setSelectionRange(focus.caret, focus.caret);
    area.scrollIntoView({ block: 'nearest' });
  }, [focus]);
  return ref;
}

/**
 * One paragraph of a transcript: its time and speaker in the margin on the UI's starting side
 * (a fixed column to scan), its text in its own direction (Arabic right-aligned, English
 * left-aligned, in either UI language).
 */
export const ParagraphRow = memo(function ParagraphRow({ paragraph, number, language, hours, handlers, current, revealed, problem, focus }: ParagraphRowProps) {
  const { t } = useTranslation();
  const problemId = useId();
  const area = useCaret(focus);
  const dir = paragraphDirection(paragraph.text, language);
  const speakerDir = textDirection(paragraph.speaker) ?? languageDirection(language);
  const { id } = paragraph;
  const invalidTime = problem === 'time' || problem === 'timeAfterEnd';
  return (
    <li className="tp-row" data-paragraph={id} data-current={current || undefined} data-revealed={revealed || undefined} aria-current={current ? 'time' : undefined}>
      <div className="tp-gutter">
        <ParagraphTime start={paragraph.start} hours={hours} onSeek={handlers.seek} />
        <input
          className="tp-speaker"
          dir={speakerDir}
          value={paragraph.speaker}
          maxLength={SPEAKER_MAX}
          placeholder={t('transcripts.paragraph.speakerPlaceholder')}
          aria-label={t('transcripts.paragraph.speaker', { n: number })}
          aria-invalid={problem === 'speaker' || undefined}
          onChange={(event) => handlers.change(id, { speaker: event.target.value })}
        />
      </div>
      <div className="tp-body">
        <textarea
          ref={area}
          className="tp-text"
          dir={dir}
          lang={dir === languageDirection(language) ? language : undefined}
          value={paragraph.text}
          maxLength={TEXT_MAX}
          rows={2}
          aria-label={t('transcripts.paragraph.text', { n: number })}
          onChange={(event) => handlers.change(id, { text: event.target.value })}
        />
        <div className="tp-tools">
          {handlers.seek || paragraph.start !== '' ? (
            <>
              <input
                className="tp-start"
                dir="ltr"
                size={9}
                value={paragraph.start}
                placeholder="0:00"
                aria-label={t('transcripts.paragraph.start', { n: number })}
                aria-invalid={invalidTime || undefined}
                aria-describedby={problem ? problemId : undefined}
                onChange={(event) => handlers.change(id, { start: event.target.value })}
                onBlur={(event) => {
                  // Written back as the clock shows it ("٠:٠٤" becomes "0:04"); what cannot be read is left for the person to correct.
                  const seconds = timecodeSeconds(event.target.value);
                  const shown = seconds === null ? null : formatTimecode(seconds, { tenths: true });
                  if (shown !== null && shown !== event.target.value) handlers.change(id, { start: shown });
                }}
              />
              {handlers.stampNow ? (
                <button type="button" className="button-quiet" aria-label={t('transcripts.paragraph.nowNamed', { n: number })} onClick={() => handlers.stampNow?.(id)}>
                  {t('transcripts.paragraph.now')}
                </button>
              ) : null}
            </>
          ) : null}
          <button type="button" className="button-quiet" aria-label={t('transcripts.paragraph.removeNamed', { n: number })} onClick={() => handlers.remove(id)}>
            {t('transcripts.paragraph.remove')}
          </button>
        </div>
        {problem ? (
          <p className="error-text" role="alert" id={problemId}>
            {t(problemKey(problem))}
          </p>
        ) : null}
      </div>
    </li>
  );
});
