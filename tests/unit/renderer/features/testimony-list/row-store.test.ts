import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createVaultApi, type VaultApi } from '../../../../../electron/core/api';
import { RowStore } from '../../../../../renderer/src/features/testimony-list/row-store';
import { MAX_ROWS_PER_CALL, type TestimonyListItem } from '../../../../../shared/domain/testimony-query';
import { scriptedHost } from '../../../helpers/scripted-host';
import { tempDir } from '../../../helpers/temp-dir';

async function call<T>(api: VaultApi, operation: string, input: unknown): Promise<T> {
  const reply = await api.dispatch(operation, input);
  if (!reply.ok) throw Object.assign(new Error(`${operation}: ${reply.code} ${reply.message}`), { code: reply.code });
  return reply.value as T;
}

interface Core {
  api: VaultApi;
  ids: string[];
  /** The ids of every testimonies.rows call, in order. */
  calls: string[][];
  /** testimonies.rows through the real router, as the page sends it (the contract checks the input). */
  fetchRows: (ids: readonly string[]) => Promise<TestimonyListItem[]>;
}

const opened: VaultApi[] = [];
afterEach(async () => {
  for (const api of opened.splice(0)) await api.close();
});

/** A real vault with `codes` testimonies, behind the real core's router. */
async function core(codes: readonly string[]): Promise<Core> {
  const work = await tempDir();
  const api = createVaultApi({ vaultDir: path.join(work, 'vault'), settingsFile: path.join(work, 'settings.json'), host: scriptedHost() });
  opened.push(api);
  await call(api, 'vault.create', { passphrase: 'a long enough passphrase' });
  const ids: string[] = [];
  for (const code of codes) ids.push((await call<{ id: string }>(api, 'testimonies.create', { code, title: `Title of ${code}` })).id);
  const calls: string[][] = [];
  return {
    api,
    ids,
    calls,
    fetchRows: async (asked) => {
      calls.push([...asked]);
      return (await call<{ items: TestimonyListItem[] }>(api, 'testimonies.rows', { ids: asked })).items;
    },
  };
}

/** A promise the test settles itself: answers that arrive in an order of its choosing. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe('the list row store', () => {
  it('asks only the rows it does not have, in batches the contract accepts, and keeps them by id', async () => {
    const c = await core(['A-1', 'A-2', 'A-3']);
    const store = new RowStore(c.fetchRows);
    // 2,500 ids, of which three are testimonies: more than one call may carry.
    const unknown = Array.from({ length: 2497 }, () => randomUUID());
    await store.ensure([...c.ids, ...unknown]);
    expect(c.calls.map((ids) => ids.length)).toEqual([MAX_ROWS_PER_CALL, MAX_ROWS_PER_CALL, 500]);
    expect(c.ids.map((id) => store.item(id)?.title)).toEqual(['Title of A-1', 'Title of A-2', 'Title of A-3']);
    // An id the core does not have is answered as gone, and not asked again.
    expect(store.view(unknown[0]!)).toEqual({ item: null, fresh: true });

    // Kept for the session: a later search over the same testimonies asks nothing.
    await store.ensure([c.ids[2]!, c.ids[0]!, unknown[5]!]);
    expect(c.calls).toHaveLength(3);
    expect(store.items().map((item) => item.code).sort()).toEqual(['A-1', 'A-2', 'A-3']);
  });

  it('asks a row once while it is on its way, however often the list wants it', async () => {
    const c = await core(['B-1', 'B-2']);
    const store = new RowStore(c.fetchRows);
    let notified = 0;
    store.subscribe(() => (notified += 1));
    await Promise.all([store.ensure(c.ids), store.ensure(c.ids), store.ensure([c.ids[1]!])]);
    expect(c.calls).toEqual([c.ids]);
    expect(notified).toBe(1);
    expect(store.version).toBe(1);
  });

  it('shows a kept row after records changed, and asks it again to show the change', async () => {
    const c = await core(['C-1']);
    const [id] = c.ids as [string];
    const store = new RowStore(c.fetchRows);
    await store.ensure([id]);
    await call(c.api, 'records.withdrawConsent', { testimonyId: id, withdrawal: { withdrawnOn: '2025-02-01', scopes: ['archive', 'publishAudio'] } });
    // Nothing told the list yet: the kept row is what it shows, and nothing is asked.
    await store.ensure([id]);
    expect(c.calls).toHaveLength(1);
    expect(store.item(id)?.consentWithdrawn).toEqual([]);

    store.setGeneration(1);
    // Stale, still shown (no flash of placeholders), until the new answer is in.
    expect(store.view(id).fresh).toBe(false);
    expect(store.view(id).item?.code).toBe('C-1');
    await store.ensure([id]);
    expect(c.calls).toHaveLength(2);
    expect(store.view(id).fresh).toBe(true);
    expect(store.item(id)?.consentWithdrawn).toEqual(['archive', 'publishAudio']);
  });

  it('never lets an older answer replace a newer one that arrived first', async () => {
    const c = await core(['D-1']);
    const [id] = c.ids as [string];
    const first = gate();
    let calls = 0;
    let oldRead = false;
    const store = new RowStore(async (ids) => {
      calls += 1;
      if (calls === 1) {
        // Read now, answered late: the row as it was before the change below.
        const before = await c.fetchRows(ids);
        oldRead = true;
        await first.wait;
        return before;
      }
      return c.fetchRows(ids);
    });
    const old = store.ensure([id]);
    await expect.poll(() => oldRead).toBe(true);
    await call(c.api, 'records.updateOverview', { testimonyId: id, overview: { code: 'D-1', title: 'Renamed' } });
    store.setGeneration(1);
    await store.ensure([id]);
    expect(store.item(id)?.title).toBe('Renamed');
    first.open();
    await old;
    expect(store.item(id)?.title).toBe('Renamed');
    expect(store.view(id).fresh).toBe(true);
  });

  it('keeps a failure to show with Retry instead of asking again, and asks again in the next generation', async () => {
    const c = await core(['E-1']);
    const store = new RowStore(c.fetchRows);
    await call(c.api, 'vault.lock', {});
    await store.ensure(c.ids);
    expect((store.error as { code?: string } | null)?.code).toBe('VAULT_LOCKED');
    expect(store.view(c.ids[0]!)).toEqual({ item: undefined, fresh: false });

    await call(c.api, 'vault.unlock', { method: 'passphrase', passphrase: 'a long enough passphrase' });
    store.setGeneration(1);
    expect(store.error).toBeNull();
    await store.ensure(c.ids);
    expect(store.item(c.ids[0]!)?.code).toBe('E-1');
  });

  it('forgets every row when cleared (the list unmounts on lock), and drops answers still on their way', async () => {
    const c = await core(['F-1', 'F-2']);
    const late = gate();
    const store = new RowStore(async (ids) => {
      const items = await c.fetchRows(ids);
      if (ids.includes(c.ids[1]!)) await late.wait;
      return items;
    });
    await store.ensure([c.ids[0]!]);
    const pending = store.ensure([c.ids[1]!]);
    store.clear();
    expect(store.items()).toEqual([]);
    late.open();
    await pending;
    expect(store.items()).toEqual([]);
    expect(store.item(c.ids[1]!)).toBeUndefined();
  });
});
