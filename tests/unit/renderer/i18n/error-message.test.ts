import { describe, expect, it } from 'vitest';
import { describeError, isolate } from '../../../../renderer/src/i18n/error-message';
import { VaultError } from '../../../../shared/errors';

describe('describeError', () => {
  it('maps a vault error to its translation key with its details, strings isolated', () => {
    const error = new VaultError('DUPLICATE_CODE', 'exists', { code: 'T-1', count: 2 });
    expect(describeError(error)).toEqual({ key: 'errors.DUPLICATE_CODE', values: { code: isolate('T-1'), count: 2 } });
  });

  it('lets details from the vault win over what the screen knew', () => {
    const error = new VaultError('DUPLICATE_CODE', 'exists', { code: 'FROM-CORE' });
    expect(describeError(error, { code: 'typed' }).values.code).toBe(isolate('FROM-CORE'));
    expect(describeError(new VaultError('DUPLICATE_CODE', 'exists'), { code: 'typed' }).values.code).toBe(isolate('typed'));
  });

  it('shows anything that is not a vault error as INTERNAL, never its message', () => {
    const described = describeError(new Error('/home/user/secret path at line 3'));
    expect(described).toEqual({ key: 'errors.INTERNAL', values: {} });
  });

  it('wraps text in first-strong isolates so mixed Arabic/Latin keeps its order', () => {
    expect(isolate('T-1')).toBe('\u2068T-1\u2069');
  });
});
