import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';
import { ConfirmKeyStep } from './confirm-key-step';
import { PassphraseStep } from './passphrase-step';
import { RecoveryKeyStep } from './recovery-key-step';
import { pickTwoGroups, recoveryKeyGroups } from './recovery-key';

type Step =
  | { name: 'passphrase' }
  | { name: 'key'; recoveryKey: string }
  | { name: 'confirm'; recoveryKey: string; asked: [number, number] };

const STEP_NUMBER = { passphrase: 1, key: 2, confirm: 3 } as const;

/**
 * Passphrase -> recovery key (shown once) -> proof that it was saved. The key lives only in
 * this component's state: when the wizard ends it unmounts, and the key is gone from the UI.
 */
export function CreateVaultWizard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'passphrase' });
  const eyebrow = t('common.step', { current: STEP_NUMBER[step.name], total: 3 });

  switch (step.name) {
    case 'passphrase':
      return (
        <Screen key={step.name} title={t('create.title')} eyebrow={eyebrow}>
          <PassphraseStep onCreated={(recoveryKey) => setStep({ name: 'key', recoveryKey })} />
        </Screen>
      );
    case 'key':
      return (
        <Screen key={step.name} title={t('recovery.title')} eyebrow={eyebrow} focusHeading>
          <RecoveryKeyStep
            recoveryKey={step.recoveryKey}
            onSaved={() =>
              setStep({
                name: 'confirm',
                recoveryKey: step.recoveryKey,
                asked: pickTwoGroups(recoveryKeyGroups(step.recoveryKey).length),
              })
            }
          />
        </Screen>
      );
    case 'confirm':
      return (
        <Screen key={step.name} title={t('confirmKey.title')} eyebrow={eyebrow}>
          <ConfirmKeyStep
            groups={recoveryKeyGroups(step.recoveryKey)}
            asked={step.asked}
            onConfirmed={onDone}
            onBack={() => setStep({ name: 'key', recoveryKey: step.recoveryKey })}
          />
        </Screen>
      );
  }
}
