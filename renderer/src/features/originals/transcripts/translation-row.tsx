import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../../../../../shared/domain/media';
import type { DraftParagraph } from './draft';
import { SPEAKER_MAX, TEXT_MAX } from './draft';
import { ParagraphTime } from './paragraph-time';
import { problemKey, useCaret, type RowHandlers, type RowState } from './paragraph-row';
import { languageDirection, paragraphDirection, textDirection } from './text-direction';

interface TranslationRowProps extends RowState {
  paragraph: DraftParagraph;
  /** The paragraph it translates, or null when that paragraph is no longer in the transcript. */
  source: Paragraph | null;
  sourceLanguage: string;
  number: number;
  language: string;
  hours: boolean;
  handlers: RowHandlers;
}

/**
 * Paragraph i of the transcript beside paragraph i of its translation, each in its own
 * direction: the transcript on the UI's starting side, the translation after it.
 */
export const TranslationRow = memo(function TranslationRow(props: TranslationRowProps) {
  const { paragraph, source, sourceLanguage, number, language, hours, handlers, current, revealed, problem, focus } = props;
  const { t } = useTranslation();
  const problemId = useId();
  const area = useCaret(focus);
  const dir = paragraphDirection(paragraph.text, language);
  const sourceDir = source ? paragraphDirection(source.text, sourceLanguage) : languageDirection(sourceLanguage);
  const { id } = paragraph;
  return (
    <li className="tp-row tp-row-pair" data-paragraph={id} data-current={current || undefined} data-revealed={revealed || undefined} aria-current={current ? 'time' : undefined}>
      <div className="tp-gutter">
        <ParagraphTime start={paragraph.start} hours={hours} onSeek={handlers.seek} />
      </div>
      <div className="tp-source" dir={sourceDir} lang={sourceLanguage}>
        {source ? (
          <>
            {source.speaker ? (
              <p className="tp-source-speaker" dir={textDirection(source.speaker) ?? sourceDir}>
                {source.speaker}
              </p>
            ) : null}
            <p className="tp-source-text">{source.text}</p>
          </>
        ) : (
          <p className="muted" dir="auto">
            {t('transcripts.translation.orphan')}
          </p>
        )}
      </div>
      <div className="tp-body">
        <input
          className="tp-speaker"
          dir={textDirection(paragraph.speaker) ?? languageDirection(language)}
          value={paragraph.speaker}
          maxLength={SPEAKER_MAX}
          placeholder={source?.speaker || t('transcripts.paragraph.speakerPlaceholder')}
          aria-label={t('transcripts.paragraph.speaker', { n: number })}
          aria-invalid={problem === 'speaker' || undefined}
          onChange={(event) => handlers.change(id, { speaker: event.target.value })}
        />
        <textarea
          ref={area}
          className="tp-text"
          dir={dir}
          lang={dir === languageDirection(language) ? language : undefined}
          value={paragraph.text}
          maxLength={TEXT_MAX}
          rows={2}
          aria-label={t('transcripts.translation.text', { n: number })}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => handlers.change(id, { text: event.target.value })}
        />
        {source ? null : (
          <div className="tp-tools">
            <button type="button" className="button-quiet" aria-label={t('transcripts.paragraph.removeNamed', { n: number })} onClick={() => handlers.remove(id)}>
              {t('transcripts.paragraph.remove')}
            </button>
          </div>
        )}
        {problem ? (
          <p className="error-text" role="alert" id={problemId}>
            {t(problemKey(problem))}
          </p>
        ) : null}
      </div>
    </li>
  );
});
