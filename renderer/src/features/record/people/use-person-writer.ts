import { useCallback } from 'react';
import type { Person, TestimonyPerson } from '../../../../../shared/domain/record';
import { VaultError } from '../../../../../shared/errors';
import { useVault } from '../../../app/vault-client';
import type { CheckedPerson } from '../logic/person-draft';
import { useRecord } from '../record-context';

/** The link's own checks name its fields without the "link." the form files them under. */
function asLinkError(error: unknown): unknown {
  if (!(error instanceof VaultError) || typeof error.details?.field !== 'string') return error;
  const field = error.details.field;
  return field.startsWith('link.') ? error : new VaultError(error.code, error.message, { ...error.details, field: `link.${field}` });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes a person and their part in this testimony: people.create or people.update (only
 * when the person changed), then records.linkPerson (only when the link changed). Returns the
 * person's id. `onCreated` hears of a new person at once, so that a link refused after the
 * creation is retried as an update of that person, never as a second person.
 */
export type PersonWriter = (value: CheckedPerson, existing: Person | null, link: TestimonyPerson | null, onCreated?: (person: Person) => void) => Promise<string>;

export function usePersonWriter(): PersonWriter {
  const vault = useVault();
  const { testimonyId, refresh } = useRecord();
  return useCallback(
    async (value, existing, link, onCreated) => {
      let personId: string;
      if (existing === null) {
        const created = await vault.call('people.create', { code: value.code, identity: value.identity });
        onCreated?.(created);
        personId = created.id;
      } else {
        personId = existing.id;
        if (existing.code !== value.code || !same(existing.identity, value.identity)) {
          await vault.call('people.update', { personId, code: value.code, identity: value.identity });
        }
      }
      const next: TestimonyPerson = { personId, ...value.link };
      if (link === null || !same(link, next)) {
        try {
          await vault.call('records.linkPerson', { testimonyId, link: next });
        } catch (error) {
          throw asLinkError(error);
        }
      }
      await refresh();
      return personId;
    },
    [vault, testimonyId, refresh],
  );
}
