import type { z } from 'zod';
import { TESTIMONY_CODE_MAX, TITLE_MAX, testimonyCodeSchema, testimonyTitleSchema } from '../../../../shared/domain/testimony';

/** A translation key of the testimony form and its values; null when the value is fine. */
export interface FieldProblem {
  key:
    | 'testimony.codeEmpty'
    | 'testimony.codeTooLong'
    | 'testimony.codePattern'
    | 'testimony.titleEmpty'
    | 'testimony.titleTooLong'
    | 'testimony.titleControl';
  values?: Record<string, number>;
}

/**
 * The same schemas the core parses with (shared/domain/testimony.ts), so the form refuses
 * exactly what the vault would; zod's English messages are replaced by our keys.
 */
function firstIssue(schema: z.ZodType, value: string): z.core.$ZodIssue | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0];
}

export function checkCode(code: string): FieldProblem | null {
  const issue = firstIssue(testimonyCodeSchema, code);
  if (!issue) return null;
  if (issue.code === 'too_small') return { key: 'testimony.codeEmpty' };
  if (issue.code === 'too_big') return { key: 'testimony.codeTooLong', values: { max: TESTIMONY_CODE_MAX } };
  return { key: 'testimony.codePattern' };
}

export function checkTitle(title: string): FieldProblem | null {
  const issue = firstIssue(testimonyTitleSchema, title);
  if (!issue) return null;
  if (issue.code === 'too_small') return { key: 'testimony.titleEmpty' };
  if (issue.code === 'too_big') return { key: 'testimony.titleTooLong', values: { max: TITLE_MAX } };
  return { key: 'testimony.titleControl' };
}
