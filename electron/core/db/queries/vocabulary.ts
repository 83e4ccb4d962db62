import type { Db } from '../connection';
import { statement } from '../statements';

/** The organisation's own vocabulary terms (the built-in ones are in shared/domain/vocabularies). */
export interface CustomTermRow {
  vocabulary: string;
  key: string;
  labels: { en: string; ar: string };
}

export function listCustomTerms(db: Db): CustomTermRow[] {
  const rows = statement(db, 'SELECT vocabulary, key, label_en, label_ar FROM vocabulary_terms ORDER BY vocabulary, key').all() as {
    vocabulary: string;
    key: string;
    label_en: string;
    label_ar: string;
  }[];
  return rows.map((r) => ({ vocabulary: r.vocabulary, key: r.key, labels: { en: r.label_en, ar: r.label_ar } }));
}

export function customTermExists(db: Db, vocabulary: string, key: string): boolean {
  return statement(db, 'SELECT 1 FROM vocabulary_terms WHERE vocabulary = ? AND key = ?').get(vocabulary, key) !== undefined;
}

export function insertCustomTerm(db: Db, term: CustomTermRow, now: string): void {
  statement(db, 'INSERT INTO vocabulary_terms (vocabulary, key, label_en, label_ar, created_at) VALUES (?, ?, ?, ?, ?)').run(term.vocabulary, term.key, term.labels.en, term.labels.ar, now);
}
