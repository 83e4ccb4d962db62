import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './connection';

/**
 * Prepared statements, cached per connection: preparing costs more than running a small
 * query, and the record and search paths run the same few statements thousands of times.
 */
const caches = new WeakMap<Db, Map<string, Statement>>();

export function statement<P extends unknown[] = unknown[], R = unknown>(db: Db, sql: string): Statement<P, R> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared as unknown as Statement<P, R>;
}
