import { VaultError } from '../../../../../shared/errors';
import { isolate } from '../../../i18n/error-message';
import type { Problem } from './problems';

/**
 * Which field of a form a refusal from the vault is about, and what to say there. The core
 * names the field in `details.field` (a path into the operation's input, such as
 * "session.date" or "overview.code"); `reason` is English for the CLI, so known reasons get
 * their own translated message and others a general one. Null: not about one field.
 */
export interface FieldRefusal {
  path: string;
  problem: Problem;
}

const REASONS: Readonly<Record<string, Problem['key']>> = {
  'unknown term': 'record.problems.unknownTerm',
  'person not in testimony': 'events.problems.personNotLinked',
  'named in events': 'people.problems.namedInEvents',
  'withdrawal kept': 'consent.problems.withdrawalKept',
};

export function fieldRefusal(error: unknown, options: { prefix?: string; duplicate?: Problem['key'] } = {}): FieldRefusal | null {
  if (!(error instanceof VaultError)) return null;
  const raw = error.details?.field;
  if (typeof raw !== 'string' || raw === '') return null;
  const prefix = options.prefix ? `${options.prefix}.` : '';
  const path = prefix && raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
  if (error.code === 'DUPLICATE_CODE') {
    const code = String(error.details?.code ?? '');
    return { path, problem: { key: options.duplicate ?? 'errors.DUPLICATE_CODE', values: { code: isolate(code) } } };
  }
  if (error.code !== 'BAD_INPUT') return null;
  const reason = String(error.details?.reason ?? '');
  const known = REASONS[reason];
  return { path, problem: { key: known ?? 'record.problems.refused' } };
}
