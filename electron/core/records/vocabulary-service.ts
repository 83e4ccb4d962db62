import { VaultError } from '../../../shared/errors';
import { isBuiltInTerm, type VocabularyId } from '../../../shared/domain/vocabularies';
import type { Db } from '../db/connection';
import { customTermExists, insertCustomTerm, listCustomTerms, type CustomTermRow } from '../db/queries/vocabulary';
import type { VaultSession } from '../vault/session';

/** The organisation's own terms, added beside the built-in ones (which never change). */
export function customTerms(db: Db): CustomTermRow[] {
  return listCustomTerms(db);
}

/** The term was checked by customTermSchema (known vocabulary, not a built-in key). */
export async function addCustomTerm(session: VaultSession, term: CustomTermRow & { vocabulary: VocabularyId }): Promise<CustomTermRow> {
  const vocabulary = term.vocabulary;
  if (isBuiltInTerm(vocabulary, term.key) || customTermExists(session.db, vocabulary, term.key)) {
    throw new VaultError('DUPLICATE_CODE', `The ${vocabulary} vocabulary already has a term "${term.key}".`, { code: term.key, field: 'key' });
  }
  await session.commit((record) => {
    insertCustomTerm(session.db, term, session.now());
    record({ type: 'creation', objectType: 'vocabulary-term', objectId: `${vocabulary}/${term.key}`, detail: {} });
  });
  return term;
}
