import { useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem, TranscriptInfo } from '../../../../../shared/domain/media';
import { useLanguage } from '../../../app/use-language';
import { useLoad } from '../../../app/use-load';
import { isMac } from '../../../app/use-shortcut';
import { useVault } from '../../../app/vault-client';
import { ErrorText } from '../../../ui/error-text';
import { useMarkUnsaved } from '../../record/editing/unsaved-edits';
import { languageName } from '../../record/logic/codes';
import { RecordContext } from '../../record/record-context';
import type { PlayerHandle } from '../player/player-handle';
import { documentsOf, translationLanguage, withCreated } from './documents';
import { isDirty } from './draft';
import { inDialog, inTextField } from './keys';
import { NewTranscriptForm } from './new-transcript-form';
import { matchShortcut } from './shortcuts';
import { ShortcutsHelp } from './shortcuts-help';
import { TranscriptEditor } from './transcript-editor';
import { useTranscriptDocs } from './use-transcript-docs';
import './transcripts.css';

export interface TranscriptsPanelProps {
  testimonyId: string;
  /** The original being worked on (its transcripts first), if any. */
  media: MediaItem | null;
  /** Controls of the audio player beside the transcript, when the original is audio. */
  player: PlayerHandle | null;
  /** Open this transcript at this paragraph (a search hit). */
  focus?: { transcriptId: string; paragraphId: string } | undefined;
}

/** Tells the testimony page that this document holds unsaved work (leaving then asks first). */
function UnsavedMark({ id, label }: { id: string; label: string }) {
  useMarkUnsaved(`files:transcript:${id}`, label);
  return null;
}

/**
 * Transcripts and translations of the testimony: a time-coded editor beside the player, with
 * the transcriber's keys, versions (who, when, what changed, restore) and translations side
 * by side, paragraph by paragraph. Drafts live in memory only; nothing typed is lost to a
 * conflicting save.
 */
export function TranscriptsPanel({ testimonyId, media, player, focus }: TranscriptsPanelProps) {
  const { t } = useTranslation();
  const ui = useLanguage();
  const vault = useVault();
  const headingId = useId();
  const record = useContext(RecordContext);
  const mediaId = media?.id ?? null;
  const duration = media?.durationSeconds ?? player?.duration ?? 0;
  const load = useCallback(() => vault.call('transcripts.list', { testimonyId }).then((r) => r.items), [vault, testimonyId]);
  const list = useLoad(load);
  const [created, setCreated] = useState<TranscriptInfo[]>([]);
  const docs = useTranscriptDocs(duration, player !== null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [help, setHelp] = useState(false);
  const helpOpener = useRef<Element | null>(null);

  // A search hit chooses its transcript; the editor shows and cues its paragraph once.
  const focusKey = focus ? `${focus.transcriptId}/${focus.paragraphId}` : null;
  const [seenFocus, setSeenFocus] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<string | null>(null);
  if (focusKey !== seenFocus) {
    setSeenFocus(focusKey);
    if (focus) setChosen(focus.transcriptId);
  }

  const items = useMemo(() => documentsOf(withCreated(list.data ?? [], created), mediaId), [list.data, created, mediaId]);
  const selected = items.find((item) => item.id === chosen) ?? items[0] ?? null;
  const { open } = docs;
  useEffect(() => {
    if (selected) open(selected);
  }, [selected, open]);

  const labelOf = useCallback(
    (info: TranscriptInfo) => t(info.kind === 'translation' ? 'transcripts.kind.translation' : 'transcripts.kind.transcript', { language: languageName(info.language, ui) }),
    [t, ui],
  );
  const dirty = useMemo(
    () => new Set(Object.values(docs.docs).flatMap((d) => (isDirty(d.draft, d.baseline, d.info.kind === 'translation') ? [d.info.id] : []))),
    [docs.docs],
  );

  function openHelp(): void {
    helpOpener.current = document.activeElement;
    setHelp(true);
  }

  function closeHelp(): void {
    setHelp(false);
    // Back where the person was typing.
    const opener = helpOpener.current;
    requestAnimationFrame(() => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.defaultPrevented || inDialog(event.target)) return;
    if (matchShortcut(event.nativeEvent, isMac(), inTextField(event.target)) === 'help') {
      event.preventDefault();
      openHelp();
    }
  }

  function onCreated(info: TranscriptInfo): void {
    setCreated((all) => [...all, info]);
    setChosen(info.id);
    setAdding(false);
    list.reload();
  }

  const doc = selected ? docs.docs[selected.id] : undefined;
  const source = selected?.kind === 'translation' ? (items.find((i) => i.id === selected.sourceId) ?? null) : selected;
  const highlight = focus && selected?.id === focus.transcriptId ? focus.paragraphId : null;
  const defaultLanguage = record?.view.record.languages[0] ?? 'ar';

  return (
    <section className="transcripts-panel" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className="tp-header">
        <h4 id={headingId}>{t('transcripts.heading')}</h4>
        <button type="button" className="button-quiet" aria-keyshortcuts="F1" onClick={openHelp}>
          {t('transcripts.help.open')}
        </button>
      </div>
      {[...dirty].map((id) => {
        const info = items.find((i) => i.id === id);
        return info ? <UnsavedMark key={id} id={id} label={labelOf(info)} /> : null;
      })}
      {list.error ? <ErrorText error={list.error} /> : null}
      {list.data && items.length === 0 ? (
        <>
          <p className="muted">{t('transcripts.none')}</p>
          <NewTranscriptForm testimonyId={testimonyId} mediaId={mediaId} source={null} defaultLanguage={defaultLanguage} onCreated={onCreated} onCancel={null} />
        </>
      ) : null}
      {items.length > 0 ? (
        <div className="tp-documents">
          <div className="tp-picker" role="group" aria-label={t('transcripts.picker')}>
            {items.map((info) => (
              <button key={info.id} type="button" className="button-quiet" aria-pressed={info.id === selected?.id} data-transcript={info.id} onClick={() => setChosen(info.id)}>
                {labelOf(info)}
                {dirty.has(info.id) ? <span className="tp-picker-unsaved"> {t('transcripts.unsavedMark')}</span> : null}
              </button>
            ))}
          </div>
          {source && !adding ? (
            <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
              {t('transcripts.new.addTranslation')}
            </button>
          ) : null}
        </div>
      ) : null}
      {adding && source ? (
        <NewTranscriptForm
          testimonyId={testimonyId}
          mediaId={mediaId}
          source={source}
          defaultLanguage={translationLanguage(source.language)}
          onCreated={onCreated}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      {selected && docs.loadErrors[selected.id] ? <ErrorText error={docs.loadErrors[selected.id]} /> : null}
      {doc ? (
        <TranscriptEditor
          key={doc.info.id}
          doc={doc}
          actions={docs}
          player={player}
          duration={duration}
          highlight={highlight}
          reveal={highlight && focusKey !== revealed ? focusKey : null}
          onRevealed={setRevealed}
        />
      ) : selected && !docs.loadErrors[selected.id] ? (
        <p className="muted">{t('transcripts.loading')}</p>
      ) : null}
      {help ? <ShortcutsHelp onClose={closeHelp} /> : null}
    </section>
  );
}
