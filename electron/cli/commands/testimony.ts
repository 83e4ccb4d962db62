import { testimonyCodeSchema, testimonyTitleSchema } from '../../../shared/domain/testimony';
import { createTestimony, testimonies } from '../../core/records/testimonies';
import type { Output } from '../output';
import type { VaultOptions } from '../session';
import { withSession } from '../session';
import { parseWith } from '../validate';

export async function testimonyAdd(options: VaultOptions & { code?: string | undefined; title?: string | undefined }, out: Output): Promise<void> {
  const code = parseWith(testimonyCodeSchema, options.code, '--code');
  const title = parseWith(testimonyTitleSchema, options.title, '--title');
  const created = await withSession(options, (session) => createTestimony(session, { code, title }));
  out.result({ id: created.id, code: created.code, title: created.title, createdAt: created.createdAt });
  out.line(`Added testimony ${created.code} (${created.id}).`);
}

export async function testimonyList(options: VaultOptions, out: Output): Promise<void> {
  const items = await withSession(options, async (session) => testimonies(session));
  out.result({ testimonies: items });
  if (items.length === 0) out.line('No testimonies yet.');
  for (const t of items) out.line(`${t.code}\t${t.mediaCount} file(s)\t${t.title}`);
}
