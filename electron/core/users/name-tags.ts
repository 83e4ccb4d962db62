import { createHmac, hkdfSync } from 'node:crypto';
import { arabicTokenVariants, searchTokens } from '../../../shared/text/normalize';
import type { Db } from '../db/connection';
import { statement } from '../db/statements';

/**
 * A keyed-hash index of people's names for the redaction and publication helpers (issue 7).
 * Editors redact narratives and must be warned when a name is left in, yet they must not see
 * the names. Every token of every name (with its Arabic variants, normalised as search does)
 * is stored as HMAC-SHA256 under a key derived from the editor key (people.name_tags); a
 * narrative's words are hashed the same way and compared.
 *
 * What it does not hide: anyone holding the editor key (every user) can hash a guessed name
 * and see whether it is in the index. That is what makes matching possible without the names;
 * the identity details themselves stay under the identity key. Tags are never shown.
 */
const TAG_BYTES = 12;

export class NameTagger {
  private constructor(private readonly key: Uint8Array) {}

  /** Keeps its own derived key; the caller keeps and wipes `editorKey`. */
  static create(editorKey: Uint8Array): NameTagger {
    return new NameTagger(new Uint8Array(hkdfSync('sha256', editorKey, new Uint8Array(0), 'testimony-vault/v2/name-tags', 32)));
  }

  /** The tag of one normalised token. */
  tag(token: string): string {
    return createHmac('sha256', this.key).update(token, 'utf8').digest().subarray(0, TAG_BYTES).toString('hex');
  }

  /** The tags of a word as typed: its normalised forms with and without attached particles. */
  tagsOfWord(word: string): string[] {
    return arabicTokenVariants(word).map((v) => this.tag(v));
  }

  /** What people.name_tags holds for a person's names (space-separated, unique). */
  tagsOfNames(names: readonly string[]): string {
    const out = new Set<string>();
    for (const name of names) for (const token of searchTokens(name)) for (const tag of this.tagsOfWord(token)) out.add(tag);
    return [...out].join(' ');
  }

  dispose(): void {
    this.key.fill(0);
  }
}

const taggers = new WeakMap<Db, NameTagger>();

export function attachNameTagger(db: Db, tagger: NameTagger): void {
  taggers.get(db)?.dispose();
  taggers.set(db, tagger);
}

export function detachNameTagger(db: Db): void {
  taggers.get(db)?.dispose();
  taggers.delete(db);
}

export function nameTaggerOf(db: Db): NameTagger | undefined {
  return taggers.get(db);
}

/** A word of a text that is (a form of) a token of a person's name. */
export interface NameHit {
  /** UTF-16 offsets in the text given. */
  start: number;
  end: number;
  personId: string;
}

/**
 * Words of `text` that are names of the given people (all people when omitted), found by tag.
 * For the redaction helper's suggestions and the publication's leak check: it learns where a
 * name is and whose, never the name.
 */
export function findNameHits(db: Db, text: string, personIds?: readonly string[]): NameHit[] {
  const tagger = nameTaggerOf(db);
  if (!tagger) return [];
  const rows = statement(db, 'SELECT id, name_tags FROM people').all() as { id: string; name_tags: string }[];
  const wanted = personIds ? new Set(personIds) : null;
  const owners = new Map<string, string[]>();
  for (const row of rows) {
    if (wanted && !wanted.has(row.id)) continue;
    for (const tag of row.name_tags.split(' ')) if (tag) owners.set(tag, [...(owners.get(tag) ?? []), row.id]);
  }
  const hits: NameHit[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const people = new Set(tagger.tagsOfWord(match[0]).flatMap((tag) => owners.get(tag) ?? []));
    for (const personId of people) hits.push({ start: match.index, end: match.index + match[0].length, personId });
  }
  return hits;
}
