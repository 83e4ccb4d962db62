import { VaultError } from '../../../shared/errors';
import type { Db } from './connection';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Db): void;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Checks the list itself: versions 1, 2, 3, … with no gap or repeat. */
export function assertMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

/**
 * Brings the database up to `target` (default: the newest), one transaction per migration,
 * recording each in user_version. Forward only; a database newer than this app is refused
 * rather than opened by code that does not know its tables.
 */
export function migrate(db: Db, migrations: readonly Migration[], target = migrations.length): void {
  assertMigrationList(migrations);
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new VaultError(
      'DATABASE_TOO_NEW',
      `This vault's database has schema version ${current}; this version of Testimony Vault knows only up to ${migrations.length}. Update the app to open it.`,
      { found: current, supported: migrations.length },
    );
  }
  for (const migration of migrations.slice(current, target)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
