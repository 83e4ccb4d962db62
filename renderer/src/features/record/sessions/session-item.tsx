import { useTranslation } from 'react-i18next';
import { formatEdtf } from '../../../../../shared/domain/edtf';
import type { InterviewSession } from '../../../../../shared/domain/record';
import { useLanguage } from '../../../app/use-language';
import { useVault } from '../../../app/vault-client';
import { ItemCard } from '../editing/item-card';
import { useEditor } from '../editing/use-editor';
import { checkSession, sessionDraft } from '../logic/session-draft';
import { useRecord } from '../record-context';
import { SessionForm } from './session-form';
import { SessionView } from './session-view';

/** "Interview of about March 2024" (or its number when it has no date). */
export function useSessionName(): (session: InterviewSession, index: number) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (session, index) =>
    session.date ? t('record.interview.named', { date: formatEdtf(session.date, language) }) : t('record.interview.numbered', { n: index + 1 });
}

export function SessionItem({ session, index }: { session: InterviewSession; index: number }) {
  const { t } = useTranslation();
  const vault = useVault();
  const { testimonyId, refresh } = useRecord();
  const name = useSessionName()(session, index);
  const editor = useEditor({
    id: `sessions:${session.id}`,
    label: t('record.sections.sessions'),
    initial: () => sessionDraft(session, () => session.id),
    check: checkSession,
    save: async (value) => {
      await vault.call('records.saveSession', { testimonyId, session: value });
      await refresh();
    },
    prefix: 'session',
  });
  return (
    <ItemCard
      editor={editor}
      name={name}
      data={{ 'data-session': session.id }}
      headingExtra={
        session.time ? (
          <span className="muted item-time" dir="ltr">
            {' '}
            {session.time}
          </span>
        ) : null
      }
      removal={{
        title: t('record.interview.removeTitle', { session: name }),
        text: t('record.interview.removeText'),
        confirmLabel: t('record.interview.removeConfirm'),
        run: async () => {
          await vault.call('records.deleteSession', { testimonyId, sessionId: session.id });
          await refresh();
        },
      }}
      form={(draft) => <SessionForm editor={editor} draft={draft} label={t('record.editItem', { item: name })} />}
      view={<SessionView session={session} />}
    />
  );
}
