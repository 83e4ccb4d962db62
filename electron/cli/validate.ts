import type { z } from 'zod';
import { UsageError } from './usage';

/** Checks an argument with the same schema the app uses, naming the option on failure. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, option: string): z.output<T> {
  if (value === undefined) throw new UsageError(`${option} is required.`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(`${option}: ${parsed.error.issues[0]?.message ?? 'invalid value'}`);
  return parsed.data;
}
