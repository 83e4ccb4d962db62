import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { isMac } from '../../../app/use-shortcut';
import { ModalDialog } from '../../../ui/modal-dialog';
import { SHORTCUTS, chordKeys, type Chord } from './shortcuts';

function ChordKeys({ chord }: { chord: Chord }) {
  const { t } = useTranslation();
  const keys = chordKeys(chord, isMac()).map((key) => (key === 'Space' ? t('transcripts.keys.space') : key));
  return (
    // Key caps read left to right as they are pressed, in either UI language.
    <span className="tp-chord" dir="ltr">
      {keys.map((key, i) => (
        <Fragment key={key}>
          {i > 0 ? '+' : null}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

/** The transcriber's keys, as a table; opened with F1 or "?", closed with Escape. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={t('transcripts.help.title')} onClose={onClose} className="tp-help">
      <p>{t('transcripts.help.intro')}</p>
      <table className="tp-help-table">
        <thead>
          <tr>
            <th scope="col">{t('transcripts.help.action')}</th>
            <th scope="col">{t('transcripts.help.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action} data-action={shortcut.action}>
              <td>{t(`transcripts.shortcuts.${shortcut.action}`)}</td>
              <td>
                {shortcut.chords.map((chord, i) => (
                  <Fragment key={`${chord.code}-${String(chord.mod)}`}>
                    {i > 0 ? ` ${t('transcripts.help.or')} ` : null}
                    <ChordKeys chord={chord} />
                  </Fragment>
                ))}
                {shortcut.characters ? ` ${t('transcripts.help.orQuestion')}` : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">{t('transcripts.help.layouts')}</p>
    </ModalDialog>
  );
}
