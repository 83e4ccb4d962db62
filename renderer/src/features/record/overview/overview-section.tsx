import { useTranslation } from 'react-i18next';
import { useVault } from '../../../app/vault-client';
import { EditButton } from '../editing/edit-button';
import { EditorStatus } from '../editing/editor-status';
import { SectionFrame } from '../editing/section-frame';
import { useEditor } from '../editing/use-editor';
import { checkOverview, overviewOf } from '../logic/overview-draft';
import { useRecord } from '../record-context';
import { OverviewForm } from './overview-form';
import { OverviewView } from './overview-view';

/** Section 1: what the testimony is (code, title, summary, languages, status, warnings, tags). */
export function OverviewSection() {
  const { t } = useTranslation();
  const vault = useVault();
  const { view, testimonyId, refresh } = useRecord();
  const title = t('record.sections.overview');
  const editor = useEditor({
    id: 'overview',
    label: title,
    initial: () => overviewOf(view.record),
    check: checkOverview,
    save: async (overview) => {
      await vault.call('records.updateOverview', { testimonyId, overview });
      await refresh();
    },
    prefix: 'overview',
  });
  return (
    <SectionFrame section="overview" title={title} actions={<EditButton editor={editor} name={t('record.editSection', { section: title })} />}>
      <EditorStatus editor={editor} />
      {editor.draft ? <OverviewForm editor={editor} draft={editor.draft} /> : <OverviewView record={view.record} />}
    </SectionFrame>
  );
}
