import path from 'node:path';
import { promises as fs } from 'node:fs';
import { VaultError } from '../../../shared/errors';
import { recordsJsonSchema } from '../../../shared/domain/record-file';
import { importRecords, writeExport } from '../../core/records/records-io';
import { getTestimonyByCode } from '../../core/db/queries/testimonies';
import { recordView } from '../../core/records/record-view';
import { queryTestimonies } from '../../core/records/testimony-search';
import type { Output } from '../output';
import { withSession, type VaultOptions } from '../session';
import { EXIT_OK, EXIT_USAGE, UsageError } from '../usage';

/** `records import FILE`: all or nothing; every problem listed with its row and field. Returns the exit code. */
export async function recordsImport(options: VaultOptions & { file?: string | undefined }, out: Output): Promise<number> {
  if (!options.file) throw new UsageError('Name the FILE to import (JSON or CSV).');
  const file = path.resolve(options.file);
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new VaultError('FILE_NOT_FOUND', `${options.file} does not exist or is not a file.`, { fileName: options.file });
  const outcome = await withSession(options, (session) => importRecords(session, file));
  if (outcome.status === 'refused') {
    const message = `Nothing was imported: ${outcome.problems.length} problem(s) in ${options.file}.`;
    if (out.json) out.result({ ok: false, code: 'BAD_INPUT', message, problems: outcome.problems });
    else {
      process.stderr.write(`testimony-vault: ${message}\n`);
      for (const p of outcome.problems) process.stderr.write(`  row ${p.row}${p.field ? `, ${p.field}` : ''}: ${p.message}\n`);
    }
    return EXIT_USAGE;
  }
  out.result({ testimonies: outcome.testimonies, people: outcome.people });
  out.line(`Imported ${outcome.testimonies} testimonies and ${outcome.people} people.`);
  return EXIT_OK;
}

export async function recordsExport(options: VaultOptions & { out?: string | undefined; format?: string | undefined; force: boolean }, out: Output): Promise<void> {
  if (!options.out) throw new UsageError('--out FILE is required.');
  const format = options.format ?? (options.out.toLowerCase().endsWith('.csv') ? 'csv' : 'json');
  if (format !== 'json' && format !== 'csv') throw new UsageError('--format is json or csv.');
  const target = path.resolve(options.out);
  if (!options.force && (await fs.stat(target).catch(() => null))) throw new VaultError('FILE_EXISTS', `${target} already exists; use --force to replace it.`, { path: target });
  const count = await withSession(options, (session) => writeExport(session, target, format));
  out.result({ path: target, format, testimonies: count });
  out.line(`Wrote ${count} testimonies to ${target} (${format}). It is not encrypted: keep it as safe as the vault.`);
}

export function recordsSchema(out: Output): void {
  process.stdout.write(`${JSON.stringify(recordsJsonSchema(), null, out.json ? 0 : 2)}\n`);
}

export async function testimonyShow(options: VaultOptions & { code?: string | undefined }, out: Output): Promise<void> {
  if (!options.code) throw new UsageError('Name the testimony CODE to show.');
  const code = options.code.normalize('NFC');
  const view = await withSession(options, async (session) => {
    const testimony = getTestimonyByCode(session.db, code);
    if (!testimony) throw new VaultError('NOT_FOUND', `There is no testimony with the code ${code}.`);
    return recordView(session, testimony.id);
  });
  out.result(view);
  const r = view.record;
  out.line(`${r.code}  ${r.title}  (${r.status}, ${r.sensitivity})`);
  if (r.summary) out.line(`  ${r.summary}`);
  out.line(`  interviews: ${r.sessions.length}, people: ${r.people.length}, events: ${r.events.length}`);
  const missing = view.completeness.filter((c) => !c.done).map((c) => c.item);
  out.line(`  missing for an accountability mechanism: ${missing.length ? missing.join(', ') : 'nothing'}`);
}

export async function search(options: VaultOptions & { query?: string | undefined }, out: Output): Promise<void> {
  if (!options.query?.trim()) throw new UsageError('Give a search QUERY.');
  const result = await withSession(options, async (session) => queryTestimonies(session.db, { text: options.query }));
  const matches = result.items.map((item) => ({ code: item.code, fields: result.matches[item.id] ?? [] }));
  out.result({ matches });
  if (matches.length === 0) out.line('No testimony matches.');
  for (const m of matches) out.line(`${m.code}\t${m.fields.join(', ')}`);
}
