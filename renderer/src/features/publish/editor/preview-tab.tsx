import { useEffect, useState } from 'react';
import type { OperationOutput } from '../../../../../shared/contract/operations';
import type { RedactionDocument } from '../../../../../shared/redaction/types';
import { useVault } from '../../../app/vault-client';
import { ErrorText } from '../../../ui/error-text';
import { PreviewPane } from './preview-pane';

type Preview = OperationOutput<'publish.preview'>;

/** How long typing must pause before the core is asked again (it redacts and checks the whole text). */
const SETTLE_MS = 300;

/**
 * The preview asks the core (publish.preview) with the unsaved draft: the text as the core
 * will publish it and its leak check, so the editor sees the refusal before exporting.
 */
export function PreviewTab({ narrativeId, document, language }: { narrativeId: string; document: RedactionDocument; language: string }) {
  const vault = useVault();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      vault.call('publish.preview', { narrativeId, document }).then(
        (answer) => {
          if (!live) return;
          setPreview(answer);
          setError(null);
        },
        (caught: unknown) => live && setError(caught),
      );
    }, SETTLE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [vault, narrativeId, document]);

  if (error) return <ErrorText error={error} />;
  if (!preview) return <PreviewPane applied={{ text: '', spans: [] }} language={language} leaks={null} />;
  return <PreviewPane applied={preview} language={language} leaks={preview.leaks} />;
}
