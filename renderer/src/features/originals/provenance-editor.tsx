import { useTranslation } from 'react-i18next';
import { formatEdtf } from '../../../../shared/domain/edtf';
import { provenanceSchema, type MediaItem, type Provenance } from '../../../../shared/domain/media';
import { useLanguage } from '../../app/use-language';
import { useVault } from '../../app/vault-client';
import { EditButton } from '../record/editing/edit-button';
import { EditorForm } from '../record/editing/editor-form';
import { EditorStatus } from '../record/editing/editor-status';
import { FieldList, FieldRow, Typed } from '../record/editing/field-list';
import { useEditor } from '../record/editing/use-editor';
import { EdtfInput } from '../record/form/edtf-input';
import { LineInput } from '../record/form/line-input';
import { TextArea } from '../record/form/text-area';
import { check, type Checked } from '../record/logic/problems';

interface ProvenanceDraft {
  handedOverBy: string;
  method: string;
  receivedOn: string;
  device: string;
  provenanceNotes: string;
  notes: string;
}

interface Description {
  provenance: Provenance;
  notes: string;
}

function draftOf(media: MediaItem): ProvenanceDraft {
  const p = media.provenance;
  return { handedOverBy: p.handedOverBy, method: p.method, receivedOn: p.receivedOn ?? '', device: p.device, provenanceNotes: p.notes, notes: media.notes };
}

function checkDescription(draft: ProvenanceDraft): Checked<Description> {
  const provenance = check(provenanceSchema, {
    handedOverBy: draft.handedOverBy.trim(),
    method: draft.method.trim(),
    receivedOn: draft.receivedOn.trim() === '' ? null : draft.receivedOn.trim(),
    device: draft.device.trim(),
    notes: draft.provenanceNotes,
  });
  if (!provenance.ok) {
    // The form calls the provenance's own notes "provenanceNotes".
    const { notes, ...rest } = provenance.problems;
    return { ok: false, problems: notes ? { ...rest, provenanceNotes: notes } : rest };
  }
  return { ok: true, value: { provenance: provenance.value, notes: draft.notes } };
}

/**
 * Where an original came from (Berkeley Protocol: who handed it over, how, when, with which
 * device) and notes on it: editable, unlike its bytes and hashes. Every save is an audit event.
 */
export function ProvenanceEditor({ media, onSaved }: { media: MediaItem; onSaved: (media: MediaItem) => void }) {
  const { t } = useTranslation();
  const vault = useVault();
  const language = useLanguage();
  const title = t('originals.provenance.heading');
  const editor = useEditor({
    id: `files:provenance:${media.id}`,
    label: title,
    initial: () => draftOf(media),
    check: checkDescription,
    save: async (value) => onSaved(await vault.call('media.update', { mediaId: media.id, provenance: value.provenance, notes: value.notes })),
    prefix: 'provenance',
  });
  const draft = editor.draft;
  const set = (key: keyof ProvenanceDraft) => (value: string) => editor.update((d) => ({ ...d, [key]: value }));
  const p = media.provenance;
  return (
    <div className="provenance">
      <div className="provenance-header">
        <h4>{title}</h4>
        <EditButton editor={editor} name={t('originals.provenance.edit')} />
      </div>
      <EditorStatus editor={editor} />
      {draft ? (
        <EditorForm editor={editor} label={t('originals.provenance.edit')}>
          <div className="form-grid">
            <LineInput label={t('originals.provenance.handedOverBy')} value={draft.handedOverBy} onChange={set('handedOverBy')} problem={editor.problems.handedOverBy} />
            <LineInput label={t('originals.provenance.method')} value={draft.method} onChange={set('method')} problem={editor.problems.method} hint={t('originals.provenance.methodHint')} />
            <EdtfInput label={t('originals.provenance.receivedOn')} value={draft.receivedOn} onChange={set('receivedOn')} problem={editor.problems.receivedOn} />
            <LineInput label={t('originals.provenance.device')} value={draft.device} onChange={set('device')} problem={editor.problems.device} hint={t('originals.provenance.deviceHint')} />
          </div>
          <TextArea label={t('originals.provenance.provenanceNotes')} value={draft.provenanceNotes} onChange={set('provenanceNotes')} problem={editor.problems.provenanceNotes} />
          <TextArea label={t('originals.provenance.notes')} value={draft.notes} onChange={set('notes')} problem={editor.problems.notes} />
        </EditorForm>
      ) : (
        <FieldList>
          <FieldRow label={t('originals.provenance.handedOverBy')} empty={p.handedOverBy === ''}>
            <Typed value={p.handedOverBy} />
          </FieldRow>
          <FieldRow label={t('originals.provenance.method')} empty={p.method === ''}>
            <Typed value={p.method} />
          </FieldRow>
          <FieldRow label={t('originals.provenance.receivedOn')} empty={p.receivedOn === null}>
            {p.receivedOn ? <bdi>{formatEdtf(p.receivedOn, language)}</bdi> : null}
          </FieldRow>
          <FieldRow label={t('originals.provenance.device')} empty={p.device === ''}>
            <Typed value={p.device} />
          </FieldRow>
          <FieldRow label={t('originals.provenance.provenanceNotes')} empty={p.notes.trim() === ''} prose>
            {p.notes}
          </FieldRow>
          <FieldRow label={t('originals.provenance.notes')} empty={media.notes.trim() === ''} prose>
            {media.notes}
          </FieldRow>
        </FieldList>
      )}
    </div>
  );
}
