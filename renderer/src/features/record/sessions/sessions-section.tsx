import { useTranslation } from 'react-i18next';
import { useVault } from '../../../app/vault-client';
import { EditorStatus } from '../editing/editor-status';
import { useNewItem } from '../editing/new-item';
import { SectionFrame } from '../editing/section-frame';
import { useEditor } from '../editing/use-editor';
import { checkSession, sessionDraft } from '../logic/session-draft';
import { useRecord } from '../record-context';
import { SessionForm } from './session-form';
import { SessionItem } from './session-item';

/** Section 3: the interview sessions of the testimony (there may be several). */
export function SessionsSection() {
  const { t } = useTranslation();
  const vault = useVault();
  const { view, testimonyId, refresh } = useRecord();
  const sessions = view.record.sessions;
  const title = t('record.sections.sessions');
  const adding = useEditor({
    id: 'sessions:new',
    label: title,
    initial: () => sessionDraft(null, () => crypto.randomUUID()),
    check: checkSession,
    save: async (session) => {
      await vault.call('records.saveSession', { testimonyId, session });
      await refresh();
    },
    prefix: 'session',
  });
  const heading = t('record.interview.newHeading');
  const add = useNewItem({ editor: adding, addLabel: t('record.interview.add'), heading, form: (draft) => <SessionForm editor={adding} draft={draft} label={heading} /> });
  return (
    <SectionFrame section="sessions" title={title} actions={add.button}>
      <EditorStatus editor={adding} />
      {sessions.length === 0 && adding.draft === null ? <p className="muted">{t('record.interview.none')}</p> : null}
      <ol className="item-list">
        {sessions.map((session, index) => (
          <SessionItem key={session.id} session={session} index={index} />
        ))}
      </ol>
      {add.card}
    </SectionFrame>
  );
}
