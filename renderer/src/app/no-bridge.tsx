import { useTranslation } from 'react-i18next';
import { Screen } from '../ui/screen';

/** Outside the app (e.g. the page opened in a plain browser) there is no window.vault. */
export function NoBridge() {
  const { t } = useTranslation();
  return (
    <Screen title={t('app.startFailed')} focusHeading>
      <p>{t('app.noBridge')}</p>
    </Screen>
  );
}
