import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/use-language';
import { formatBytes } from '../../../i18n/format';
import { ErrorText } from '../../../ui/error-text';
import { VaultError } from '../../../../../shared/errors';
import { TooLargeToShow } from './read-original';
import { TiffError } from './tiff-decode';
import { ZipError } from './zip-entry';

type Kind = 'pdf' | 'image' | 'text' | 'tiff';

/** pdf.js says what went wrong by the name of its exception (its messages are English, for developers). */
function pdfProblem(error: unknown): 'damaged' | 'password' | 'other' {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'password';
  if (name === 'InvalidPDFException' || name === 'FormatError') return 'damaged';
  return 'other';
}

/**
 * Why a document is not shown, in words a person can act on. A vault error (locked, gone) is
 * said as the vault says it; anything else is about the file, which is kept as it is.
 */
export function ViewerProblem({ kind, error }: { kind: Kind; error: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (error instanceof VaultError) return <ErrorText error={error} />;
  let text: string;
  if (error instanceof TooLargeToShow) text = t('viewer.cannotPreview.tooLarge', { size: formatBytes(error.size, language) });
  else if (error instanceof TiffError) text = t('viewer.cannotPreview.tiff', { reason: t(`viewer.tiffProblem.${error.problem}`) });
  else if (kind === 'image') text = t('viewer.cannotPreview.image');
  else if (kind === 'pdf') text = t('viewer.cannotPreview.pdf', { reason: t(`viewer.pdfProblem.${pdfProblem(error)}`) });
  else text = t('viewer.cannotPreview.text', { reason: t(`viewer.textProblem.${error instanceof ZipError ? 'damaged' : 'other'}`) });
  return (
    <p className="error-text dv-problem" role="alert">
      {text}
    </p>
  );
}
