import { z } from 'zod';

/**
 * A testimony code is how a testimony is named everywhere (lists, CLI, custody packages,
 * file names of exports), so it is restricted to letters, digits and a few separators:
 * no spaces, no path separators, no control characters. Letters of any script are allowed.
 */
export const TESTIMONY_CODE_MAX = 64;
export const TESTIMONY_CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
export const TITLE_MAX = 500;

/** Control characters (C0, DEL, C1) never belong in a one-line field. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/u;

export const testimonyCodeSchema = z
  .string()
  .trim()
  .min(1, 'The code is empty.')
  .max(TESTIMONY_CODE_MAX, `The code is longer than ${TESTIMONY_CODE_MAX} characters.`)
  .regex(TESTIMONY_CODE_PATTERN, 'The code may hold only letters, digits, ".", "_" and "-", and must start with a letter or digit.');

export const testimonyTitleSchema = z
  .string()
  .trim()
  .min(1, 'The title is empty.')
  .max(TITLE_MAX, `The title is longer than ${TITLE_MAX} characters.`)
  .refine((s) => !CONTROL_CHARS.test(s), 'The title holds control characters.');

export const idSchema = z.uuid();

export const testimonySummarySchema = z.object({
  id: idSchema,
  code: z.string(),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  mediaCount: z.number().int().nonnegative(),
});
export type TestimonySummary = z.infer<typeof testimonySummarySchema>;
