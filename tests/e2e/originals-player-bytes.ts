import type { Envelope } from '../../shared/contract/envelope';
import type { VaultPage } from '../harness/vault-harness';

/**
 * Electron's IPC carries Uint8Array answers as they are (structured clone): the waveform's
 * peaks (`media.peaks`) and `media.readRange` rely on it. The harness answers the page with
 * JSON text, which turns a Uint8Array into {"0":…,"1":…}. Until the harness carries bytes
 * itself, this puts them back, in the same two places a harness fix would: the answer is
 * encoded as the core gives it (bytes as {"$bytes": base64}) and decoded as the page parses
 * it. Nothing else of the answer, and nothing of the app under test, is touched.
 */
const TAG = '$bytes';

function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [TAG]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

/** Runs in the page: JSON.parse with the bytes revived (any other reviver still applies after). */
function reviveBytesInPage(tag: string): void {
  const parse = JSON.parse;
  const isTagged = (value: unknown): value is Record<string, string> =>
    value !== null && typeof value === 'object' && Object.keys(value).length === 1 && typeof (value as Record<string, unknown>)[tag] === 'string';
  JSON.parse = function parseWithBytes(text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown): unknown {
    return parse(text, function revive(this: unknown, key: string, value: unknown) {
      const revived = isTagged(value) ? Uint8Array.from(atob(value[tag]!), (c) => c.charCodeAt(0)) : value;
      return reviver ? reviver.call(this, key, revived) : revived;
    });
  } as typeof JSON.parse;
}

export async function carryBytes(vault: VaultPage): Promise<void> {
  const dispatch = vault.api.dispatch.bind(vault.api);
  vault.api.dispatch = async (operation: unknown, input: unknown) => encode(await dispatch(operation, input)) as Envelope<unknown>;
  // The page already loaded, and every later load (after a reload).
  await vault.page.addInitScript(reviveBytesInPage, TAG);
  await vault.page.evaluate(reviveBytesInPage, TAG);
}
