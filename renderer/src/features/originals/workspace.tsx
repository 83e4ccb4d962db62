import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../shared/domain/media';
import type { TestimonySummary } from '../../../../shared/domain/testimony';
import { useLoad } from '../../app/use-load';
import { useVault } from '../../app/vault-client';
import { MediaPanel } from '../media/media-panel';
import type { Imports } from '../media/use-imports';
import { useRecord } from '../record/record-context';
import { useAcknowledgedWarnings } from './acknowledged-warnings';
import { ContentWarningGate } from './content-warning-gate';
import { OriginalView } from './original-view';
import { Recorder } from './recording/recorder';
import { TranscriptsPanel } from './transcripts/transcripts-panel';
import { useTranscriptFocus } from './transcript-focus';
import { useFocusedOriginal } from './use-focused-original';

interface OriginalsWorkspaceProps {
  testimony: TestimonySummary;
  imports: Imports;
  /** Bumped by the home when an import into this testimony ends: load the list again. */
  mediaVersion: number;
}

/**
 * Where an interviewer works with the originals of a testimony: the list (import, drop,
 * record, export), and the original opened from it: played with its waveform, segment index
 * and transcripts, or shown beside its transcription, with its facts and provenance. The
 * testimony's content warnings come first, once per testimony in an unlocked session.
 */
export function OriginalsWorkspace({ testimony, imports, mediaVersion }: OriginalsWorkspaceProps) {
  const { t } = useTranslation();
  const vault = useVault();
  const { view, custom } = useRecord();
  const acknowledged = useAcknowledgedWarnings();
  const [openedId, setOpenedId] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const load = useCallback(
    () => vault.call('media.list', { testimonyId: testimony.id }).then((r) => r.items),
    // `mediaVersion` and `changes` are dependencies on purpose: a new value means "load again".
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [vault, testimony.id, mediaVersion, changes],
  );
  const media = useLoad(load);
  const reload = useCallback(() => setChanges((n) => n + 1), []);
  const opened = media.data?.find((item) => item.id === openedId) ?? null;
  const warnings = view.record.contentWarnings;
  const warn = warnings.length > 0 && !acknowledged.has(testimony.id);

  // Opened from a search hit in a transcript: open its original once, at that paragraph.
  const focus = useTranscriptFocus();
  const focused = useFocusedOriginal(testimony.id, focus);
  const focusMediaId = focused.state === 'found' ? focused.mediaId : null;
  const [focusApplied, setFocusApplied] = useState(false);
  if (!focusApplied && focused.state === 'found') {
    setFocusApplied(true);
    if (focusMediaId) setOpenedId(focusMediaId);
  }
  const focusFor = (mediaId: string | null) => (focus && focused.state === 'found' && focusMediaId === mediaId ? focus : undefined);

  const onRecorded = useCallback(
    (item: MediaItem) => {
      reload();
      setOpenedId(item.id);
    },
    [reload],
  );

  return (
    <div className="originals-workspace">
      <div className="originals-toolbar" aria-label={t('originals.toolbar')} role="group">
        <Recorder testimonyId={testimony.id} onRecorded={onRecorded} />
      </div>
      <MediaPanel testimony={testimony} imports={imports} items={media.data} error={media.error} openedId={openedId} onOpen={setOpenedId} />
      {opened ? (
        warn ? (
          <ContentWarningGate
            warnings={warnings}
            custom={custom}
            fileName={opened.originalName}
            onConfirm={() => acknowledged.add(testimony.id)}
            onCancel={() => setOpenedId(null)}
          />
        ) : (
          <OriginalView key={opened.id} media={opened} onClose={() => setOpenedId(null)} onChanged={reload} focus={focusFor(opened.id)} />
        )
      ) : focus && focused.state === 'found' && focusMediaId === null ? (
        // A transcript of no particular original (made outside this app): shown on its own.
        <TranscriptsPanel testimonyId={testimony.id} media={null} player={null} focus={focus} />
      ) : null}
    </div>
  );
}
