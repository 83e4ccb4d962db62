import { useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../../shared/domain/media';
import { useLoad } from '../../app/use-load';
import { useVault } from '../../app/vault-client';
import { ErrorText } from '../../ui/error-text';
import { DamageFlag } from '../media/damage-flag';
import { AudioOriginal } from './audio-original';
import { OriginalDetails } from './original-details';
import { ProvenanceEditor } from './provenance-editor';
import { TranscriptsPanel } from './transcripts/transcripts-panel';
import type { TranscriptFocus } from './transcript-focus';
import { DocumentViewer } from './viewer/document-viewer';

interface OriginalViewProps {
  media: MediaItem;
  /** Open its transcript at this paragraph (a search hit), the recording cued there. */
  focus?: TranscriptFocus | undefined;
  onClose: () => void;
  onChanged: (media: MediaItem) => void;
}

function AudioSource({ media, focus }: { media: MediaItem; focus: TranscriptFocus | undefined }) {
  const vault = useVault();
  const load = useCallback(() => vault.call('media.playbackUrl', { mediaId: media.id }), [vault, media.id]);
  const url = useLoad(load);
  if (url.error) return <ErrorText error={url.error} />;
  return url.data ? <AudioOriginal media={media} url={url.data.url} focus={focus} /> : null;
}

/** One original, opened: played or shown, with what the vault knows of it and where it came from. */
export function OriginalView({ media, onClose, onChanged, focus }: OriginalViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const audio = media.kind === 'audio' || media.kind === 'video';

  // Opening an original is like arriving on a new part of the page.
  // (Not when a search hit opened it: the hit's paragraph takes the keyboard then.)
  const focused = focus !== undefined;
  useEffect(() => {
    if (!focused) heading.current?.focus();
  }, [media.id, focused]);

  return (
    <section className="original-view" aria-labelledby={headingId} data-media={media.id}>
      <div className="original-view-header">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          <bdi>{media.originalName}</bdi>
        </h3>
        <button type="button" className="button-quiet" onClick={onClose}>
          {t('originals.close')}
        </button>
      </div>
      <DamageFlag media={media} />
      {audio ? (
        <AudioSource media={media} focus={focus} />
      ) : (
        <div className="document-work">
          <DocumentViewer media={media} />
          <TranscriptsPanel testimonyId={media.testimonyId} media={media} player={null} focus={focus} />
        </div>
      )}
      <div className="original-record">
        <div className="original-about">
          <h4>{t('originals.details.heading')}</h4>
          <OriginalDetails media={media} />
        </div>
        <ProvenanceEditor media={media} onSaved={onChanged} />
      </div>
    </section>
  );
}
