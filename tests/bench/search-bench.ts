import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openEncryptedDatabase, type Db } from '../../electron/core/db/connection';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { listRows, queryTestimonies, searchTestimonyIds } from '../../electron/core/records/testimony-search';
import { BENCH_QUERIES, fillSynthetic } from './synthetic-records';
import { median, round } from './measure';

/**
 * Search over 10,000 synthetic testimonies (about a million words), in the encrypted database
 * and in an unencrypted copy built the same way in the same run: the ratio is the cost of
 * SQLCipher's page decryption on search.
 */
function plainDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  return db;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The search as the list screen asks it: ids in order and matched fields (rows are cached there). */
function timeQueries(db: Db, rounds: number, run: (db: Db, text: string) => unknown = (d, text) => searchTestimonyIds(d, { text })): number[] {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of BENCH_QUERIES) {
      const start = process.hrtime.bigint();
      run(db, text);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return times;
}

export async function searchBench(count = Number(process.env.BENCH_TESTIMONIES ?? 10_000)) {
  const work = await fs.mkdtemp(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'tv-bench-search-'));
  try {
    const encrypted = openEncryptedDatabase(path.join(work, 'vault.db'), randomBytes(32).toString('hex'));
    const plain = plainDatabase(path.join(work, 'plain.db'));
    const built: Record<string, number> = {};
    let words = 0;
    for (const [name, db] of [
      ['encrypted', encrypted],
      ['plain', plain],
    ] as const) {
      migrate(db, MIGRATIONS);
      const start = Date.now();
      words = fillSynthetic(db, count).words;
      built[name] = Date.now() - start;
    }
    // Warm both the same way, then interleave rounds so machine noise hits both alike.
    timeQueries(encrypted, 1);
    timeQueries(plain, 1);
    const enc: number[] = [];
    const pln: number[] = [];
    for (let i = 0; i < 5; i++) {
      enc.push(...timeQueries(encrypted, 1));
      pln.push(...timeQueries(plain, 1));
    }
    const hits = BENCH_QUERIES.map((text) => searchTestimonyIds(encrypted, { text }).ids.length);
    // Search with the rows of every hit materialised (the CLI's `search`), for comparison.
    const withRows = timeQueries(encrypted, 1, (d, text) => queryTestimonies(d, { text }));
    const listStart = process.hrtime.bigint();
    const all = listRows(encrypted).size;
    const listMs = Number(process.hrtime.bigint() - listStart) / 1e6;
    encrypted.close();
    plain.close();
    const p95 = percentile(enc, 95);
    const plainP95 = percentile(pln, 95);
    return {
      testimonies: count,
      words,
      buildMs: built,
      queries: BENCH_QUERIES.length,
      medianHits: median(hits),
      encrypted: { p50Ms: round(median(enc), 3), p95Ms: round(p95, 3) },
      unencrypted: { p50Ms: round(median(pln), 3), p95Ms: round(plainP95, 3) },
      p95TargetMs: 30,
      p95Pass: p95 <= 30,
      ratioP95: round(p95 / plainP95, 3),
      ratioTotal: round(enc.reduce((a, b) => a + b, 0) / pln.reduce((a, b) => a + b, 0), 3),
      ratioTarget: 1.3,
      ratioPass: p95 / plainP95 <= 1.3,
      withRowsP95Ms: round(percentile(withRows, 95), 3),
      allListRowsMs: round(listMs, 1),
      allListRows: all,
    };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
