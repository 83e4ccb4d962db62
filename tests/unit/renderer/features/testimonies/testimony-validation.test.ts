import { describe, expect, it } from 'vitest';
import { checkCode, checkTitle } from '../../../../../renderer/src/features/testimonies/testimony-validation';
import { TESTIMONY_CODE_MAX, TITLE_MAX } from '../../../../../shared/domain/testimony';

describe('testimony form checks (the core schemas, with our messages)', () => {
  it('accepts Latin and Arabic codes with separators', () => {
    expect(checkCode('T-2024-001')).toBeNull();
    expect(checkCode('ش-٢٠٢٤_7.a')).toBeNull();
  });

  it('names what is wrong with a code', () => {
    expect(checkCode('   ')?.key).toBe('testimony.codeEmpty');
    expect(checkCode('a'.repeat(TESTIMONY_CODE_MAX + 1))).toEqual({ key: 'testimony.codeTooLong', values: { max: TESTIMONY_CODE_MAX } });
    expect(checkCode('T 001')?.key).toBe('testimony.codePattern');
    expect(checkCode('../etc')?.key).toBe('testimony.codePattern');
    expect(checkCode('-T1')?.key).toBe('testimony.codePattern');
  });

  it('names what is wrong with a title', () => {
    expect(checkTitle('مقابلة في حلب')).toBeNull();
    expect(checkTitle('')?.key).toBe('testimony.titleEmpty');
    expect(checkTitle('x'.repeat(TITLE_MAX + 1))).toEqual({ key: 'testimony.titleTooLong', values: { max: TITLE_MAX } });
    expect(checkTitle('line\nbreak')?.key).toBe('testimony.titleControl');
  });
});
