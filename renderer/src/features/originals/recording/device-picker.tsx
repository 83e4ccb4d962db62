import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Microphone } from './microphone';

interface DevicePickerProps {
  devices: readonly Microphone[];
  deviceId: string | null;
  /** While recording the microphone stays the one the recording started with. */
  locked: boolean;
  onChoose: (deviceId: string) => void;
}

/** The microphone to record from; names appear once the person has allowed the microphone. */
export function DevicePicker({ devices, deviceId, locked, onChoose }: DevicePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const known = devices.some((d) => d.deviceId === deviceId);
  return (
    <div className="field recorder-device">
      <label htmlFor={id}>{t('recorder.microphone')}</label>
      <select
        id={id}
        value={known ? (deviceId ?? '') : ''}
        disabled={locked || devices.length === 0}
        aria-describedby={locked ? hintId : undefined}
        onChange={(event) => onChoose(event.target.value)}
      >
        {known ? null : <option value="">{t('recorder.microphone')}</option>}
        {devices.map((device, i) => (
          <option key={device.deviceId} value={device.deviceId}>
            {device.label || t('recorder.microphoneN', { n: i + 1 })}
          </option>
        ))}
      </select>
      {locked ? (
        <p className="field-hint" id={hintId}>
          {t('recorder.microphoneLocked')}
        </p>
      ) : null}
    </div>
  );
}
