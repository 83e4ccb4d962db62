import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/use-language';
import { isolate } from '../../../i18n/error-message';
import { formatDateTime } from '../../../i18n/format';
import { ErrorText } from '../../../ui/error-text';
import type { PlayerHandle } from '../player/player-handle';
import { ConflictNotice, KeptText } from './conflict-notice';
import { cueOf } from './current-paragraph';
import { emptyParagraph, isDirty, type DraftParagraph } from './draft';
import { HistoryPanel } from './history-panel';
import { ParagraphRow, type RowHandlers } from './paragraph-row';
import { formatTimecode, needsHours, roundTimecode, timecodeSeconds } from './timecode';
import { TranslationRow } from './translation-row';
import { useCurrentParagraph } from './use-current-paragraph';
import { useEditorKeys } from './use-editor-keys';
import type { DocState, TranscriptDocs } from './use-transcript-docs';
import { useVersions } from './use-versions';

interface TranscriptEditorProps {
  doc: DocState;
  actions: TranscriptDocs;
  player: PlayerHandle | null;
  duration: number;
  /** The paragraph a search hit pointed at (highlighted), and whether it still has to be shown and cued. */
  highlight: string | null;
  reveal: string | null;
  onRevealed: (key: string) => void;
}

/** One transcript or translation: its paragraphs, saved as a new version each time. */
export function TranscriptEditor({ doc, actions, player, duration, highlight, reveal, onRevealed }: TranscriptEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useRef<HTMLOListElement>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string; focus: { caret: number } } | null>(null);
  const id = doc.info.id;
  const translation = doc.info.kind === 'translation';
  const dirty = isDirty(doc.draft, doc.baseline, translation);
  const versions = useVersions(id, doc.info.latestVersion);
  const hours = needsHours(duration);
  const { edit, save } = actions;

  const starts = useMemo(() => doc.draft.map((p) => timecodeSeconds(p.start)), [doc.draft]);
  const current = useCurrentParagraph(player, starts);
  const currentId = current === null ? null : (doc.draft[current]?.id ?? null);

  const handlers = useMemo<RowHandlers>(
    () => ({
      change: (pid, patch) => edit(id, (draft) => draft.map((p) => (p.id === pid ? { ...p, ...patch } : p))),
      remove: (pid) => edit(id, (draft) => draft.filter((p) => p.id !== pid)),
      seek: player ? (seconds) => player.seek(seconds) : null,
      stampNow:
        player && !translation
          ? (pid) => {
              const start = formatTimecode(roundTimecode(player.currentTime), { tenths: true });
              edit(id, (draft) => draft.map((p) => (p.id === pid ? { ...p, start } : p)));
            }
          : null,
    }),
    [edit, id, player, translation],
  );

  const focusParagraph = useCallback((pid: string) => setFocusRequest({ id: pid, focus: { caret: 0 } }), []);
  const onKeyDown = useEditorKeys({
    draft: doc.draft,
    translation,
    player,
    edit: (draft: DraftParagraph[]) => edit(id, () => draft),
    save: () => {
      if (dirty) save(id);
    },
    focusParagraph,
  });

  // The current paragraph follows playback, unless the person is typing in the transcript (the page must not move under them).
  useEffect(() => {
    if (!currentId || !player?.playing) return;
    const typing = list.current?.contains(document.activeElement) ?? false;
    if (!typing) list.current?.querySelector(`[data-paragraph="${CSS.escape(currentId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [currentId, player]);

  // A search hit: show the paragraph, put the keyboard there, and cue the recording to it (playback does not start).
  useEffect(() => {
    if (!reveal || !highlight) return;
    const index = doc.draft.findIndex((p) => p.id === highlight);
    const row = list.current?.querySelector<HTMLElement>(`[data-paragraph="${CSS.escape(highlight)}"]`);
    if (index >= 0 && row) {
      row.scrollIntoView({ block: 'center' });
      row.querySelector<HTMLTextAreaElement>('textarea')?.focus({ preventScroll: true });
      const cue = cueOf(starts, index);
      if (player && cue !== null) player.seek(cue);
    }
    onRevealed(reveal);
  }, [reveal, highlight, doc.draft, starts, player, onRevealed]);

  const latest = versions.data?.[0];
  const sourceById = useMemo(() => new Map(doc.source?.paragraphs.map((p) => [p.id, p])), [doc.source]);
  const notice = doc.notice;

  return (
    <div className="tp-editor" onKeyDown={onKeyDown}>
      <div className="tp-toolbar">
        <p className="tp-version muted">
          {doc.info.latestVersion === 0
            ? t('transcripts.version.none')
            : latest && latest.version === doc.info.latestVersion
              ? t('transcripts.version.line', { version: latest.version, date: formatDateTime(latest.createdAt, language), name: isolate(latest.authorName) })
              : t('transcripts.version.short', { version: doc.info.latestVersion })}
        </p>
        {dirty ? <p className="tp-dirty">{t('transcripts.unsaved')}</p> : null}
        <button type="button" className="button-primary" aria-disabled={doc.busy || !dirty} onClick={() => dirty && save(id)}>
          {doc.busy ? t('transcripts.saving') : t('transcripts.save')}
        </button>
      </div>
      <p className="tp-status" role="status">
        {notice?.kind === 'saved'
          ? t('transcripts.notice.saved', { version: notice.version })
          : notice?.kind === 'restored'
            ? t('transcripts.notice.restored', { version: notice.version, from: notice.from })
            : notice?.kind === 'reloaded'
              ? t('transcripts.notice.reloaded', { version: notice.version })
              : ''}
      </p>
      {doc.conflict ? <ConflictNotice doc={doc} onReload={() => actions.reload(id)} onSaveOver={() => actions.saveOver(id)} /> : null}
      {doc.kept !== null ? <KeptText text={doc.kept} onDismiss={() => actions.dismiss(id)} /> : null}
      {Object.keys(doc.problems).length > 0 ? (
        <p className="error-text" role="alert">
          {t('transcripts.problems.summary')}
        </p>
      ) : null}
      {doc.error ? <ErrorText error={doc.error} /> : null}
      {translation && doc.source ? (
        <div className="tp-pair-head" aria-hidden="true">
          <span />
          <span>{t('transcripts.translation.sourceColumn')}</span>
          <span>{t('transcripts.translation.targetColumn')}</span>
        </div>
      ) : null}
      {doc.draft.length === 0 ? <p className="muted">{translation ? t('transcripts.translation.emptySource') : t('transcripts.empty')}</p> : null}
      <ol className="tp-rows" ref={list}>
        {doc.draft.map((p, i) => {
          const state = {
            current: p.id === currentId,
            revealed: p.id === highlight,
            problem: doc.problems[p.id],
            focus: focusRequest?.id === p.id ? focusRequest.focus : null,
          };
          return translation ? (
            <TranslationRow
              key={p.id}
              paragraph={p}
              source={sourceById.get(p.id) ?? null}
              sourceLanguage={doc.source?.language ?? doc.info.language}
              number={i + 1}
              language={doc.info.language}
              hours={hours}
              handlers={handlers}
              {...state}
            />
          ) : (
            <ParagraphRow key={p.id} paragraph={p} number={i + 1} language={doc.info.language} hours={hours} handlers={handlers} {...state} />
          );
        })}
      </ol>
      {translation ? null : (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            const added = emptyParagraph();
            edit(id, (draft) => [...draft, added]);
            focusParagraph(added.id);
          }}
        >
          {t('transcripts.addParagraph')}
        </button>
      )}
      <HistoryPanel doc={doc} versions={versions} dirty={dirty} onRestore={(version) => actions.restore(id, version)} onDiscard={() => actions.discard(id)} />
    </div>
  );
}
