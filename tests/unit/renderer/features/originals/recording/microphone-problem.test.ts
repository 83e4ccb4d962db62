import { describe, expect, it } from 'vitest';
import { microphoneProblem } from '../../../../../../renderer/src/features/originals/recording/microphone-problem';
import { RECORDING_MIME } from '../../../../../../renderer/src/features/originals/recording/recording-format';
import { operations } from '../../../../../../shared/contract/operations';

describe('the microphone', () => {
  it('records the one format the vault accepts', () => {
    expect(operations['recording.start'].input.safeParse({ testimonyId: '00000000-0000-4000-8000-000000000000', mimeType: RECORDING_MIME }).success).toBe(true);
  });

  it('tells apart why getUserMedia failed, from the DOMException it rejects with', () => {
    expect(microphoneProblem(new DOMException('Permission denied', 'NotAllowedError'))).toBe('micDenied');
    expect(microphoneProblem(new DOMException('', 'SecurityError'))).toBe('micDenied');
    expect(microphoneProblem(new DOMException('Requested device not found', 'NotFoundError'))).toBe('micNotFound');
    expect(microphoneProblem(new DOMException('', 'OverconstrainedError'))).toBe('micNotFound');
    expect(microphoneProblem(new DOMException('Could not start audio source', 'NotReadableError'))).toBe('micBusy');
    expect(microphoneProblem(new TypeError('x'))).toBe('micFailed');
    expect(microphoneProblem('weird')).toBe('micFailed');
    expect(microphoneProblem(null)).toBe('micFailed');
  });
});
